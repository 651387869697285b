package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rule and probe settings a template gives a load balancer (docs/azure/load-balancers.md#rule-settings): read into
 * the model, given back by {@code reference()}, Azure's defaults where the template leaves them out, and the values
 * Azure refuses.
 */
class LoadBalancerSettingsTemplateTest {

    private Topology azure;

    @BeforeEach
    void group() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    /** A public load balancer with one probe, one rule and one inbound NAT rule, each with {@code its} properties. */
    private static String template(String probeSettings, String ruleSettings, String natSettings) {
        return template(probeSettings, ruleSettings, natSettings, "");
    }

    /** The same, with an outbound rule on the rule's frontend with {@code outboundSettings}. */
    private static String template(String probeSettings, String ruleSettings, String natSettings,
                                   String outboundSettings) {
        return """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "variables": {"lb": "[resourceId('Microsoft.Network/loadBalancers', 'web')]"},
                 "resources": [
                  {"type": "Microsoft.Network/publicIPAddresses", "apiVersion": "2023-09-01", "name": "web-ip",
                   "location": "westeurope", "sku": {"name": "Standard"},
                   "properties": {"publicIPAllocationMethod": "Static"}},
                  {"type": "Microsoft.Network/loadBalancers", "apiVersion": "2023-09-01", "name": "web",
                   "location": "westeurope", "sku": {"name": "Standard"}, "dependsOn": ["web-ip"],
                   "properties": {
                    "frontendIPConfigurations": [{"name": "fe", "properties": {"publicIPAddress":
                      {"id": "[resourceId('Microsoft.Network/publicIPAddresses', 'web-ip')]"}}}],
                    "backendAddressPools": [{"name": "pool"}],
                    "probes": [{"name": "health", "properties": {%s "protocol": "Http", "port": 80,
                      "requestPath": "/"}}],
                    "loadBalancingRules": [{"name": "http", "properties": {"protocol": "Tcp", "frontendPort": 80,
                      "backendPort": 80, "disableOutboundSnat": true, %s
                      "frontendIPConfiguration": {"id": "[concat(variables('lb'), '/frontendIPConfigurations/fe')]"},
                      "backendAddressPool": {"id": "[concat(variables('lb'), '/backendAddressPools/pool')]"},
                      "probe": {"id": "[concat(variables('lb'), '/probes/health')]"}}}],
                    "inboundNatRules": [{"name": "ssh", "properties": {"protocol": "Tcp", "frontendPort": 2201,
                      "backendPort": 22, %s
                      "frontendIPConfiguration": {"id": "[concat(variables('lb'), '/frontendIPConfigurations/fe')]"}}}],
                    "outboundRules": [{"name": "out", "properties": {"protocol": "All", %s
                      "frontendIPConfigurations": [{"id": "[concat(variables('lb'), '/frontendIPConfigurations/fe')]"}],
                      "backendAddressPool": {"id": "[concat(variables('lb'), '/backendAddressPools/pool')]"}}}]
                   }}],
                 "outputs": {
                  "probe": {"type": "array", "value": "[createArray(reference('web').probes[0].properties
                   .intervalInSeconds, reference('web').probes[0].properties.numberOfProbes, reference('web')
                   .probes[0].properties.probeThreshold)]"},
                  "rule": {"type": "array", "value": "[createArray(reference('web').loadBalancingRules[0].properties
                   .idleTimeoutInMinutes, reference('web').loadBalancingRules[0].properties.enableTcpReset,
                   reference('web').loadBalancingRules[0].properties.loadDistribution)]"},
                  "nat": {"type": "array", "value": "[createArray(reference('web').inboundNatRules[0].properties
                   .enableFloatingIP, reference('web').inboundNatRules[0].properties.idleTimeoutInMinutes,
                   reference('web').inboundNatRules[0].properties.enableTcpReset)]"},
                  "outbound": {"type": "bool", "value": "[reference('web').outboundRules[0].properties
                   .enableTcpReset]"}
                 }}""".formatted(probeSettings, ruleSettings, natSettings, outboundSettings)
                .replace("\n                   .", ".").replace("\n                   ", " ");
    }

    @Test
    void the_settings_a_template_gives_are_in_the_model_and_reference_gives_them_back() {
        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(template(
                "\"intervalInSeconds\": 5, \"numberOfProbes\": 3, \"probeThreshold\": 2,",
                "\"idleTimeoutInMinutes\": 30, \"enableTcpReset\": true, \"loadDistribution\": \"SourceIPProtocol\",",
                "\"enableFloatingIP\": true, \"idleTimeoutInMinutes\": 15, \"enableTcpReset\": true,")).deploy();

        assertThat(result.output("probe")).isEqualTo(List.of(5, 3, 2));
        assertThat(result.output("rule")).isEqualTo(List.of(30, true, "SourceIPProtocol"));
        assertThat(result.output("nat")).isEqualTo(List.of(true, 15, true));
        LoadBalancer lb = azure.loadBalancers().get("web");
        assertThat(lb.rule("http").orElseThrow().loadDistribution())
                .isEqualTo(LoadBalancer.LoadDistribution.SourceIPProtocol);
        assertThat(lb.inboundNatRules().get(0).enableFloatingIp()).isTrue();
        assertThat(lb.probes().get(0).intervalInSeconds()).isEqualTo(5);
    }

    @Test
    void settings_a_template_leaves_out_are_azures_defaults() {
        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(template("", "", ""))
                .deploy();

        assertThat(result.output("probe")).isEqualTo(List.of(15, 2, 1));
        assertThat(result.output("rule")).isEqualTo(List.of(4, false, "Default"));
        assertThat(result.output("nat")).isEqualTo(List.of(false, 4, false));
        assertThat(result.output("outbound")).isEqualTo(true);
    }

    @Test
    void an_outbound_rule_keeps_the_tcp_reset_the_template_turns_off() {
        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(template("", "", "",
                "\"enableTcpReset\": false,")).deploy();

        assertThat(result.output("outbound")).isEqualTo(false);
        assertThat(azure.loadBalancers().get("web").outboundRules().get(0).enableTcpReset()).isFalse();
    }

    @Test
    void an_idle_timeout_over_100_minutes_is_refused_with_the_rule_named() {
        AzureException refused = catchThrowableOfType(AzureException.class, () -> ArmDeployment.into(azure, "rg")
                .templateJson(template("", "\"idleTimeoutInMinutes\": 120,", "")).deploy());

        assertThat(refused.code()).isEqualTo(AzureErrorCode.LoadBalancerIdleTimeoutOutOfRange);
        assertThat(refused.getMessage()).contains("The idle timeout of http is 120 minutes; it must be between 4 and"
                + " 100.");
        assertThat(azure.loadBalancers().list()).isEmpty();
    }

    @Test
    void a_load_distribution_azure_does_not_know_is_refused() {
        AzureException refused = catchThrowableOfType(AzureException.class, () -> ArmDeployment.into(azure, "rg")
                .templateJson(template("", "\"loadDistribution\": \"RoundRobin\",", "")).deploy());

        assertThat(refused.code()).isEqualTo(AzureErrorCode.InvalidLoadDistribution);
        assertThat(refused.getMessage()).contains("The load-balancing rule http has load distribution 'RoundRobin'."
                + " Allowed values: Default, SourceIP, SourceIPProtocol.");
    }
}
