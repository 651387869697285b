package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.HopDetail;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.render.VerdictRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A load balancer's backend pool and inbound NAT rules deployed as resources of their own
 * ({@code loadBalancers/backendAddressPools}, {@code loadBalancers/inboundNatRules}) after the load balancer, from a
 * template written for the purpose (templates/loadbalancers/child-parts.json;
 * docs/azure/load-balancers.md#child-resources).
 */
class LoadBalancerPartResourcesTest {

    private Topology azure;
    private DeploymentResult result;

    @BeforeEach
    void deploy() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        result = ArmDeployment.into(azure, "rg").templateResource("templates/loadbalancers/child-parts.json").deploy();
    }

    @Test
    void a_pool_and_nat_rules_deployed_as_resources_join_the_load_balancer_and_the_interfaces_fill_them() {
        LoadBalancer lb = azure.loadBalancers().get("app-lb");
        assertThat(lb.backendPool("pool").orElseThrow().networkInterfaceIds()).extracting(id -> id.name())
                .containsExactly("app0-nic", "app1-nic");
        assertThat(lb.inboundNatRules()).extracting(LoadBalancer.InboundNatRule::name, n -> n.frontendPort(),
                        n -> n.target().orElseThrow().parent().orElseThrow().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ssh0", 50000, "app0-nic"),
                        org.assertj.core.groups.Tuple.tuple("ssh1", 50001, "app1-nic"));
        assertThat(result.notSimulated()).isEmpty();
        assertThat(result.simulated()).extracting(DeployedResource::type)
                .contains("Microsoft.Network/loadBalancers/backendAddressPools",
                        "Microsoft.Network/loadBalancers/inboundNatRules");
        assertThat(result.output("sshPort")).isEqualTo(50001);
    }

    // docs/azure/load-balancers.md#rule-settings
    @Test
    void a_nat_rule_deployed_as_a_resource_keeps_its_settings_once_an_interface_names_it() {
        assertThat(azure.loadBalancers().get("app-lb").inboundNatRules())
                .extracting(LoadBalancer.InboundNatRule::idleTimeoutInMinutes,
                        LoadBalancer.InboundNatRule::enableTcpReset, LoadBalancer.InboundNatRule::enableFloatingIp)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(15, true, false));
    }

    @Test
    void a_flow_to_a_nat_rules_frontend_port_reaches_the_interface_that_names_the_rule() {
        String frontend = azure.publicIpAddresses().get("app-ip").ipAddress().toString();
        Verdict ssh = azure.evaluate(Flow.from(azure.endpoint("203.0.113.7")).to(azure.endpoint(frontend))
                .on(Protocol.Tcp, 50001));
        assertThat(ssh.reachable()).as(VerdictRenderer.render(ssh)).isTrue();
        HopDetail.LoadBalanced nat = ssh.hops().get(0).detail(HopDetail.LoadBalanced.class).orElseThrow();
        assertThat(nat.rule().name()).isEqualTo("ssh1");
        assertThat(nat.backend().name()).isEqualTo("app1-nic");
        assertThat(nat.backendPort()).isEqualTo(22);
    }

    @Test
    void deploying_the_template_again_leaves_the_pool_and_the_nat_rules_as_they_were() {
        LoadBalancer before = azure.loadBalancers().get("app-lb");

        ArmDeployment.into(azure, "rg").templateResource("templates/loadbalancers/child-parts.json").deploy();

        LoadBalancer after = azure.loadBalancers().get("app-lb");
        assertThat(after.backendPools()).isEqualTo(before.backendPools());
        assertThat(after.inboundNatRules()).isEqualTo(before.inboundNatRules());
    }

    @Test
    void a_nat_rule_of_a_load_balancer_that_does_not_exist_is_refused_naming_the_load_balancer() {
        Topology other = Topology.create();
        other.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        String template = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [{"type": "Microsoft.Network/loadBalancers/inboundNatRules",
                   "apiVersion": "2023-09-01", "name": "missing-lb/ssh",
                   "properties": {"protocol": "Tcp", "frontendPort": 50000, "backendPort": 22}}]}
                """;

        ArmDeploymentException refused = catchThrowableOfType(ArmDeploymentException.class,
                () -> ArmDeployment.into(other, "rg").templateJson(template).deploy());

        assertThat(refused.code()).isEqualTo(AzureErrorCode.ResourceNotFound);
        assertThat(refused.getMessage()).contains("The Resource 'Microsoft.Network/loadBalancers/missing-lb' under"
                + " resource group 'rg' was not found.");
    }
}
