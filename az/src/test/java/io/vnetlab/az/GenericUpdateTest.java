package io.vnetlab.az;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generic {@code --set}, {@code --add} and {@code --remove} of the update commands, as the Azure CLI has them. */
class GenericUpdateTest {

    private static final String NSG_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
            + "/providers/Microsoft.Network/networkSecurityGroups/web-nsg";

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void aNetworkAnNsgAndAnInterface() {
        cli.ok("group create -n rg -l westeurope");
        cli.ok("network vnet create -g rg -n app --address-prefixes 10.0.0.0/16 --subnet-name web"
                + " --subnet-prefixes 10.0.1.0/24");
        cli.ok("network nsg create -g rg -n web-nsg");
        cli.ok("network nic create -g rg -n web-nic --vnet-name app --subnet web");
    }

    @Test
    void add_appends_an_address_prefix_and_set_adds_a_tag_in_one_update() {
        assertThat(cli.ok("network vnet update -g rg -n app --add addressSpace.addressPrefixes 10.1.0.0/16"
                + " --set tags.env=test --query [addressSpace.addressPrefixes,tags] -o json")).isEqualTo(""
                + "[\n  [\n    \"10.0.0.0/16\",\n    \"10.1.0.0/16\"\n  ],\n  {\n    \"env\": \"test\"\n  }\n]\n");
        assertThat(cli.ok("network vnet show -g rg -n app --query tags.env -o tsv")).isEqualTo("test\n");
    }

    @Test
    void set_of_a_reference_id_associates_and_remove_dissociates() {
        assertThat(cli.ok("network vnet subnet update -g rg --vnet-name app -n web --set networkSecurityGroup.id="
                + NSG_ID + " --query networkSecurityGroup.id -o tsv")).isEqualTo(NSG_ID + "\n");
        String show = "network vnet subnet show -g rg --vnet-name app -n web --query networkSecurityGroup.id -o tsv";
        assertThat(cli.ok(show)).isEqualTo(NSG_ID + "\n");
        assertThat(cli.ok("network vnet subnet update -g rg --vnet-name app -n web --remove networkSecurityGroup"
                + " --query networkSecurityGroup")).isEmpty();
        assertThat(cli.ok(show)).isEmpty();
    }

    @Test
    void set_of_a_boolean_property_reads_the_value_as_json() {
        assertThat(cli.ok("network nic update -g rg -n web-nic --set enableIPForwarding=true"
                + " --query enableIPForwarding")).isEqualTo("true\n");
    }

    @Test
    void an_edited_security_rule_keeps_what_the_edit_does_not_name() {
        cli.ok("network nsg rule create -g rg --nsg-name web-nsg -n http --priority 100 --access Allow"
                + " --protocol Tcp --destination-port-ranges 80");
        assertThat(cli.ok("network nsg rule update -g rg --nsg-name web-nsg -n http --set destinationPortRange=443"
                + " --query [destinationPortRange,access,priority] -o tsv")).isEqualTo("443\nAllow\n100\n");
    }

    @Test
    void an_edit_goes_through_the_same_validation_as_the_typed_option() {
        AzResult typed = cli.run("network vnet subnet update -g rg --vnet-name app -n web --address-prefixes"
                + " 10.9.0.0/24");
        AzResult edited = cli.run("network vnet subnet update -g rg --vnet-name app -n web --set"
                + " addressPrefix=10.9.0.0/24");
        assertThat(typed.exitCode()).isEqualTo(1);
        assertThat(edited.exitCode()).isEqualTo(typed.exitCode());
        assertThat(edited.err()).isEqualTo(typed.err());
    }

    @Test
    void a_property_vnetlab_does_not_model_is_refused_and_nothing_changes() {
        String before = cli.ok("network vnet show -g rg -n app");
        int journal = cli.az.journal().size();
        AzResult r = cli.run("network vnet update -g rg -n app --set tags.env=test --set enableDdosProtection=true");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: argument --set: vnetlab does not emulate changing 'enableDdosProtection'"
                + " with 'az network vnet update'; the properties it changes with --set, --add and --remove are:"
                + " addressSpace.addressPrefixes, dhcpOptions.dnsServers, tags.\n");
        assertThat(cli.ok("network vnet show -g rg -n app")).isEqualTo(before);
        assertThat(cli.az.journal()).hasSize(journal);
    }

    @Test
    void a_path_the_resource_does_not_have_gets_the_cli_message_with_the_options() {
        AzResult nested = cli.run("network vnet update -g rg -n app --set addressSpace.nope.x=1");
        assertThat(nested.exitCode()).isEqualTo(1);
        assertThat(nested.err()).isEqualTo("ERROR: Couldn't find 'nope' in 'addressSpace'. Available options:"
                + " ['addressPrefixes']\n");
        AzResult missing = cli.run("network vnet update -g rg -n app --set foo.bar=1");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("ERROR: Couldn't find 'foo' in ''. Available options: ['addressSpace',");
    }

    @Test
    void an_index_past_the_end_of_a_list_is_the_cli_message() {
        AzResult r = cli.run("network vnet update -g rg -n app --remove addressSpace.addressPrefixes 5");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("ERROR: index 5 doesn't exist on addressPrefixes\n");
    }

    @Test
    void remove_by_index_takes_the_item_out_of_the_list() {
        cli.ok("network vnet update -g rg -n app --add addressSpace.addressPrefixes 10.1.0.0/16");
        assertThat(cli.ok("network vnet update -g rg -n app --remove addressSpace.addressPrefixes 1"
                + " --query addressSpace.addressPrefixes -o tsv")).isEqualTo("10.0.0.0/16\n");
    }

    @Test
    void a_selector_by_key_finds_the_list_item() {
        AzResult r = cli.run("network vnet update -g rg -n app --set subnets[name=nope].name=x");
        assertThat(r.err()).isEqualTo("ERROR: item with value 'nope' doesn't exist for key 'name' on subnets\n");
    }

    @Test
    void a_journal_with_generic_edits_replays_to_the_same_state() {
        cli.ok("network route-table create -g rg -n spokes");
        cli.ok("network route-table update -g rg -n spokes --set disableBgpRoutePropagation=true --set tags.a=b");
        Az replayed = Az.create();
        cli.az.journal().forEach(replayed::run);
        assertThat(replayed.run("network", "route-table", "show", "-g", "rg", "-n", "spokes").out())
                .isEqualTo(cli.ok("network route-table show -g rg -n spokes"))
                .contains("\"disableBgpRoutePropagation\": true");
    }
}
