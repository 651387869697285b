package io.vnetlab.az;

import io.vnetlab.controlplane.TopologyState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused command changes nothing: usage errors are found before any resource is made, and a command that makes
 * several resources makes them as one batch, so a refusal at its last step leaves none of them behind.
 */
class RefusedCommandsTest {

    private static final String SUB = "/subscriptions/00000000-0000-0000-0000-000000000000";

    private Az az;

    @BeforeEach
    void aGroupWithANetwork() {
        az = Az.create();
        ok("group create -n rg -l eastus");
        ok("network vnet create -g rg -n vnet --address-prefixes 10.0.0.0/16 --subnet-name app"
                + " --subnet-prefixes 10.0.1.0/24");
    }

    private AzResult run(String line) {
        return az.run(new ArrayList<>(List.of(line.split(" "))));
    }

    private void ok(String line) {
        AzResult r = run(line);
        assertThat(r.err()).as(line).isEmpty();
        assertThat(r.exitCode()).as(line).isZero();
    }

    /** Runs a command that must be refused; returns its error after checking that nothing changed. */
    private AzResult refused(String line, int exitCode) {
        TopologyState before = az.topology().state();
        int journaled = az.journal().size();
        AzResult r = run(line);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(exitCode);
        assertThat(az.topology().state()).as(line).isSameAs(before);
        assertThat(az.journal()).hasSize(journaled);
        return r;
    }

    @Test
    void a_vm_create_with_an_unknown_nsg_rule_makes_neither_its_network_nor_its_nsg() {
        AzResult r = refused("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name newvnet --nsg-rule BOGUS", 2);

        assertThat(r.err()).isEqualTo("ERROR: az vm create: 'BOGUS' is not a valid value for '--nsg-rule'. Allowed"
                + " values: NONE, RDP, SSH.\n");
    }

    @Test
    void a_vm_create_whose_last_reference_is_missing_leaves_no_network_nsg_or_public_ip_behind() {
        AzResult r = refused("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name newvnet --nsg-rule RDP"
                + " --public-ip-address vm1ip --asgs nope", 3);

        assertThat(r.err()).startsWith("ERROR: (ResourceNotFound) The Resource"
                + " 'Microsoft.Network/applicationSecurityGroups/nope' under resource group 'rg' was not found.");
    }

    @Test
    void a_vm_create_given_a_network_id_for_its_nsg_makes_no_nsg_and_says_the_reference_is_not_an_nsg() {
        String vnetId = SUB + "/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet";

        AzResult r = refused("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name vnet --subnet app --nsg " + vnetId,
                1);

        assertThat(r.err()).isEqualTo("ERROR: (InvalidResourceReference) Resource " + vnetId + " referenced by"
                + " resource " + SUB + "/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/vm1VMNic was"
                + " not found. Please make sure that the referenced resource exists, and that both resources are in"
                + " the same region.\nCode: InvalidResourceReference\nMessage: Resource " + vnetId + " referenced by"
                + " resource " + SUB + "/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/vm1VMNic was"
                + " not found. Please make sure that the referenced resource exists, and that both resources are in"
                + " the same region.\n");
    }

    @Test
    void a_nic_update_refused_for_its_nsg_leaves_ip_forwarding_as_it_was() {
        ok("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name vnet --subnet app");
        ok("network nsg create -g rg -n far-nsg -l westeurope");

        AzResult r = refused("network nic update -g rg -n vm1VMNic --ip-forwarding true --network-security-group"
                + " far-nsg", 1);

        assertThat(r.err()).startsWith("ERROR: (InvalidResourceReference)");
        assertThat(az.topology().networkInterface("vm1VMNic").ipForwarding()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "network public-ip create -g rg -n ip1 | --allocation-method | Dynamic, Static",
            "network public-ip create -g rg -n ip1 | --version | IPv4, IPv6",
            "network public-ip create -g rg -n ip1 | --sku | Basic, Standard",
            "network public-ip create -g rg -n ip1 | --tier | Global, Regional",
            "vm create -g rg -n vm1 --vnet-name vnet --subnet app | --public-ip-sku | Basic, Standard",
            "vm create -g rg -n vm1 --vnet-name vnet --subnet app | --authentication-type | ssh, password, all",
            "vm create -g rg -n vm1 --vnet-name vnet --subnet app | --security-type"
                    + " | ConfidentialVM, Standard, TrustedLaunch",
            "network vnet-gateway create -g rg -n gw --vnet vnet | --vpn-gateway-generation"
                    + " | Generation1, Generation2, None",
            "network nsg rule create -g rg --nsg-name n -n r --priority 100 | --direction | Inbound, Outbound",
            "network vnet-gateway create -g rg -n gw --vnet vnet | --sku | Basic, ErGw1AZ, ErGw2AZ, ErGw3AZ, ErGwScale,"
                    + " HighPerformance, Standard, UltraPerformance, VpnGw1, VpnGw1AZ, VpnGw2, VpnGw2AZ, VpnGw3,"
                    + " VpnGw3AZ, VpnGw4, VpnGw4AZ, VpnGw5, VpnGw5AZ",
            "network watcher test-connectivity -g rg --source-resource vm1 | --preferred-ip-version | IPv4, IPv6",
            "deployment group create -g rg | --mode | Incremental, Complete"})
    void an_unknown_enum_value_is_a_usage_error_naming_the_allowed_values(String command, String option,
                                                                          String allowed) {
        AzResult r = refused(command + " " + option + " X", 2);

        String prog = "az " + command.substring(0, command.indexOf(" -g"));
        assertThat(r.err()).isEqualTo("ERROR: " + prog + ": 'X' is not a valid value for '" + option + "'. Allowed"
                + " values: " + allowed + ".\n");
    }

    @Test
    void an_enum_value_is_matched_whatever_its_case() {
        ok("network public-ip create -g rg -n ip1 --allocation-method static --version ipv4 --sku standard");
    }

    @Test
    void a_next_hop_from_a_source_address_the_vm_does_not_have_is_refused() {
        ok("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name vnet --subnet app");

        AzResult r = refused("network watcher show-next-hop -g rg --vm vm1 --source-ip 10.0.1.99 --dest-ip 10.0.1.5", 1);

        assertThat(r.err()).startsWith("ERROR: (InvalidSourceIpAddress) Source IP address 10.0.1.99 is not an address"
                + " of network interface vm1VMNic of virtual machine vm1 (10.0.1.4).");
        ok("network watcher show-next-hop -g rg --vm vm1 --source-ip 10.0.1.4 --dest-ip 10.0.1.5");
    }

    @Test
    void ip_flow_verify_through_an_interface_that_does_not_exist_is_refused() {
        ok("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name vnet --subnet app");

        AzResult r = refused("network watcher test-ip-flow -g rg --vm vm1 --direction Inbound --protocol TCP"
                + " --local 10.0.1.4:22 --remote 203.0.113.7:60000 --nic nope", 3);

        assertThat(r.err()).startsWith("ERROR: (ResourceNotFound) The Resource"
                + " 'Microsoft.Network/networkInterfaces/nope' under resource group 'rg' was not found.");
    }

    @ParameterizedTest(name = "nested {0} deep")
    @CsvSource({"1000", "2000", "20000"})
    void a_query_nested_too_deep_is_an_invalid_query_value_and_the_command_does_not_run(int depth) {
        String query = "[".repeat(depth) + "name" + "]".repeat(depth);

        AzResult r = refused("network nsg create -g rg -n nsg1 --query " + query, 2);

        assertThat(r.err()).isEqualTo("ERROR: argument --query: invalid jmespath_type value: '" + query + "'\n");
    }

    @Test
    void a_query_chaining_too_many_operators_is_an_invalid_query_value() {
        String query = "name" + ".name".repeat(20_000);

        AzResult r = refused("network vnet list --query " + query, 2);

        assertThat(r.err()).isEqualTo("ERROR: argument --query: invalid jmespath_type value: '" + query + "'\n");
    }

    @Test
    void a_query_nested_within_bounds_still_answers() {
        String query = "[".repeat(Query.MAX_NESTING - 1) + "name" + "]".repeat(Query.MAX_NESTING - 1);

        AzResult r = run("network vnet show -g rg -n vnet --query " + query + " -o json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"vnet\"");
    }

    @Test
    void a_query_failing_on_a_create_reports_the_query_error_after_the_resource_is_made() {
        AzResult r = run("network nsg create -g rg -n nsg1 --query abs(NewNSG.name)");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("ERROR: Invalid jmespath query supplied for `--query`: Invalid argument type"
                + " calling \"abs\": expected number but was string\n");
        assertThat(az.topology().state().get(io.vnetlab.model.NetworkSecurityGroup.class, io.vnetlab.model.ResourceId
                .parse(SUB + "/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg1")))
                .isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"network vnet create -g rg -n v2 --address-prefixes 10.9.0.0/16",
            "network nsg create -g rg -n nsg1", "network public-ip create -g rg -n ip1"})
    void a_table_of_a_create_answers_in_the_cli_words_after_the_change_is_made(String create) {
        TopologyState before = az.topology().state();

        AzResult r = run(create + " -o table");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("ERROR: Table output unavailable. Use the --query option to specify an"
                + " appropriate query. Use --debug for more info.\n");
        assertThat(az.topology().state()).isNotSameAs(before);
        assertThat(az.journal()).hasSize(3);
    }
}
