package io.vnetlab.arm.estate;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.ReachabilityMatrix;
import io.vnetlab.diff.ReachabilityDiff;
import io.vnetlab.model.Protocol;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One estate — the hub-and-spoke sandbox quickstart deployed with its VPN gateway, plus a workload machine in each
 * spoke, an NSG and a route table on the spokes and a site-to-site connection — in the two forms people have it:
 * the template the portal exports from its resource group, and the JSON of the CLI's list commands.
 */
class HubAndSpokeEstateTest {

    static final String SUBSCRIPTION = "5f3c2a1e-7b64-4d0a-9c8e-2e6f1d0b4a93";
    static final String GROUP = "hub-spoke-rg";
    /** One file per documented command (docs/azure/import.md#cli-output), as each printed it. */
    static final List<String> CLI_FILES = List.of("vnet-list.json", "nsg-list.json", "route-table-list.json",
            "public-ip-list.json", "nic-list.json", "vm-list.json", "vnet-gateway-list.json",
            "local-gateway-list.json", "vpn-connection-list.json", "storage-account-list.json");

    static Path input(String name) {
        try {
            return Path.of(HubAndSpokeEstateTest.class.getResource("/estate/hub-and-spoke/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Topology fromExportedTemplate() {
        Topology estate = Topology.create();
        EstateImport.into(estate).exportedTemplate(input("exported-template.json"), SUBSCRIPTION, GROUP).run();
        return estate;
    }

    static Topology fromCliOutput() {
        Topology estate = Topology.create();
        EstateImport cli = EstateImport.into(estate);
        CLI_FILES.forEach(file -> cli.cliOutput(input("cli/" + file)));
        cli.run();
        return estate;
    }

    @Test
    void the_exported_template_and_the_cli_list_output_of_one_estate_give_the_same_topology() {
        ReachabilityDiff diff = ReachabilityDiff.between(fromExportedTemplate().dataPlane(),
                fromCliOutput().dataPlane());

        assertThat(diff.resources()).isEmpty();
        assertThat(diff.flows()).isEmpty();
    }

    @Test
    void the_exported_template_and_the_cli_list_output_of_one_estate_give_the_same_reachability_matrix() {
        ReachabilityMatrix exported = fromExportedTemplate().reachabilityMatrix();
        ReachabilityMatrix listed = fromCliOutput().reachabilityMatrix();

        assertThat(Tables.reachability(listed)).isEqualTo(Tables.reachability(exported));
        for (int from = 0; from < exported.endpoints().size(); from++) {
            for (int to = 0; to < exported.endpoints().size(); to++) {
                if (from != to) {
                    assertThat(listed.verdict(from, to).traffic()).isEqualTo(exported.verdict(from, to).traffic());
                }
            }
        }
    }

    @Test
    void the_imported_estate_answers_as_the_estate_would() {
        Topology estate = fromCliOutput();

        assertThat(estate.peering("spokeDevVnet", "gwPeering_spokeDevVnet_hubVnet").state().toString())
                .isEqualTo("Connected");
        assertThat(estate.reach("devWorkloadVm", "prodWorkloadVm").reachable()).isTrue();
        assertThat(estate.reach("devWorkloadVm", "prodWorkloadVm").traffic().ports(Protocol.Tcp).contains(22))
                .as("the prod NSG's deny-dev-ssh rule").isFalse();
        assertThat(estate.reach(estate.vm("devWorkloadVm").endpoint(),
                estate.onPremisesHost("onPremisesSite", "10.200.0.4").endpoint()).reachable())
                .as("gateway transit to the site-to-site connection").isTrue();
        assertThat(estate.vm("prodWorkloadVm").endpoint().address().toString()).isEqualTo("10.100.0.4");
    }
}
