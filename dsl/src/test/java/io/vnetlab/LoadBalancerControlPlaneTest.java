package io.vnetlab;

import io.vnetlab.controlplane.LoadBalancerRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;

/** Azure's checks of a load balancer PUT (docs/azure/load-balancers.md#validation), each refusal changing nothing. */
class LoadBalancerControlPlaneTest {

    private final Topology t = ReferenceTopologies.hubAndSpokeWithHaAppliances();

    private LoadBalancers.Definition lb(String name) {
        return t.loadBalancers().define(name).withRegion(Region.WEST_EUROPE);
    }

    @Test
    void a_private_frontend_without_an_address_gets_the_next_free_one_which_no_interface_can_take_afterwards() {
        LoadBalancer created = lb("ilb").withPrivateFrontend("fe", "hub", "default", null).create();
        LoadBalancer.Frontend fe = created.frontend("fe").orElseThrow();
        assertThat(fe.privateIpAddress()).hasToString("10.0.0.4");
        assertThat(fe.allocationMethod()).isEqualTo(IpAllocationMethod.Dynamic);
        assertThat(created.isInternal()).isTrue();
        t.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("default").create();
        assertThat(t.vm("hub-vm").privateIpAddress()).hasToString("10.0.0.5");
        rejects(t, AzureErrorCode.PrivateIPAddressIsAllocated, () -> t.virtualMachines().define("hub-vm2")
                .withExistingPrimaryNetwork("hub").withSubnet("default").withPrimaryPrivateIPAddressStatic("10.0.0.4")
                .create());
    }

    @Test
    void a_subnet_holding_a_frontend_cannot_be_deleted_nor_its_network_until_the_load_balancer_goes() {
        lb("ilb").withPrivateFrontend("fe", "hub", "default", null).create();
        ResourceId frontend = t.loadBalancers().get("ilb").frontend("fe").orElseThrow().id();
        AzureException refused = rejects(t, AzureErrorCode.InUseSubnetCannotBeDeleted,
                () -> t.batch(b -> {
                    b.apply(s -> ResourceManager.deleteSubnet(s, t.subnet("hub", "default").id()));
                    return null;
                }));
        assertThat(refused.getMessage()).isEqualTo("Subnet default is in use by " + frontend + " and cannot be"
                + " deleted. Delete the frontend IP configuration (or its load balancer) first.");
        rejects(t, AzureErrorCode.InUseSubnetCannotBeDeleted,
                () -> t.networks().update("hub").withoutSubnet("default").apply());
        t.loadBalancers().delete("ilb");
        t.networks().update("hub").withoutSubnet("default").apply();
        assertThat(t.network("hub").subnet("default")).isEmpty();
    }

    @Test
    void a_static_frontend_address_held_by_an_interface_is_refused() {
        AzureErrorCode code = rejects(t, AzureErrorCode.PrivateIPAddressIsAllocated,
                () -> lb("ilb").withPrivateFrontend("fe", "hub", "nva", "10.0.1.4").create()).code();
        assertThat(code.isAzureCode()).isTrue();
        rejects(t, AzureErrorCode.PrivateIPAddressNotInSubnet,
                () -> lb("ilb").withPrivateFrontend("fe", "hub", "nva", "10.9.0.4").create());
        rejects(t, AzureErrorCode.PrivateIPAddressInReservedRange,
                () -> lb("ilb").withPrivateFrontend("fe", "hub", "nva", "10.0.1.1").create());
    }

    @Test
    void a_frontend_with_both_or_neither_a_subnet_and_a_public_ip_is_refused_with_azures_codes() {
        ResourceId lbId = id("bad");
        ResourceId subnet = t.network("hub").id().child("subnets", "nva");
        ResourceId pip = t.publicIpAddresses().define("pip").withRegion(Region.WEST_EUROPE).create().id();
        assertThat(rejects(t, AzureErrorCode.FrontendIPConfigHasBothSubnetAndPublicIP, () -> put(lbId,
                new LoadBalancerRequest.Frontend("fe", subnet, null, pip))).getMessage()).isEqualTo(
                "Frontend IP Configuration " + lbId.child("frontendIPConfigurations", "fe") + " must not reference"
                        + " both a Subnet and a Public IP Address.");
        rejects(t, AzureErrorCode.FrontendIPConfigHasNoSubnetOrPublicIP, () -> put(lbId,
                new LoadBalancerRequest.Frontend("fe", null, null, null)));
    }

    @Test
    void a_standard_load_balancer_refuses_a_basic_public_ip() {
        t.publicIpAddresses().define("basic-ip").withRegion(Region.WEST_EUROPE).withSku(PublicIpAddressSku.Basic)
                .create();
        String message = rejects(t, AzureErrorCode.PublicIPAndLBSkuDoNotMatch,
                () -> lb("web-lb").withPublicFrontend("fe", "basic-ip").create()).getMessage();
        assertThat(message).isEqualTo("Standard sku load balancer " + id("web-lb") + " cannot reference Basic sku"
                + " publicIP " + t.publicIpAddresses().get("basic-ip").id() + ".");
    }

    @Test
    void ha_ports_are_refused_on_a_public_load_balancer() {
        t.publicIpAddresses().define("pip").withRegion(Region.WEST_EUROPE).create();
        t.virtualMachines().define("web").withExistingPrimaryNetwork("spoke1").withSubnet("web").create();
        assertThat(rejects(t, AzureErrorCode.HaPortsRequireInternalStandardLoadBalancer, () -> lb("web-lb")
                .withPublicFrontend("fe", "pip").withBackendPool("pool", "web").withHaPortsRule("ha", "fe", "pool", null)
                .create()).getMessage()).isEqualTo("Load-balancing rule ha is an HA ports rule (protocol All, ports 0)"
                + " on public frontend fe; HA ports are only available on internal Standard load balancers.");
    }

    @Test
    void two_rules_sending_the_same_protocol_and_backend_port_to_one_pool_are_refused() {
        assertThat(rejects(t, AzureErrorCode.RulesUseSameBackendPortProtocolAndPool, () -> t.loadBalancers()
                .update("hub-lb").without("ha").withRule("ssh", "Tcp", 22, 22, "fe", "nvas", "ssh")
                .withRule("ssh2", "Tcp", 2222, 22, "fe", "nvas", "ssh").apply()).getMessage())
                .isEqualTo("Load balancing rules ssh and ssh2 with floating IP disabled use the same protocol Tcp and"
                        + " backend port 22, and must not be used with the same backend address pool nvas.");
    }

    @Test
    void two_rules_on_one_frontend_port_are_refused() {
        t.publicIpAddresses().define("pip").withRegion(Region.WEST_EUROPE).create();
        t.virtualMachines().define("web").withExistingPrimaryNetwork("spoke1").withSubnet("web").create();
        rejects(t, AzureErrorCode.LoadBalancerFrontendPortInUse, () -> lb("web-lb").withPublicFrontend("fe", "pip")
                .withBackendPool("pool", "web").withRule("http", "Tcp", 80, 80, "fe", "pool", null)
                .withInboundNatRule("nat", "Tcp", 80, 22, "fe", "web").create());
    }

    @Test
    void an_outbound_rule_on_a_frontend_a_rule_uses_requires_the_rule_to_disable_outbound_snat() {
        t.publicIpAddresses().define("pip").withRegion(Region.WEST_EUROPE).create();
        t.virtualMachines().define("web").withExistingPrimaryNetwork("spoke1").withSubnet("web").create();
        ResourceId lbId = id("web-lb");
        ResourceId fe = lbId.child("frontendIPConfigurations", "fe");
        ResourceId pool = lbId.child("backendAddressPools", "pool");
        ResourceId web = t.networkInterface("webVMNic").id().child("ipConfigurations", "ipconfig1");
        rejects(t, AzureErrorCode.LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIsReferencedByOutboundRule,
                () -> t.applyState(s -> ResourceManager.putLoadBalancer(s, new LoadBalancerRequest(lbId,
                        Region.WEST_EUROPE, null,
                        List.of(new LoadBalancerRequest.Frontend("fe", null, null,
                                t.publicIpAddresses().get("pip").id())),
                        List.of(new LoadBalancerRequest.BackendPool("pool", List.of(web))), List.of(),
                        List.of(new LoadBalancerRequest.Rule("http", fe, pool, null, "Tcp", 80, 80, false, false)),
                        List.of(),
                        List.of(new LoadBalancerRequest.OutboundRule("out", List.of(fe), pool, "All", 0, 4))),
                        PutMode.CREATE)));
        LoadBalancer made = lb("web-lb").withPublicFrontend("fe", "pip").withBackendPool("pool", "web")
                .withOutboundRule("out", "fe", "pool").withRule("http", "Tcp", 80, 80, "fe", "pool", null).create();
        assertThat(made.rules().get(0).disableOutboundSnat()).isTrue();
        rejects(t, AzureErrorCode.MoreThanOneOutboundRuleUsingSameFrontendIPConfigurationAndProtocolIsNotSupported,
                () -> t.loadBalancers().update("web-lb").withOutboundRule("out2", "fe", "pool").apply());
    }

    @Test
    void an_outbound_rule_needs_a_public_frontend() {
        rejects(t, AzureErrorCode.OutboundRuleRequiresPublicFrontend,
                () -> t.loadBalancers().update("hub-lb").withOutboundRule("out", "fe", "nvas").apply());
    }

    @Test
    void backends_in_two_virtual_networks_are_refused() {
        rejects(t, AzureErrorCode.BackendPoolSpansVirtualNetworks,
                () -> t.loadBalancers().update("hub-lb").withBackendPool("nvas", "nva1", "spoke1-vm").apply());
    }

    @Test
    void public_and_private_frontends_do_not_mix() {
        t.publicIpAddresses().define("pip").withRegion(Region.WEST_EUROPE).create();
        rejects(t, AzureErrorCode.LoadBalancerMixesPublicAndPrivateFrontends,
                () -> t.loadBalancers().update("hub-lb").withPublicFrontend("pub", "pip").apply());
    }

    @Test
    void a_rule_naming_a_probe_the_load_balancer_does_not_have_is_refused() {
        rejects(t, AzureErrorCode.InvalidResourceReference, () -> t.loadBalancers().update("hub-lb")
                .withHaPortsRule("ha", "fe", "nvas", "nope").apply());
    }

    @Test
    void deleting_the_resource_group_deletes_its_load_balancers() {
        t.resourceGroups().delete(t.loadBalancers().get("hub-lb").resourceGroup());
        assertThat(t.loadBalancers().list()).isEmpty();
    }

    private ResourceId id(String name) {
        return ResourceId.resource(Topology.DEFAULT_SUBSCRIPTION_ID, Topology.DEFAULT_RESOURCE_GROUP,
                ResourceId.NETWORK, "loadBalancers", name);
    }

    private void put(ResourceId lbId, LoadBalancerRequest.Frontend frontend) {
        t.applyState(s -> ResourceManager.putLoadBalancer(s, new LoadBalancerRequest(lbId, Region.WEST_EUROPE, null,
                List.of(frontend), List.of(), List.of(), List.of(), List.of(), List.of()), PutMode.CREATE));
    }
}
