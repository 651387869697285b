package io.vnetlab.arm.estate;

import io.vnetlab.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps docs/azure/import.md's example true: it is this code, compiled and run on a folder of CLI output. */
class ImportPageTest {

    @Test
    void the_pages_example_imports_the_cli_output_of_an_estate(@TempDir Path dir) throws IOException {
        for (String file : HubAndSpokeEstateTest.CLI_FILES) {
            Files.copy(HubAndSpokeEstateTest.input("cli/" + file), dir.resolve(file));
        }
        // snippet:estate-import
        Topology estate = Topology.create();
        EstateImport cli = EstateImport.into(estate);
        for (String group : List.of("vnet", "nsg", "route-table", "public-ip", "nic", "vnet-gateway", "local-gateway",
                "vpn-connection")) {
            cli.cliOutput(dir.resolve(group + "-list.json"));   // az network <group> list > <group>-list.json
        }
        cli.cliOutput(dir.resolve("vm-list.json"));             // az vm list > vm-list.json
        ImportReport report = cli.run();
        report.outsideReferences();    // ids an input names in a resource group it does not hold
        report.notSimulated();         // storage accounts, disks, ...: recorded, no effect on the network
        estate.reachabilityMatrix();
        // end-snippet

        assertThat(estate.state().all(io.vnetlab.model.VirtualNetwork.class)).isNotEmpty();
        assertThat(report.outsideReferences()).isEmpty();
    }
}
