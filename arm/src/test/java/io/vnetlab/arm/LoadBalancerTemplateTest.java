package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.HopDetail;
import io.vnetlab.dataplane.OutboundAccess;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.LoadBalancerSku;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.render.VerdictRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code Microsoft.Network/loadBalancers} from a small template written for the purpose
 * (templates/loadbalancers/public-lb.json): pools filled from the interfaces' side, a rule and an inbound NAT rule
 * answering flows from the Internet (docs/azure/load-balancers.md#components, #data-path).
 */
class LoadBalancerTemplateTest {

    private Topology azure;

    @BeforeEach
    void deploy() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        ArmDeployment.into(azure, "rg").templateResource("templates/loadbalancers/public-lb.json").deploy();
    }

    @Test
    void the_interfaces_ip_configurations_fill_the_pool_and_the_nat_rule() {
        LoadBalancer lb = azure.loadBalancers().get("web-lb");
        assertThat(lb.backendPool("pool").orElseThrow().networkInterfaceIds()).extracting(id -> id.name())
                .containsExactly("web1-nic", "web2-nic");
        assertThat(lb.inboundNatRules().get(0).target().orElseThrow().toString())
                .endsWith("/networkInterfaces/web1-nic/ipConfigurations/ipconfig1");
        assertThat(lb.isInternal()).isFalse();
    }

    @Test
    void a_flow_from_the_internet_to_the_frontend_goes_through_the_rule_to_a_backend() {
        String frontend = azure.publicIpAddresses().get("web-ip").ipAddress().toString();
        Verdict http = azure.evaluate(Flow.from(azure.endpoint("203.0.113.7")).to(azure.endpoint(frontend))
                .on(Protocol.Tcp, 80));
        assertThat(http.reachable()).as(VerdictRenderer.render(http)).isTrue();
        HopDetail.LoadBalanced balanced = http.hops().get(0).detail(HopDetail.LoadBalanced.class).orElseThrow();
        assertThat(balanced.rule().name()).isEqualTo("http");
        assertThat(balanced.backend().name()).isIn("web1-nic", "web2-nic");

        Verdict ssh = azure.evaluate(Flow.from(azure.endpoint("203.0.113.7")).to(azure.endpoint(frontend))
                .on(Protocol.Tcp, 4221));
        assertThat(ssh.reachable()).as(VerdictRenderer.render(ssh)).isTrue();
        HopDetail.LoadBalanced nat = ssh.hops().get(0).detail(HopDetail.LoadBalanced.class).orElseThrow();
        assertThat(nat.rule().name()).isEqualTo("ssh-web1");
        assertThat(nat.backend().name()).isEqualTo("web1-nic");
        assertThat(nat.backendPort()).isEqualTo(22);

        Verdict other = azure.evaluate(Flow.from(azure.endpoint("203.0.113.7")).to(azure.endpoint(frontend))
                .on(Protocol.Tcp, 443));
        assertThat(VerdictRenderer.blockers(other)).containsExactly("No rule of load balancer 'web-lb' at frontend"
                + " 'fe' (" + frontend + ") carries TCP 443: a load balancer forwards only what its load-balancing and"
                + " inbound NAT rules name (an HA ports rule names every TCP and UDP port).");
    }

    // docs/azure/outbound-access.md#load-balancers
    @Test
    void a_rule_translates_its_backends_outbound_flows_unless_the_template_sets_disableOutboundSnat() throws Exception {
        OutboundAccess kept = azure.outboundAccess("web1-nic");
        assertThat(kept.method()).isEqualTo(OutboundAccess.Method.LOAD_BALANCER_RULE);
        assertThat(kept.loadBalancerRule().orElseThrow().name()).isEqualTo("http");
        assertThat(kept.sourceAddress()).contains(azure.publicIpAddresses().get("web-ip").ipAddress());

        String template;
        try (var in = getClass().getResourceAsStream("/templates/loadbalancers/public-lb.json")) {
            template = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String disabled = template.replace("\"protocol\": \"Tcp\", \"frontendPort\": 80, \"backendPort\": 80",
                "\"protocol\": \"Tcp\", \"frontendPort\": 80, \"backendPort\": 80, \"disableOutboundSnat\": true");
        assertThat(disabled).isNotEqualTo(template);
        Topology off = withGroup();
        ArmDeployment.into(off, "rg").templateJson(disabled).deploy();
        assertThat(off.loadBalancers().get("web-lb").rule("http").orElseThrow().disableOutboundSnat()).isTrue();
        OutboundAccess none = off.outboundAccess("web1-nic");
        assertThat(none.method()).isEqualTo(OutboundAccess.Method.NONE);
        assertThat(none.through()).isEqualTo(off.loadBalancers().get("web-lb").id());
    }

    @Test
    void a_dual_stack_interface_joins_an_IPv6_pool_by_its_IPv6_ip_configuration_and_receives_on_its_IPv6_address() {
        Topology dual = Topology.create();
        dual.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        DeploymentResult result = ArmDeployment.into(dual, "rg")
                .templateResource("templates/loadbalancers/dual-stack-lb.json").deploy();
        assertThat(result.warnings()).isEmpty();
        assertThat(dual.loadBalancers().get("ds-lb").backendPool("pool-v6").orElseThrow().ipConfigurationIds())
                .extracting(Object::toString).singleElement().asString()
                .endsWith("/networkInterfaces/app-nic/ipConfigurations/ipv6");
        assertThat(dual.networkInterfaces().get("app-nic").ipv6IpConfigurationName()).contains("ipv6");
        String frontend = dual.publicIpAddresses().get("ds-ip-v6").ipAddress().toString();
        Verdict http = dual.evaluate(Flow.from(dual.endpoint("2001:4860:4860::8888")).to(dual.endpoint(frontend))
                .on(Protocol.Tcp, 80));
        assertThat(http.reachable()).as(VerdictRenderer.render(http)).isTrue();
        assertThat(http.hops().get(0).detail(HopDetail.LoadBalanced.class).orElseThrow().backendAddress())
                .hasToString("fd00:20:0:1::4");
    }

    // docs/azure/load-balancers.md#skus
    @Test
    void a_gateway_load_balancer_is_recorded_not_simulated_and_its_appliances_pool_membership_is_warned_about() {
        Topology chained = Topology.create();
        chained.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        String template = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0", "resources": [
                  {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "nva-net",
                   "location": "westeurope", "properties": {"addressSpace": {"addressPrefixes": ["10.9.0.0/16"]},
                   "subnets": [{"name": "appliances", "properties": {"addressPrefix": "10.9.1.0/24"}}]}},
                  {"type": "Microsoft.Network/loadBalancers", "apiVersion": "2024-05-01", "name": "chain",
                   "location": "westeurope", "sku": {"name": "Gateway"}, "dependsOn": ["nva-net"], "properties": {
                   "frontendIPConfigurations": [{"name": "fe", "properties": {"subnet": {"id":
                    "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'nva-net', 'appliances')]"}}}],
                   "backendAddressPools": [{"name": "appliances"}]}},
                  {"type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01", "name": "nva1-nic",
                   "location": "westeurope", "dependsOn": ["chain"], "properties": {"ipConfigurations": [
                   {"name": "ipconfig1", "properties": {"subnet": {"id":
                    "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'nva-net', 'appliances')]"},
                    "loadBalancerBackendAddressPools": [{"id":
                    "[resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'chain', 'appliances')]"}]}}]}}
                 ]}""";

        DeploymentResult result = ArmDeployment.into(chained, "rg").templateJson(template).deploy();

        assertThat(result.notSimulated()).extracting(r -> r.id().name()).containsExactly("chain");
        assertThat(chained.networkInterfaces().get("nva1-nic")).isNotNull();
        assertThat(result.warnings()).contains("Microsoft.Network/loadBalancers 'chain' is not simulated: it is a"
                + " Gateway load balancer, which chains another load balancer's frontend to network virtual appliances"
                + " through tunnel interfaces; traffic through it is not evaluated.", "network interface 'nva1-nic':"
                + " chain/appliances belongs to a load balancer that is not simulated; the membership has no effect on"
                + " the network.");
    }

    /** A template of one public IP and one load balancer on it, each with the {@code sku} given (none: no member). */
    private static String pair(String ipSku, String lbSku, String frontendExtra) {
        return """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [
                  {"type": "Microsoft.Network/publicIPAddresses", "apiVersion": "2023-09-01", "name": "lb-ip",
                   "location": "westeurope", %s"properties": {"publicIPAllocationMethod": "Static"}},
                  {"type": "Microsoft.Network/loadBalancers", "apiVersion": "2023-09-01", "name": "lb",
                   "location": "westeurope", "dependsOn": ["lb-ip"], %s
                   "properties": {"frontendIPConfigurations": [{"name": "fe", %s"properties": {"publicIPAddress":
                     {"id": "[resourceId('Microsoft.Network/publicIPAddresses', 'lb-ip')]"}}}]}}]}
                """.formatted(ipSku == null ? "" : "\"sku\": {\"name\": \"" + ipSku + "\"}, ",
                lbSku == null ? "" : "\"sku\": {\"name\": \"" + lbSku + "\"},", frontendExtra);
    }

    private static Topology withGroup() {
        Topology other = Topology.create();
        other.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        return other;
    }

    @Test
    void a_load_balancer_and_public_ip_without_sku_deploy_as_the_basic_pair_each_with_the_warning_azure_refuses_it() {
        Topology other = withGroup();

        DeploymentResult result = ArmDeployment.into(other, "rg").templateJson(pair(null, null, "")).deploy();

        assertThat(other.loadBalancers().get("lb").sku()).isEqualTo(LoadBalancerSku.Basic);
        assertThat(result.warnings()).containsExactly(PublicIpAddressHandler.basicWarning("lb-ip", true),
                "load balancer 'lb' is Basic (the SKU of a load balancer whose template names none): Azure no longer"
                        + " creates Basic load balancers and refuses this one (BasicSkuLoadBalancerRetired); vnetlab"
                        + " deploys it as Basic. Give it and its public IP addresses sku Standard to deploy it in"
                        + " Azure.");
    }

    @Test
    void a_load_balancer_named_basic_warns_once_and_not_again_when_deployed_again() {
        Topology other = withGroup();
        String template = pair("Basic", "Basic", "");

        DeploymentResult first = ArmDeployment.into(other, "rg").templateJson(template).deploy();
        DeploymentResult again = ArmDeployment.into(other, "rg").templateJson(template).deploy();

        assertThat(first.warnings()).contains("load balancer 'lb' is Basic: Azure no longer creates Basic load"
                + " balancers and refuses this one (BasicSkuLoadBalancerRetired); vnetlab deploys it as Basic. Give it"
                + " and its public IP addresses sku Standard to deploy it in Azure.");
        assertThat(again.warnings()).noneMatch(w -> w.startsWith("load balancer 'lb'"));
    }

    @Test
    void a_load_balancer_without_sku_on_a_standard_public_ip_is_refused_saying_the_api_reads_it_as_basic() {
        ArmDeploymentException refused = catchThrowableOfType(ArmDeploymentException.class,
                () -> ArmDeployment.into(withGroup(), "rg").templateJson(pair("Standard", null, "")).deploy());

        String rg = "/subscriptions/" + Topology.DEFAULT_SUBSCRIPTION_ID + "/resourceGroups/rg/providers/";
        assertThat(refused.code()).isEqualTo(AzureErrorCode.PublicIPAndLBSkuDoNotMatch);
        assertThat(refused.getMessage()).endsWith("(PublicIPAndLBSkuDoNotMatch) Basic sku load balancer " + rg
                + "Microsoft.Network/loadBalancers/lb cannot reference Standard sku publicIP " + rg
                + "Microsoft.Network/publicIPAddresses/lb-ip. The template gives the load balancer no SKU, which the API"
                + " reads as Basic; give the load balancer and its public IP addresses the same SKU (Standard: Basic"
                + " load balancers were retired on 30 September 2025).");
    }

    @Test
    void a_basic_load_balancer_with_a_zonal_frontend_is_refused() {
        ArmDeploymentException refused = catchThrowableOfType(ArmDeploymentException.class,
                () -> ArmDeployment.into(withGroup(), "rg").templateJson(pair(null, null, "\"zones\": [\"1\"], "))
                        .deploy());

        String lb = "/subscriptions/" + Topology.DEFAULT_SUBSCRIPTION_ID + "/resourceGroups/rg/providers/"
                + "Microsoft.Network/loadBalancers/lb";
        assertThat(refused.code()).isEqualTo(AzureErrorCode.AvailabilityZonesRequireStandardLoadBalancer);
        assertThat(refused.getMessage()).endsWith("(AvailabilityZonesRequireStandardLoadBalancer) Frontend IP"
                + " configuration " + lb + "/frontendIPConfigurations/fe of Basic load balancer " + lb + " names"
                + " availability zones; zonal and zone-redundant frontends are only available on Standard load"
                + " balancers.");
    }
}
