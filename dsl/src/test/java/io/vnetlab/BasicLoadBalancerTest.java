package io.vnetlab;

import io.vnetlab.controlplane.LoadBalancerRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.HopDetail;
import io.vnetlab.dataplane.OutboundAccess;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.LoadBalancerSku;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The retired Basic load balancer, modelled with Basic's rules (docs/azure/load-balancers.md#skus). */
class BasicLoadBalancerTest {

    private final Topology t = ReferenceTopologies.hubAndSpoke();

    private void basicIp(String name) {
        t.publicIpAddresses().define(name).withRegion(Region.WEST_EUROPE).withSku(PublicIpAddressSku.Basic).create();
    }

    /** A public Basic load balancer sending port 80 to spoke1-vm, which has no NSG. */
    private LoadBalancer basicWebLoadBalancer() {
        basicIp("web-ip");
        return t.loadBalancers().define("web-lb").withRegion(Region.WEST_EUROPE).withSku(LoadBalancerSku.Basic)
                .withPublicFrontend("fe", "web-ip").withBackendPool("pool", "spoke1-vm").withTcpProbe("http", 80)
                .withRule("http", "Tcp", 80, 80, "fe", "pool", "http").create();
    }

    private Verdict fromInternetToPort80(String publicIp) {
        return t.evaluate(Flow.from(Endpoint.address("198.51.100.7"))
                .to(Endpoint.address(t.publicIpAddresses().get(publicIp).ipAddress().toString()))
                .on(Protocol.Tcp, 80));
    }

    private ResourceId id(String name) {
        return ResourceId.resource(Topology.DEFAULT_SUBSCRIPTION_ID, Topology.DEFAULT_RESOURCE_GROUP,
                ResourceId.NETWORK, "loadBalancers", name);
    }

    @Test
    void a_missing_sku_is_refused_in_azure_s_words_for_load_balancers_and_public_ips() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> t.loadBalancers().define("lb").withSku(null))).hasMessage("The SKU cannot be null.");
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> t.publicIpAddresses().define("ip").withSku(null))).hasMessage("The SKU cannot be null.");
    }

    @Test
    void a_basic_load_balancer_is_created_basic_and_an_update_keeps_it_basic() {
        LoadBalancer lb = basicWebLoadBalancer();
        assertThat(lb.sku()).isEqualTo(LoadBalancerSku.Basic);
        assertThat(t.loadBalancers().update("web-lb").withTcpProbe("ssh", 22).apply().sku())
                .isEqualTo(LoadBalancerSku.Basic);
    }

    @Test
    void a_basic_load_balancer_is_open_to_the_internet_where_a_standard_one_needs_an_nsg() {
        basicWebLoadBalancer();
        Verdict basic = fromInternetToPort80("web-ip");
        assertThat(basic.reachable()).isTrue();
        assertThat(basic.hops()).noneMatch(h -> h.detail(HopDetail.StandardSkuClosed.class).isPresent());

        t.publicIpAddresses().define("std-ip").withRegion(Region.WEST_EUROPE).create();
        t.loadBalancers().define("std-lb").withRegion(Region.WEST_EUROPE).withPublicFrontend("fe", "std-ip")
                .withBackendPool("pool", "spoke2-vm").withRule("http", "Tcp", 80, 80, "fe", "pool", null).create();
        Verdict standard = fromInternetToPort80("std-ip");
        assertThat(standard.reachable()).isFalse();
        assertThat(standard.hops()).anyMatch(h -> h.detail(HopDetail.StandardSkuClosed.class).isPresent());
    }

    @Test
    void a_basic_load_balancer_still_honours_an_nsg_that_denies() {
        basicWebLoadBalancer();
        t.networkSecurityGroups().define("deny-web").withRegion(Region.WEST_EUROPE)
                .defineRule("no-http").denyInbound().fromAnyAddress().fromAnyPort().toAnyAddress().toPort(80)
                    .withProtocol(Protocol.Tcp).withPriority(100).attach()
                .create();
        t.networkSecurityGroups().associateWithSubnet("deny-web", "spoke1", "app");
        assertThat(fromInternetToPort80("web-ip").reachable()).isFalse();
    }

    @Test
    void a_backend_of_a_basic_rule_goes_out_from_the_rules_frontend_address() {
        basicWebLoadBalancer();
        OutboundAccess out = t.outboundAccess("spoke1-vm");
        assertThat(out.method()).isEqualTo(OutboundAccess.Method.LOAD_BALANCER_RULE);
        assertThat(out.through()).isEqualTo(t.loadBalancers().get("web-lb").id());
        assertThat(out.sourceAddress()).contains(t.publicIpAddresses().get("web-ip").ipAddress());
        assertThat(t.outboundAccess("spoke2-vm").method()).isEqualTo(OutboundAccess.Method.DEFAULT_OUTBOUND_ACCESS);
        Verdict toInternet = t.evaluate(Flow.from(t.endpoint("spoke1-vm")).to(Endpoint.address("198.51.100.7"))
                .on(Protocol.Tcp, 443));
        assertThat(toInternet.reachable()).isTrue();
        assertThat(io.vnetlab.render.VerdictRenderer.render(toInternet)).contains("source NAT by load-balancing rule"
                + " 'http' of load balancer 'web-lb' to public IP 'web-ip' "
                + t.publicIpAddresses().get("web-ip").ipAddress());
    }

    @Test
    void a_basic_load_balancer_takes_no_standard_public_ip() {
        t.publicIpAddresses().define("std-ip").withRegion(Region.WEST_EUROPE).create();
        String message = rejects(t, AzureErrorCode.PublicIPAndLBSkuDoNotMatch, () -> t.loadBalancers()
                .define("web-lb").withRegion(Region.WEST_EUROPE).withSku(LoadBalancerSku.Basic)
                .withPublicFrontend("fe", "std-ip").create()).getMessage();
        assertThat(message).isEqualTo("Basic sku load balancer " + id("web-lb") + " cannot reference Standard sku"
                + " publicIP " + t.publicIpAddresses().get("std-ip").id() + ".");
    }

    @Test
    void a_basic_load_balancer_has_no_outbound_rules() {
        basicIp("out-ip");
        String message = rejects(t, AzureErrorCode.OutboundRulesRequireStandardLoadBalancer, () -> t.loadBalancers()
                .define("egress").withRegion(Region.WEST_EUROPE).withSku(LoadBalancerSku.Basic)
                .withPublicFrontend("fe", "out-ip").withBackendPool("pool", "spoke1-vm")
                .withOutboundRule("out", "fe", "pool").create()).getMessage();
        assertThat(message).isEqualTo("Outbound rule out cannot be added to Basic load balancer " + id("egress")
                + ": outbound rules are only available on Standard load balancers. A Basic public load balancer"
                + " translates its backends' outbound flows to the frontend of their load-balancing rule.");
    }

    @Test
    void a_basic_load_balancer_has_no_ha_ports() {
        String message = rejects(t, AzureErrorCode.HaPortsRequireInternalStandardLoadBalancer, () -> t
                .loadBalancers().define("ilb").withRegion(Region.WEST_EUROPE).withSku(LoadBalancerSku.Basic)
                .withPrivateFrontend("fe", "hub", "nva", null).withBackendPool("pool", "spoke1-vm")
                .withHaPortsRule("ha", "fe", "pool", null).create()).getMessage();
        assertThat(message).isEqualTo("Load-balancing rule ha is an HA ports rule (protocol All, ports 0) on a Basic"
                + " load balancer; HA ports are only available on internal Standard load balancers.");
    }

    @Test
    void a_basic_load_balancer_has_no_https_probes() {
        ResourceId lbId = id("ilb");
        String message = rejects(t, AzureErrorCode.HttpsProbeRequiresStandardLoadBalancer, () -> t.applyState(s ->
                ResourceManager.putLoadBalancer(s, new LoadBalancerRequest(lbId, Region.WEST_EUROPE, "Basic",
                        List.of(), List.of(), List.of(new LoadBalancerRequest.Probe("tls", "Https", 443, "/health")),
                        List.of(), List.of(), List.of()), PutMode.CREATE))).getMessage();
        assertThat(message).isEqualTo("Probe tls of Basic load balancer " + lbId + " uses protocol Https; a Basic load"
                + " balancer probes with Tcp or Http only.");
    }

    // docs/azure/load-balancers.md#rule-settings
    @Test
    void a_basic_load_balancer_has_no_tcp_reset_on_its_rules() {
        basicWebLoadBalancer();
        String message = rejects(t, AzureErrorCode.TcpResetRequiresStandardLoadBalancer, () -> t.loadBalancers()
                .update("web-lb").withRuleSettings("http", 4, true, LoadBalancer.LoadDistribution.Default).apply())
                .getMessage();
        assertThat(message).isEqualTo("Rule http of Basic load balancer " + id("web-lb") + " enables TCP reset; TCP"
                + " reset on idle is only available on Standard load balancers.");
        assertThat(t.loadBalancers().get("web-lb").rule("http").orElseThrow().enableTcpReset()).isFalse();
    }

    @Test
    void the_sku_of_an_existing_load_balancer_does_not_change() {
        LoadBalancer lb = basicWebLoadBalancer();
        String message = rejects(t, AzureErrorCode.LoadBalancerSkuCannotChange, () -> t.applyState(s ->
                ResourceManager.putLoadBalancer(s, new LoadBalancerRequest(lb.id(), lb.region(), "Standard",
                        LoadBalancerRequest.of(lb).frontends(), List.of(), List.of(), List.of(), List.of(), List.of()),
                        PutMode.CREATE_OR_UPDATE))).getMessage();
        assertThat(message).isEqualTo("Sku property is set at creation time and cannot be changed from Basic to"
                + " Standard on resource update for resource " + lb.id() + ". Create a new load balancer with SKU"
                + " Standard.");
    }

    @Test
    void a_subnet_holding_a_basic_backend_takes_no_nat_gateway_and_the_reverse() {
        basicWebLoadBalancer();
        t.publicIpAddresses().define("nat-ip").withRegion(Region.WEST_EUROPE).create();
        t.natGateways().define("nat").withRegion(Region.WEST_EUROPE).withPublicIpAddress("nat-ip").create();
        ResourceId nic = t.networkInterface("spoke1-vmVMNic").snapshot().id();
        String message = rejects(t, AzureErrorCode.SubnetWithNatGatewayAndBasicSkuResourceNotAllowed,
                () -> t.natGateways().associateWithSubnet("nat", "spoke1", "app")).getMessage();
        assertThat(message).isEqualTo("NAT Gateway cannot be deployed on subnet containing Basic SKU Public IP"
                + " addresses or Basic SKU Load Balancer. Subnet " + t.subnet("spoke1", "app").id() + " holds network"
                + " interface " + nic + ", a backend of Basic load balancer " + t.loadBalancers().get("web-lb").id()
                + ".");

        t.natGateways().associateWithSubnet("nat", "spoke1", "web");
        rejects(t, AzureErrorCode.SubnetWithNatGatewayAndBasicSkuResourceNotAllowed, () -> t.loadBalancers()
                .update("web-lb").withBackendPool("pool", "spoke1-vm", "spoke1-web").apply());
    }

    @Test
    void a_basic_internal_frontend_is_out_of_reach_across_a_global_peering_and_a_standard_one_is_not() {
        Topology world = Topology.create();
        world.networks().define("west").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("app", "10.1.0.0/24").create();
        world.networks().define("north").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.2.0.0/16")
                .withSubnet("app", "10.2.0.0/24").create();
        world.peer("west").with("north").create();
        world.virtualMachines().define("client").withExistingPrimaryNetwork("west").withSubnet("app").create();
        world.virtualMachines().define("server").withExistingPrimaryNetwork("north").withSubnet("app").create();
        world.loadBalancers().define("basic-ilb").withRegion(Region.NORTH_EUROPE).withSku(LoadBalancerSku.Basic)
                .withPrivateFrontend("fe", "north", "app", "10.2.0.100").withBackendPool("pool", "server")
                .withRule("http", "Tcp", 80, 80, "fe", "pool", null).create();
        world.loadBalancers().define("std-ilb").withRegion(Region.NORTH_EUROPE)
                .withPrivateFrontend("fe", "north", "app", "10.2.0.101").withBackendPool("pool", "server")
                .withRule("http", "Tcp", 80, 80, "fe", "pool", null).create();

        Verdict basic = world.evaluate(Flow.from(world.endpoint("client")).to(Endpoint.address("10.2.0.100"))
                .on(Protocol.Tcp, 80));
        Verdict standard = world.evaluate(Flow.from(world.endpoint("client")).to(Endpoint.address("10.2.0.101"))
                .on(Protocol.Tcp, 80));

        assertThat(basic.reachable()).isFalse();
        assertThat(io.vnetlab.render.VerdictRenderer.blockers(basic)).containsExactly("Load balancer 'basic-ilb' is"
                + " Basic SKU: its frontend 'fe' (10.2.0.100) cannot be reached across global peering"
                + " 'west/west-To-north'; only a Standard load balancer answers from another region.");
        assertThat(standard.reachable()).isTrue();
    }
}
