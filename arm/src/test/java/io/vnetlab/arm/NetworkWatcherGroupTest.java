package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.NetworkWatcherInstance;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Templates and Network Watcher: the group {@code NetworkWatcherRG} and {@code NetworkWatcher_<region>} that Azure makes
 * when a virtual network is created or updated, a nested deployment into that group (Microsoft's flow-log quickstarts
 * deploy this way), flow logs as children of an instance, and one instance per region
 * (docs/azure/cli-and-network-watcher.md#automatic-enablement).
 */
class NetworkWatcherGroupTest {

    private static final String NETWORK = "{\"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\","
            + " \"apiVersion\": \"2024-05-01\", \"name\": \"hub\", \"location\": \"westeurope\", \"properties\":"
            + " {\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/16\"]}}}]}";

    /** A flow log deployed into the watcher group by a nested deployment, as the quickstarts write it. */
    private static final String FLOW_LOG_IN_WATCHER_GROUP = "{\"resources\": [{\"type\":"
            + " \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\", \"name\": \"flow-logs\","
            + " \"resourceGroup\": \"NetworkWatcherRG\", \"properties\": {\"mode\": \"Incremental\", \"template\":"
            + " {\"resources\": [{\"type\": \"Microsoft.Network/networkWatchers/flowLogs\", \"apiVersion\": \"2023-09-01\","
            + " \"name\": \"NetworkWatcher_westeurope/hub-log\", \"location\": \"westeurope\", \"properties\":"
            + " {\"enabled\": true}}]}}}]}";

    private final Topology azure = Topology.create();

    @BeforeEach
    void group() {
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    private DeploymentResult deploy(String template) {
        return ArmDeployment.into(azure, "rg").templateJson(template).deploy();
    }

    @Test
    void a_network_the_template_deploys_enables_network_watcher_in_its_region() {
        deploy(NETWORK);

        assertThat(azure.networkWatcher().instances()).extracting(NetworkWatcherInstance::name)
                .containsExactly("NetworkWatcher_westeurope");
        assertThat(azure.resourceGroups().get("NetworkWatcherRG").region()).isEqualTo(Region.WEST_EUROPE);
    }

    @Test
    void a_flow_log_goes_into_the_watcher_group_azure_made_for_the_network() {
        deploy(NETWORK);

        DeploymentResult result = deploy(FLOW_LOG_IN_WATCHER_GROUP);

        assertThat(result.notSimulated()).extracting(r -> r.id().toString()).containsExactly("/subscriptions/"
                + azure.currentSubscriptionId() + "/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network"
                + "/networkWatchers/NetworkWatcher_westeurope/flowLogs/hub-log");
    }

    @Test
    void without_a_network_the_watcher_group_does_not_exist_and_the_refusal_says_what_makes_it() {
        ArmDeploymentException refused = catchThrowableOfType(ArmDeploymentException.class,
                () -> deploy(FLOW_LOG_IN_WATCHER_GROUP));

        assertThat(refused.code()).isEqualTo(AzureErrorCode.ResourceGroupNotFound);
        assertThat(refused.getMessage()).endsWith("Resource group 'NetworkWatcherRG' could not be found. Azure creates"
                + " it when it enables Network Watcher for a region: when a virtual network of the subscription is"
                + " created or updated.");
    }

    @Test
    void a_flow_log_of_a_watcher_that_does_not_exist_fails_as_a_child_without_its_parent() {
        deploy(NETWORK);
        String elsewhere = FLOW_LOG_IN_WATCHER_GROUP.replace("NetworkWatcher_westeurope/", "NetworkWatcher_eastus/");

        ArmDeploymentException refused = catchThrowableOfType(ArmDeploymentException.class, () -> deploy(elsewhere));

        assertThat(refused.code()).isEqualTo(AzureErrorCode.ParentResourceNotFound);
        assertThat(refused.getMessage()).contains("Can not perform requested operation on nested resource. Parent"
                + " resource 'NetworkWatcher_eastus' not found.");
    }

    @Test
    void a_template_may_redeploy_the_regions_instance_but_not_add_a_second_one() {
        deploy(NETWORK);
        String watcher = "{\"resources\": [{\"type\": \"Microsoft.Network/networkWatchers\", \"apiVersion\":"
                + " \"2023-09-01\", \"name\": \"NAME\", \"location\": \"westeurope\", \"properties\": {}}]}";

        ArmDeployment.into(azure, "NetworkWatcherRG").templateJson(watcher.replace("NAME", "NetworkWatcher_westeurope"))
                .deploy();
        ArmDeploymentException refused = catchThrowableOfType(ArmDeploymentException.class,
                () -> deploy(watcher.replace("NAME", "my-watcher")));

        assertThat(refused.code()).isEqualTo(AzureErrorCode.NetworkWatcherCountLimitReached);
        assertThat(azure.networkWatcher().instances()).extracting(NetworkWatcherInstance::name)
                .containsExactly("NetworkWatcher_westeurope");
    }
}
