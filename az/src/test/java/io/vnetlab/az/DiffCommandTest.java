package io.vnetlab.az;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ./vnetlab diff: two az scripts or templates in, a table or Markdown report out, an exit code for CI. */
class DiffCommandTest {

    private static final String NETWORK = """
            az group create -n rg -l eastus
            az network vnet create -g rg -n vnet --address-prefix 10.0.0.0/16 --subnet-name front --subnet-prefix 10.0.1.0/24
            az network vnet subnet create -g rg --vnet-name vnet -n back --address-prefix 10.0.2.0/24
            az network nsg create -g rg -n back-nsg
            az network vnet subnet update -g rg --vnet-name vnet -n back --network-security-group back-nsg
            az vm create -g rg -n front-vm --vnet-name vnet --subnet front --image Ubuntu2204 --admin-username azureuser --generate-ssh-keys --public-ip-address "" --nsg ""
            az vm create -g rg -n back-vm --vnet-name vnet --subnet back --image Ubuntu2204 --admin-username azureuser --generate-ssh-keys --public-ip-address "" --nsg ""
            """;

    private static final String DENY_SSH = "az network nsg rule create -g rg --nsg-name back-nsg -n deny-ssh"
            + " --priority 100 --direction Inbound --access Deny --protocol Tcp --destination-port-ranges 22\n";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int main(String... args) {
        return AzMain.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void a_missing_input_is_a_usage_error_that_says_there_is_no_such_file(@TempDir Path dir) throws IOException {
        Path after = write(dir, "after.azcli", NETWORK);
        String missing = dir.resolve("before.azcli").toString();

        assertThat(main("diff", missing, after.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("vnetlab: cannot read " + missing + ": No such file or directory\n");
    }

    @Test
    void a_closed_port_fails_the_gate_and_is_listed_with_both_reasons(@TempDir Path dir) throws IOException {
        Path before = write(dir, "before.azcli", NETWORK);
        Path after = write(dir, "after.azcli", NETWORK + DENY_SSH);

        int exit = main("diff", before.toString(), after.toString());

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isEqualTo(1);
        assertThat(out()).startsWith("Resources: 0 added, 0 removed, 1 changed\n"
                + "  changed  /subscriptions/");
        assertThat(out()).contains("/networkSecurityGroups/back-nsg\nFlows: 0 opened, 1 closed\n");
        assertThat(out()).containsPattern("closed  +vm 'front-vm' 10.0.1.4 \\(vnet/front\\) +vm 'back-vm' 10.0.2.4"
                + " \\(vnet/back\\) +TCP 22 +reachable +.*deny-ssh");
    }

    @Test
    void allow_closed_lets_the_same_change_pass(@TempDir Path dir) throws IOException {
        Path before = write(dir, "before.azcli", NETWORK);
        Path after = write(dir, "after.azcli", NETWORK + DENY_SSH);

        assertThat(main("diff", "--allow-closed", before.toString(), after.toString())).isZero();
        assertThat(main("diff", "--allow-opened", after.toString(), before.toString())).isZero();
        assertThat(main("diff", after.toString(), before.toString())).isEqualTo(1);
    }

    @Test
    void markdown_writes_a_report_for_a_pull_request(@TempDir Path dir) throws IOException {
        Path before = write(dir, "before.azcli", NETWORK);
        Path after = write(dir, "after.azcli", NETWORK + DENY_SSH);

        main("diff", "--markdown", before.toString(), after.toString());

        assertThat(out()).startsWith("## Reachability diff\n\n- Resources: 0 added, 0 removed, 1 changed\n"
                + "- Flows: 0 opened, 1 closed\n");
        assertThat(out()).contains("| closed | vm 'front-vm' 10.0.1.4 (vnet/front) | vm 'back-vm' 10.0.2.4 (vnet/back)"
                + " | TCP 22 | reachable | ");
    }

    @Test
    void templates_are_deployed_and_compared(@TempDir Path dir) throws IOException {
        String template = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [
                   {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "vnet",
                    "location": "eastus",
                    "properties": {"addressSpace": {"addressPrefixes": ["%s"]}}}]}
                """;
        Path before = write(dir, "before.json", template.formatted("10.0.0.0/16"));
        Path after = write(dir, "after.json", template.formatted("10.1.0.0/16"));

        assertThat(main("diff", before.toString(), after.toString())).isZero();
        assertThat(out()).startsWith("Resources: 0 added, 0 removed, 1 changed\n  changed  /subscriptions/")
                .contains("/resourceGroups/vnetlab-rg/providers/Microsoft.Network/virtualNetworks/vnet\n"
                        + "Flows: 0 opened, 0 closed\n");
    }

    @Test
    void the_deployment_that_made_the_resources_is_not_itself_a_changed_resource(@TempDir Path dir)
            throws IOException {
        String template = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [
                   {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "vnet",
                    "location": "eastus",
                    "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]}}}%s]}
                """;
        Path before = write(dir, "before.json", template.formatted(""));
        Path after = write(dir, "after.json", template.formatted("""
                ,
                   {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "vnet2",
                    "location": "eastus",
                    "properties": {"addressSpace": {"addressPrefixes": ["10.1.0.0/16"]}}}"""));

        assertThat(main("diff", before.toString(), after.toString())).isZero();
        assertThat(out()).startsWith("Resources: 1 added, 0 removed, 0 changed\n  added  /subscriptions/")
                .contains("/resourceGroups/vnetlab-rg/providers/Microsoft.Network/virtualNetworks/vnet2\n"
                        + "Flows: 0 opened, 0 closed\n");
    }

    /** The folder of what the documented list commands print for the estate a script builds. */
    private static Path listed(Path dir, String name, String script) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(name));
        Az az = CliOutputImportTest.estate(script);
        int n = 0;
        for (List<String> command : CliOutputImportTest.LIST_COMMANDS) {
            write(folder, String.format("%02d-%s.json", n++, String.join("-", command)), az.run(command).out());
        }
        return folder;
    }

    @Test
    void folders_of_cli_list_output_are_imported_and_compared(@TempDir Path dir) throws IOException {
        Path before = listed(dir, "before", CliOutputImportTest.ESTATE);
        Path after = listed(dir, "after", CliOutputImportTest.ESTATE + "az network nsg rule create -g rg"
                + " --nsg-name app-nsg -n deny-ssh --priority 110 --direction Inbound --access Deny --protocol Tcp"
                + " --destination-port-ranges 22\n");

        assertThat(main("diff", before.toString(), after.toString())).isEqualTo(1);
        assertThat(out()).startsWith("Resources: 0 added, 0 removed, 1 changed\n  changed  /subscriptions/")
                .contains("/networkSecurityGroups/app-nsg\nFlows: 0 opened, 2 closed\n")
                .contains("vm 'hub-vm' 10.0.1.10 (hub/shared)")
                .contains("TCP 22");
    }

    @Test
    void cli_output_that_does_not_import_is_exit_code_2(@TempDir Path dir) throws IOException {
        Path before = write(dir, "before.json", "[{\"name\": \"vnet\"}]");

        assertThat(main("diff", before.toString(), before.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("ERROR: Item 0 of " + before + " is not a"
                + " resource of a resource group: the import reads what the CLI prints for list and show commands"
                + " (-o json), each resource with its \"id\".\nvnetlab: " + before + " does not import.\n");
    }

    @Test
    void an_input_that_does_not_build_is_exit_code_2(@TempDir Path dir) throws IOException {
        Path before = write(dir, "before.azcli", NETWORK);
        Path broken = write(dir, "after.azcli", "az network vnet create -g missing -n vnet\n");

        assertThat(main("diff", before.toString(), broken.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not build (exit code 3).");
        assertThat(main("diff", before.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(DiffCommand.USAGE);
    }
}
