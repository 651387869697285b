package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An extension resource's {@code scope} given as the extended resource's type and name, as Bicep writes it: the
 * extension belongs to that resource of the group (docs/azure/arm-templates.md#extension-resource-scope).
 */
class ExtensionResourceScopeTest {

    private static final String GROUP_ID = "/subscriptions/" + Topology.DEFAULT_SUBSCRIPTION_ID
            + "/resourceGroups/rg/providers/";

    private final Topology azure = Topology.create();

    @BeforeEach
    void group() {
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    private static String nsg(String name) {
        return "{\"type\": \"Microsoft.Network/networkSecurityGroups\", \"apiVersion\": \"2024-05-01\", \"name\": \""
                + name + "\", \"location\": \"westeurope\"}";
    }

    private static String logsOf(String nsg, String settingsName) {
        return "{\"type\": \"Microsoft.Insights/diagnosticSettings\", \"apiVersion\": \"2021-05-01-preview\","
                + " \"name\": \"" + settingsName + "\", \"scope\": \"[format('Microsoft.Network/networkSecurityGroups/{0}',"
                + " '" + nsg + "')]\", \"dependsOn\": [\"" + nsg + "\"], \"properties\": {\"logs\": []}}";
    }

    @Test
    void settings_of_one_name_on_two_security_groups_are_two_resources_of_the_group() {
        String json = "{\"resources\": [" + nsg("web-nsg") + "," + logsOf("web-nsg", "default") + "," + nsg("db-nsg")
                + "," + logsOf("db-nsg", "default") + "]}";

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(result.notSimulated()).extracting(r -> r.id().toString()).containsExactly(
                GROUP_ID + "Microsoft.Network/networkSecurityGroups/web-nsg/providers/Microsoft.Insights/diagnosticSettings/default",
                GROUP_ID + "Microsoft.Network/networkSecurityGroups/db-nsg/providers/Microsoft.Insights/diagnosticSettings/default");
    }

    @Test
    void settings_of_one_name_twice_on_one_security_group_are_still_a_duplicate() {
        String json = "{\"resources\": [" + nsg("web-nsg") + "," + logsOf("web-nsg", "default") + ","
                + logsOf("web-nsg", "default") + "]}";

        ArmDeploymentException refused = catchThrowableOfType(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(json).deploy());

        assertThat(refused.code()).isEqualTo(AzureErrorCode.InvalidTemplate);
        assertThat(refused.getMessage()).contains("'Microsoft.Insights/diagnosticSettings/default' at path"
                + " 'resources[2]' is defined multiple times in a template (first at path 'resources[1]')");
    }
}
