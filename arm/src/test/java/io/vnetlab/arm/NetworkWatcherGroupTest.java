package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A nested deployment into {@code NetworkWatcherRG}, the group Azure makes itself when it enables Network Watcher:
 * vnetlab does not make it, and its refusal says what to do (docs/azure/decisions.md#network-watcher-group).
 */
class NetworkWatcherGroupTest {

    private static final String INTO_WATCHER_GROUP = "{\"resources\": [{\"type\": \"Microsoft.Resources/deployments\","
            + " \"apiVersion\": \"2022-09-01\", \"name\": \"flow-logs\", \"resourceGroup\": \"NetworkWatcherRG\","
            + " \"properties\": {\"mode\": \"Incremental\", \"template\": {\"resources\": []}}}]}";

    private final Topology azure = Topology.create();

    @BeforeEach
    void group() {
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    @Test
    void a_deployment_into_the_network_watcher_group_is_refused_with_what_azure_would_have_done() {
        ArmDeploymentException refused = catchThrowableOfType(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(INTO_WATCHER_GROUP).deploy());

        assertThat(refused.code()).isEqualTo(AzureErrorCode.ResourceGroupNotFound);
        assertThat(refused.getMessage()).endsWith("Resource group 'NetworkWatcherRG' could not be found. Azure creates it"
                + " when it enables Network Watcher for a region's first virtual network; vnetlab does not simulate that:"
                + " create the group before deploying into it.");
    }

    @Test
    void once_the_test_creates_the_group_the_deployment_goes_into_it() {
        azure.resourceGroups().define("NetworkWatcherRG").withRegion(Region.WEST_EUROPE).create();

        assertThatNoException().isThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(INTO_WATCHER_GROUP).deploy());
    }
}
