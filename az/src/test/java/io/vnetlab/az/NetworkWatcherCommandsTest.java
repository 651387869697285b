package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network watcher list|configure}, and the group and instance that a virtual network's creation makes, as
 * Azure enables Network Watcher by itself (docs/azure/cli-and-network-watcher.md#automatic-enablement).
 */
class NetworkWatcherCommandsTest {

    private static final String WATCHERS = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/"
            + "NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/";

    private final AzTestBench cli = new AzTestBench();

    @Test
    void creating_a_network_enables_network_watcher_in_its_region_and_the_group_shows_in_the_group_list() {
        cli.ok("group create -n rg -l eastus");
        assertThat(cli.json("network watcher list")).isEmpty();

        cli.ok("network vnet create -g rg -n vnet --address-prefix 10.1.0.0/16");

        assertThat(cli.ok("group list --query [].name -o tsv")).isEqualTo("rg\nNetworkWatcherRG\n");
        JsonNode watchers = cli.json("network watcher list");
        assertThat(watchers).hasSize(1);
        assertThat(watchers.get(0).get("id").asText()).isEqualTo(WATCHERS + "NetworkWatcher_eastus");
        assertThat(watchers.get(0).get("location").asText()).isEqualTo("eastus");
        assertThat(watchers.get(0).get("provisioningState").asText()).isEqualTo("Succeeded");
        assertThat(watchers.get(0).get("type").asText()).isEqualTo("Microsoft.Network/networkWatchers");
    }

    @Test
    void configure_enables_the_regions_without_an_instance_and_lists_them_all() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n vnet --address-prefix 10.1.0.0/16");

        String names = cli.ok("network watcher configure -g rg -l eastus westeurope --enabled true --query [].id -o tsv");

        assertThat(names).isEqualTo(WATCHERS + "NetworkWatcher_eastus\n" + AzTestBench.RG
                + "/providers/Microsoft.Network/networkWatchers/NetworkWatcher_westeurope\n");
    }

    @Test
    void configure_disabled_deletes_the_regions_instance_with_the_clis_warning() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n vnet --address-prefix 10.1.0.0/16");

        AzResult disabled = cli.run("network watcher configure -l eastus --enabled false");

        assertThat(disabled.exitCode()).isZero();
        assertThat(disabled.err()).isEqualTo("WARNING: Disabling Network Watcher for region 'eastus' by deleting"
                + " resource '" + WATCHERS + "NetworkWatcher_eastus'\n");
        assertThat(cli.json("network watcher list")).isEmpty();
    }

    @Test
    void enabling_a_new_region_needs_a_resource_group_and_without_enabled_nothing_changes() {
        cli.ok("group create -n rg -l eastus");

        AzResult noGroup = cli.run("network watcher configure -l westeurope --enabled true");
        AzResult neither = cli.run("network watcher configure -g rg -l westeurope");

        assertThat(noGroup.exitCode()).isEqualTo(2);
        assertThat(noGroup.err()).contains("usage error: '--resource-group' required when enabling new regions");
        assertThat(neither.exitCode()).isZero();
        assertThat(neither.err()).isEqualTo("WARNING: Resource group 'rg' is only used when enabling new regions and"
                + " will be ignored.\nWARNING: Region 'westeurope' is not enabled for Network Watcher and will be"
                + " ignored.\n");
        assertThat(cli.json("network watcher list")).isEmpty();
    }

    @Test
    void an_instance_the_user_enabled_stands_for_its_region_and_a_network_adds_no_other() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("group create -n other -l eastus");
        cli.ok("network watcher configure -g other -l eastus --enabled true");
        cli.ok("network vnet create -g rg -n vnet --address-prefix 10.1.0.0/16");

        assertThat(cli.ok("network watcher list --query [].id -o tsv")).isEqualTo("/subscriptions/"
                + "00000000-0000-0000-0000-000000000000/resourceGroups/other/providers/Microsoft.Network/networkWatchers"
                + "/NetworkWatcher_eastus\n");
        assertThat(cli.ok("group list --query [].name -o tsv")).isEqualTo("rg\nother\n");
    }
}
