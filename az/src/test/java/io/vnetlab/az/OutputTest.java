package io.vnetlab.az;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The output formats and --query, as knack prints them (knack output.py,
 * docs/azure/cli-and-network-watcher.md#table-output).
 */
class OutputTest {

    private Az az;

    @BeforeEach
    void oneNetwork() {
        az = Az.create();
        az.run("group", "create", "-n", "rg", "-l", "eastus");
        az.run("network", "vnet", "create", "-g", "rg", "-n", "v1", "--address-prefixes", "10.0.0.0/16",
                "--subnet-name", "s1", "--subnet-prefixes", "10.0.0.0/24");
    }

    private String out(String... args) {
        AzResult r = az.run(args);
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void generic_table_drops_id_type_etag_and_lists_and_objects_sorts_keys_and_capitalizes() {
        assertThat(out("network", "vnet", "subnet", "show", "-g", "rg", "--vnet-name", "v1", "-n", "s1", "-o", "table"))
                .isEqualTo(""
                        + "AddressPrefix    Name    PrivateEndpointNetworkPolicies    PrivateLinkServiceNetworkPolicies    ProvisioningState    ResourceGroup\n"
                        + "---------------  ------  --------------------------------  -----------------------------------  -------------------  ---------------\n"
                        + "10.0.0.0/24      s1      Disabled                          Enabled                              Succeeded            rg\n");
    }

    @Test
    void with_a_query_table_columns_follow_the_querys_keys_and_no_transformer_applies() {
        assertThat(out("network", "vnet", "list", "--query", "[].{Z:name, A:location, N:length(subnets)}", "-o", "table"))
                .isEqualTo(""
                        + "Z    A       N\n"
                        + "---  ------  ---\n"
                        + "v1   eastus  1\n");
    }

    @Test
    void a_scalar_query_result_is_one_result_column_and_json_prints_it_quoted() {
        assertThat(out("network", "vnet", "show", "-g", "rg", "-n", "v1", "--query", "name", "-o", "table"))
                .isEqualTo("Result\n--------\nv1\n");
        assertThat(out("network", "vnet", "show", "-g", "rg", "-n", "v1", "--query", "name")).isEqualTo("\"v1\"\n");
        assertThat(out("network", "vnet", "show", "-g", "rg", "-n", "v1", "--query", "name", "-o", "jsonc"))
                .isEqualTo("\"v1\"\n");
    }

    @Test
    void tsv_prints_values_tab_separated_sorted_by_key_without_query_and_in_query_order_with_one() {
        assertThat(out("network", "vnet", "subnet", "list", "-g", "rg", "--vnet-name", "v1", "-o", "tsv"))
                .startsWith("10.0.0.0/24\t0\tW/\"");
        assertThat(out("network", "vnet", "list", "--query", "[].{b:name, a:enableDdosProtection, c:subnets}", "-o", "tsv"))
                .isEqualTo("v1\tFalse\t1\n");
        assertThat(out("network", "vnet", "show", "-g", "rg", "-n", "v1", "--query", "enableDdosProtection", "-o", "tsv"))
                .isEqualTo("false\n");
    }

    @Test
    void yaml_is_block_style_with_sorted_keys_as_pyyaml_safe_dump_writes_it() {
        assertThat(out("network", "vnet", "show", "-g", "rg", "-n", "v1", "--query",
                "{name:name, prefixes:addressSpace.addressPrefixes, ddos:enableDdosProtection, dns:dhcpOptions}",
                "-o", "yaml")).isEqualTo(""
                + "ddos: false\n"
                + "dns:\n"
                + "  dnsServers: []\n"
                + "name: v1\n"
                + "prefixes:\n"
                + "- 10.0.0.0/16\n");
    }

    @Test
    void none_prints_nothing_and_a_null_query_result_prints_nothing() {
        assertThat(out("network", "vnet", "show", "-g", "rg", "-n", "v1", "-o", "none")).isEmpty();
        assertThat(out("network", "vnet", "show", "-g", "rg", "-n", "v1", "--query", "nothing")).isEmpty();
    }

    @Test
    void an_empty_list_as_a_table_is_an_empty_line() {
        assertThat(out("vm", "list", "-o", "table")).isEqualTo("\n");
    }

    @Test
    void an_unknown_output_format_and_a_broken_query_are_usage_errors() {
        AzResult format = az.run("network", "vnet", "list", "-o", "xml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).isEqualTo("ERROR: az network vnet list: 'xml' is not a valid value for '--output'."
                + " Allowed values: json, jsonc, none, table, tsv, yaml, yamlc.\n");
        AzResult query = az.run("network", "vnet", "list", "--query", "[?name=='v1'");
        assertThat(query.exitCode()).isEqualTo(2);
        assertThat(query.err()).isEqualTo("ERROR: argument --query: invalid jmespath_type value: '[?name=='v1''\n");
    }

    @Test
    void jmespath_functions_work_as_in_the_learn_modules_filter() {
        assertThat(out("network", "vnet", "list", "--query", "[?contains(provisioningState, 'Succeeded')].name",
                "-o", "tsv")).isEqualTo("v1\n");
    }
}
