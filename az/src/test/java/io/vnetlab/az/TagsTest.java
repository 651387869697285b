package io.vnetlab.az;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --tags} is stored per resource and shown by every output of it. */
class TagsTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void aGroup() {
        cli.ok("group create -n rg -l westeurope --tags team=net demo");
    }

    @Test
    void tags_are_key_value_pairs_and_a_bare_key_has_an_empty_value() {
        assertThat(cli.json("group show -n rg").get("tags").toString()).isEqualTo("{\"demo\":\"\",\"team\":\"net\"}");
    }

    @Test
    void create_show_and_list_print_the_stored_tags() {
        assertThat(cli.json("network nsg create -g rg -n web --tags env=test").path("NewNSG").path("tags")
                .toString()).isEqualTo("{\"env\":\"test\"}");
        assertThat(cli.json("network nsg show -g rg -n web").path("tags").toString()).isEqualTo("{\"env\":\"test\"}");
        assertThat(cli.ok("network nsg list -g rg --query [0].tags.env -o tsv")).isEqualTo("test\n");
    }

    @Test
    void a_create_without_tags_clears_them_as_its_put_carries_none() {
        cli.ok("network route-table create -g rg -n rt --tags env=test");
        cli.ok("network route-table create -g rg -n rt");
        assertThat(cli.json("network route-table show -g rg -n rt").path("tags").toString()).isEqualTo("{}");
    }

    @Test
    void an_empty_tags_value_clears_them() {
        cli.ok("network public-ip create -g rg -n pip --tags env=test");
        AzResult cleared = cli.az.run(java.util.List.of("network", "public-ip", "create", "-g", "rg", "-n", "pip",
                "--tags", ""));
        assertThat(cleared.err()).isEmpty();
        assertThat(cli.json("network public-ip show -g rg -n pip").path("tags").toString()).isEqualTo("{}");
    }

    @Test
    void a_vm_create_summary_has_no_tags_but_the_vm_has_them() {
        cli.ok("network vnet create -g rg -n hub --subnet-name app");
        assertThat(cli.json("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name hub --subnet app --tags role=web")
                .has("tags")).isFalse();
        assertThat(cli.ok("vm show -g rg -n vm1 --query tags.role -o tsv")).isEqualTo("web\n");
    }

    @Test
    void updates_that_change_only_tags_store_them_and_set_edits_them() {
        // docs/azure/cli-and-network-watcher.md#generic-update
        cli.ok("network asg create -g rg -n web --tags env=test");
        cli.ok("network nsg create -g rg -n web-nsg");
        cli.ok("network local-gateway create -g rg -n site --gateway-ip-address 203.0.113.1");
        cli.ok("network public-ip prefix create -g rg -n pfx --length 30");
        assertThat(cli.json("network asg update -g rg -n web --tags env=prod").path("tags").toString())
                .isEqualTo("{\"env\":\"prod\"}");
        assertThat(cli.json("network nsg update -g rg -n web-nsg --set tags.CostCenter=net").path("tags").toString())
                .isEqualTo("{\"CostCenter\":\"net\"}");
        assertThat(cli.json("network local-gateway update -g rg -n site --tags a=b").path("tags").toString())
                .isEqualTo("{\"a\":\"b\"}");
        assertThat(cli.ok("network public-ip prefix update -g rg -n pfx --tags foo=doo --no-wait")).isEmpty();
        assertThat(cli.ok("network public-ip prefix show -g rg -n pfx --query tags.foo -o tsv")).isEqualTo("doo\n");
        assertThat(cli.ok("network asg show -g rg -n web --query tags.env -o tsv")).isEqualTo("prod\n");
    }

    @Test
    void a_tags_update_of_what_does_not_exist_is_not_found_and_stores_nothing() {
        AzResult missing = cli.run("network asg update -g rg -n nope --tags env=prod");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).startsWith("ERROR: (ResourceNotFound) The Resource"
                + " 'Microsoft.Network/applicationSecurityGroups/nope' under resource group 'rg' was not found.");
        cli.ok("network asg create -g rg -n nope");
        assertThat(cli.ok("network asg show -g rg -n nope --query tags")).isEqualTo("{}\n");
    }
}
