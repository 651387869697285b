package io.vnetlab.controlplane;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.NetworkWatcherInstance;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A virtual network's creation or update enables Network Watcher in its region, as Azure does: the group
 * {@code NetworkWatcherRG} and {@code NetworkWatcher_<region>} in it (docs/azure/cli-and-network-watcher.md#automatic-enablement).
 */
class NetworkWatcherEnablementTest {

    private final Topology azure = Topology.create();

    private void network(String name, Region region, String space) {
        azure.networks().define(name).withExistingResourceGroup("rg").withRegion(region).withAddressSpace(space).create();
    }

    private String sub() {
        return azure.currentSubscriptionId();
    }

    @Test
    void the_first_network_of_a_region_makes_the_watcher_group_and_the_regions_instance() {
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        assertThat(azure.networkWatcher().instances()).isEmpty();

        network("hub", Region.WEST_EUROPE, "10.0.0.0/16");

        assertThat(azure.resourceGroups().list()).extracting(ResourceGroup::name, g -> g.region().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rg", "westeurope"),
                        org.assertj.core.groups.Tuple.tuple("NetworkWatcherRG", "westeurope"));
        assertThat(azure.networkWatcher().instances()).extracting(w -> w.id().toString()).containsExactly(
                "/subscriptions/" + sub() + "/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network"
                        + "/networkWatchers/NetworkWatcher_westeurope");
    }

    @Test
    void each_region_gets_one_instance_in_the_one_group_and_deleting_networks_keeps_them() {
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        network("net-a", Region.WEST_EUROPE, "10.0.0.0/16");
        network("net-b", Region.WEST_EUROPE, "10.1.0.0/16");
        network("net-c", Region.EAST_US, "10.2.0.0/16");
        azure.networks().delete("net-c");

        assertThat(azure.networkWatcher().instances()).extracting(NetworkWatcherInstance::name)
                .containsExactly("NetworkWatcher_westeurope", "NetworkWatcher_eastus");
        assertThat(azure.resourceGroups().list()).extracting(ResourceGroup::name)
                .containsExactly("rg", "NetworkWatcherRG");
    }

    @Test
    void an_instance_the_user_made_for_a_region_is_the_regions_and_no_other_is_made() {
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        ResourceId own = ResourceId.resource(sub(), "rg", ResourceId.NETWORK, "networkWatchers", "nw");
        azure.restore(ResourceManager.putNetworkWatcher(azure.state(), own, Region.WEST_EUROPE, PutMode.CREATE));

        network("hub", Region.WEST_EUROPE, "10.0.0.0/16");

        assertThat(azure.networkWatcher().instances()).extracting(NetworkWatcherInstance::id).containsExactly(own);
        assertThat(azure.resourceGroups().list()).extracting(ResourceGroup::name).containsExactly("rg");
    }

    @Test
    void a_second_instance_in_a_region_is_refused_with_azures_code() {
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        network("hub", Region.WEST_EUROPE, "10.0.0.0/16");
        ResourceId second = ResourceId.resource(sub(), "rg", ResourceId.NETWORK, "networkWatchers", "nw");

        AzureException refused = catchThrowableOfType(AzureException.class, () -> ResourceManager.putNetworkWatcher(
                azure.state(), second, Region.WEST_EUROPE, PutMode.CREATE_OR_UPDATE));

        assertThat(refused.code()).isEqualTo(AzureErrorCode.NetworkWatcherCountLimitReached);
        assertThat(refused.getMessage()).isEqualTo("Cannot create more than 1 network watchers for this subscription"
                + " in this region. Network Watcher 'NetworkWatcher_westeurope' (/subscriptions/" + sub()
                + "/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/NetworkWatcher_westeurope)"
                + " is enabled in region 'westeurope'.");
    }

    @Test
    void after_the_watcher_group_is_deleted_the_next_network_update_enables_the_region_again() {
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        network("hub", Region.WEST_EUROPE, "10.0.0.0/16");
        azure.resourceGroups().delete("NetworkWatcherRG");
        assertThat(azure.networkWatcher().instances()).isEmpty();

        azure.networks().update("hub").withAddressSpace("10.1.0.0/16").apply();

        assertThat(azure.networkWatcher().instances()).extracting(NetworkWatcherInstance::name)
                .containsExactly("NetworkWatcher_westeurope");
    }

    @Test
    void a_refused_network_enables_nothing() {
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();

        catchThrowableOfType(AzureException.class, () -> network("bad", Region.WEST_EUROPE, "10.0.0.1/16"));

        assertThat(azure.networkWatcher().instances()).isEmpty();
        assertThat(azure.resourceGroups().list()).extracting(ResourceGroup::name).containsExactly("rg");
    }
}
