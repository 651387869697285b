package io.vnetlab.az;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generic {@code wait} of each resource, answered at once (docs/azure/cli-and-network-watcher.md#wait). */
class WaitCommandTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void aNetwork() {
        cli.ok("group create -n rg -l westus");
        cli.ok("network vnet create -g rg -n hub --address-prefixes 10.0.0.0/16 --subnet-name GatewaySubnet");
        cli.ok("network public-ip create -g rg -n gwip");
    }

    @Test
    void a_no_wait_create_followed_by_wait_created_returns_nothing() {
        assertThat(cli.ok("network vnet-gateway create -g rg -n gw --vnet hub --public-ip-address gwip --no-wait"))
                .isEmpty();
        assertThat(cli.ok("network vnet-gateway wait -g rg -n gw --created")).isEmpty();
        assertThat(cli.ok("network vnet-gateway wait -g rg -n gw --updated --interval 5")).isEmpty();
        assertThat(cli.ok("network vnet subnet wait -g rg --vnet-name hub -n GatewaySubnet --exists")).isEmpty();
        assertThat(cli.ok("network vnet-gateway wait -g rg -n gw --custom provisioningState=='Succeeded'")).isEmpty();
    }

    @Test
    void wait_deleted_returns_once_the_resource_is_gone_and_times_out_while_it_is_there() {
        AzResult there = cli.run("network public-ip wait -g rg -n gwip --deleted --timeout 60");
        assertThat(there.exitCode()).isEqualTo(1);
        assertThat(there.err()).isEqualTo("ERROR: Wait operation timed-out after 60 seconds\n");
        cli.ok("network public-ip delete -g rg -n gwip");
        assertThat(cli.ok("network public-ip wait -g rg -n gwip --deleted")).isEmpty();
    }

    @Test
    void what_does_not_exist_times_out_for_created_and_is_not_found_for_updated_alone() {
        AzResult created = cli.run("network nsg wait -g rg -n nope --created");
        assertThat(created.exitCode()).isEqualTo(1);
        assertThat(created.err()).isEqualTo("ERROR: Wait operation timed-out after 3600 seconds\n");
        AzResult updated = cli.run("network nsg wait -g rg -n nope --updated");
        assertThat(updated.exitCode()).isEqualTo(3);
        assertThat(updated.err()).startsWith("ERROR: (ResourceNotFound) The Resource"
                + " 'Microsoft.Network/networkSecurityGroups/nope' under resource group 'rg' was not found.");
    }

    @Test
    void a_custom_condition_that_does_not_hold_times_out() {
        AzResult never = cli.run("network public-ip wait -g rg -n gwip --custom sku.name=='Basic' --timeout 1");
        assertThat(never.exitCode()).isEqualTo(1);
        assertThat(never.err()).isEqualTo("ERROR: Wait operation timed-out after 1 seconds\n");
    }
}
