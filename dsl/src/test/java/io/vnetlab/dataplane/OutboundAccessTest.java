package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.render.VerdictRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Can this VM reach the Internet, and with which source address?": docs/azure/outbound-access.md#precedence,
 * #private-subnets, #nat-gateway-rules.
 */
class OutboundAccessTest {

    private static final String INTERNET_HOST = "93.184.216.34";

    /** A network with a private subnet {@code app} and a subnet {@code web} left as Azure defaults it. */
    private static Topology network() {
        Topology t = Topology.create();
        t.resourceGroups().define("rg").withRegion(Region.EAST_US).create();
        t.networks().define("vnet").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withAddressSpace("10.1.0.0/16").withPrivateSubnet("app", "10.1.0.0/24")
                .withSubnet("web", "10.1.1.0/24").create();
        t.virtualMachines().define("app-vm").withExistingPrimaryNetwork("vnet").withSubnet("app").create();
        t.virtualMachines().define("web-vm").withExistingPrimaryNetwork("vnet").withSubnet("web").create();
        return t;
    }

    private static void natGateway(Topology t) {
        t.publicIpAddresses().define("nat-ip").withRegion(Region.EAST_US).withExistingResourceGroup("rg").create();
        t.natGateways().define("nat").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withPublicIpAddress("nat-ip").withIdleTimeoutInMinutes(10).create();
    }

    private static Verdict toInternet(Topology t, String vm) {
        return t.evaluate(Flow.from(t.endpoint(vm)).to(Endpoint.address(INTERNET_HOST)));
    }

    @Test
    void a_private_subnets_machine_in_a_load_balancers_outbound_pool_leaves_from_the_rules_frontend_address() {
        Topology t = network();
        t.publicIpAddresses().define("egress-ip").withRegion(Region.EAST_US).withExistingResourceGroup("rg").create();
        t.loadBalancers().define("egress-lb").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withPublicFrontend("fe", "egress-ip").withBackendPool("pool", "app-vm")
                .withOutboundRule("out", "fe", "pool").create();

        Verdict v = toInternet(t, "app-vm");

        assertThat(v.reachable()).isTrue();
        OutboundAccess access = v.outboundAccess().orElseThrow();
        assertThat(access.method()).isEqualTo(OutboundAccess.Method.LOAD_BALANCER_OUTBOUND_RULE);
        assertThat(access.through().name()).isEqualTo("egress-lb");
        assertThat(access.sourceAddress()).contains(t.publicIpAddresses().get("egress-ip").ipAddress());
        assertThat(VerdictRenderer.render(v)).contains("source NAT by outbound rule 'out' of load balancer 'egress-lb' to"
                + " public IP 'egress-ip' " + t.publicIpAddresses().get("egress-ip").ipAddress());
    }

    @Test
    void a_private_subnet_without_NAT_gateway_cannot_reach_the_Internet_and_the_verdict_says_why() {
        Topology t = network();
        Verdict v = toInternet(t, "app-vm");
        assertThat(v.reachable()).isFalse();
        assertThat(v.outboundAccess()).get().extracting(OutboundAccess::method).isEqualTo(OutboundAccess.Method.NONE);
        assertThat(VerdictRenderer.render(v)).isEqualTo(
                "vm 'app-vm' 10.1.0.4 (vnet/app) -> address 93.184.216.34: unreachable\n"
                + "  1. vnet/app: route 0.0.0.0/0 -> Internet (Default), no outbound access: subnet 'vnet/app' is"
                + " private   BLOCKED\n"
                + "Blocked at hop 1.\n"
                + "Blockers:\n"
                + "  - Subnet 'vnet/app' is private (defaultOutboundAccess false) and nic 'app-vmVMNic' has no explicit"
                + " outbound method: no NAT gateway on the subnet, no public IP on the interface, no load balancer"
                + " outbound rule. Azure gives it no path to the Internet.\n"
                + "To fix, attach a NAT gateway with a Standard public IP to subnet 'vnet/app' (or give the interface a"
                + " public IP, or turn default outbound access back on)"
                + " (topology.natGateways().associateWithSubnet(gateway, \"vnet\", \"app\")).\n");
    }

    @Test
    void with_a_NAT_gateway_the_private_subnet_reaches_the_Internet_from_the_gateways_public_IP() {
        Topology t = network();
        natGateway(t);
        t.natGateways().associateWithSubnet("nat", "vnet", "app");
        IpAddress natAddress = t.publicIpAddresses().get("nat-ip").ipAddress();

        Verdict v = toInternet(t, "app-vm");
        assertThat(v.reachable()).isTrue();
        OutboundAccess out = v.outboundAccess().orElseThrow();
        assertThat(out.method()).isEqualTo(OutboundAccess.Method.NAT_GATEWAY);
        assertThat(out.through()).isEqualTo(t.natGateways().get("nat").id());
        assertThat(out.sourceAddress()).contains(natAddress);
        assertThat(VerdictRenderer.render(v)).isEqualTo(
                "vm 'app-vm' 10.1.0.4 (vnet/app) -> address 93.184.216.34: reachable\n"
                + "  1. vnet/app -> Internet: route 0.0.0.0/0 -> Internet (Default), source NAT by NAT gateway 'nat' to"
                + " public IP 'nat-ip' " + natAddress + "   delivered\n");
    }

    @Test
    void the_NAT_gateway_takes_precedence_over_the_interfaces_own_public_IP() {
        Topology t = network();
        natGateway(t);
        t.publicIpAddresses().define("vm-ip").withRegion(Region.EAST_US).withExistingResourceGroup("rg").create();
        t.publicIpAddresses().associateWithNetworkInterface("vm-ip", "web-vmVMNic");
        assertThat(t.outboundAccess("web-vm").method()).isEqualTo(OutboundAccess.Method.INSTANCE_PUBLIC_IP);
        assertThat(t.outboundAccess("web-vm").sourceAddress()).contains(t.publicIpAddresses().get("vm-ip").ipAddress());

        t.natGateways().associateWithSubnet("nat", "vnet", "web");
        assertThat(t.outboundAccess("web-vm").method()).isEqualTo(OutboundAccess.Method.NAT_GATEWAY);
        assertThat(t.outboundAccess("web-vm").sourceAddress()).contains(t.publicIpAddresses().get("nat-ip").ipAddress());
    }

    @Test
    void a_subnet_left_unset_keeps_default_outbound_access_whose_address_is_not_simulated() {
        Topology t = network();
        OutboundAccess out = t.outboundAccess("web-vm");
        assertThat(out.method()).isEqualTo(OutboundAccess.Method.DEFAULT_OUTBOUND_ACCESS);
        assertThat(out.sourceAddress()).isEmpty();
        assertThat(toInternet(t, "web-vm").reachable()).isTrue();

        t.networks().setDefaultOutboundAccess("vnet", "web", false);
        assertThat(t.outboundAccess("web-vm").method()).isEqualTo(OutboundAccess.Method.NONE);
        assertThat(toInternet(t, "web-vm").reachable()).isFalse();
    }

    @Test
    void a_public_IP_prefix_gives_the_NAT_gateway_its_first_address() {
        Topology t = network();
        t.publicIpPrefixes().define("nat-prefix").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withPrefixLength(30).create();
        t.natGateways().define("nat").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withPublicIpPrefix("nat-prefix").create();
        t.natGateways().associateWithSubnet("nat", "vnet", "app");
        assertThat(t.publicIpPrefixes().get("nat-prefix").ipPrefix().toString()).isEqualTo("52.0.0.0/30");
        assertThat(t.outboundAccess("app-vm").sourceAddress()).contains(IpAddress.parse("52.0.0.0"));
        assertThat(t.outboundAccess("app-vm").publicIpId()).contains(t.publicIpPrefixes().get("nat-prefix").id());
    }

    @Test
    void a_NAT_gateway_refuses_a_Basic_public_IP() {
        Topology t = network();
        t.publicIpAddresses().define("basic-ip").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withSku(PublicIpAddressSku.Basic).create();
        assertThatThrownBy(() -> t.natGateways().define("nat").withRegion(Region.EAST_US)
                .withExistingResourceGroup("rg").withPublicIpAddress("basic-ip").create())
                .isInstanceOf(AzureException.class).extracting(e -> ((AzureException) e).code())
                .isEqualTo(AzureErrorCode.NatGatewayCannotUseBasicSkuPublicIp);
    }

    @Test
    void a_NAT_gateway_cannot_go_on_a_subnet_whose_interface_has_a_Basic_public_IP() {
        Topology t = network();
        natGateway(t);
        t.publicIpAddresses().define("basic-ip").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withSku(PublicIpAddressSku.Basic).create();
        t.publicIpAddresses().associateWithNetworkInterface("basic-ip", "web-vmVMNic");
        assertThatThrownBy(() -> t.natGateways().associateWithSubnet("nat", "vnet", "web"))
                .isInstanceOf(AzureException.class).extracting(e -> ((AzureException) e).code())
                .isEqualTo(AzureErrorCode.SubnetWithNatGatewayAndBasicSkuResourceNotAllowed);
    }

    @Test
    void a_NAT_gateway_is_refused_more_than_sixteen_addresses_and_an_idle_timeout_out_of_range() {
        Topology t = network();
        t.publicIpPrefixes().define("p1").withRegion(Region.EAST_US).withExistingResourceGroup("rg").create();
        t.publicIpAddresses().define("one-more").withRegion(Region.EAST_US).withExistingResourceGroup("rg").create();
        assertThatThrownBy(() -> t.natGateways().define("nat").withRegion(Region.EAST_US)
                .withExistingResourceGroup("rg").withPublicIpPrefix("p1").withPublicIpAddress("one-more").create())
                .isInstanceOf(AzureException.class).extracting(e -> ((AzureException) e).code())
                .isEqualTo(AzureErrorCode.NatGatewayPublicAddressLimitExceeded);
        assertThatThrownBy(() -> t.natGateways().define("nat").withRegion(Region.EAST_US)
                .withExistingResourceGroup("rg").withPublicIpAddress("one-more").withIdleTimeoutInMinutes(121).create())
                .isInstanceOf(AzureException.class).hasMessage("NAT gateway /subscriptions/"
                        + t.currentSubscriptionId() + "/resourceGroups/rg/providers/Microsoft.Network/natGateways/nat"
                        + " has an idle timeout of 121 minutes; it must be between 4 and 120.");
    }

    @Test
    void a_NAT_gateway_in_use_by_a_subnet_cannot_be_deleted_and_its_public_IP_serves_no_interface() {
        Topology t = network();
        natGateway(t);
        t.natGateways().associateWithSubnet("nat", "vnet", "app");
        assertThatThrownBy(() -> t.natGateways().delete("nat")).isInstanceOf(AzureException.class)
                .extracting(e -> ((AzureException) e).code()).isEqualTo(AzureErrorCode.InUseNatGatewayCannotBeDeleted);
        assertThatThrownBy(() -> t.publicIpAddresses().associateWithNetworkInterface("nat-ip", "web-vmVMNic"))
                .isInstanceOf(AzureException.class).extracting(e -> ((AzureException) e).code())
                .isEqualTo(AzureErrorCode.PublicIPAddressInUse);
        t.natGateways().dissociateFromSubnet("vnet", "app");
        t.natGateways().delete("nat");
        assertThat(t.natGateways().list()).isEmpty();
    }

    @Test
    void a_NAT_gateway_serves_the_subnets_of_one_network_only() {
        Topology t = network();
        natGateway(t);
        t.networks().define("other").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withAddressSpace("10.2.0.0/16").withSubnet("s", "10.2.0.0/24").create();
        t.natGateways().associateWithSubnet("nat", "vnet", "app");
        t.natGateways().associateWithSubnet("nat", "vnet", "web");
        assertThatThrownBy(() -> t.natGateways().associateWithSubnet("nat", "other", "s"))
                .isInstanceOf(AzureException.class).extracting(e -> ((AzureException) e).code())
                .isEqualTo(AzureErrorCode.NatGatewayCannotSpanVirtualNetworks);
    }

    @Test
    void traffic_routed_through_an_appliance_leaves_by_the_appliances_outbound_method() {
        Topology t = network();
        natGateway(t);
        t.networks().update("vnet").withSubnet("nva", "10.1.2.0/24").apply();
        t.natGateways().associateWithSubnet("nat", "vnet", "nva");
        t.virtualMachines().define("nva-vm").withExistingPrimaryNetwork("vnet").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.1.2.4").withIpForwarding().create();
        t.routeTables().define("app-rt").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withRouteViaVirtualAppliance("0.0.0.0/0", "10.1.2.4").create();
        t.routeTables().associate("app-rt", "vnet", "app");

        Verdict v = toInternet(t, "app-vm");
        assertThat(v.reachable()).isTrue();
        assertThat(v.outboundAccess()).get().satisfies(out -> {
            assertThat(out.method()).isEqualTo(OutboundAccess.Method.NAT_GATEWAY);
            assertThat(out.networkInterface()).isEqualTo(t.networkInterface("nva-vmVMNic").id());
        });
    }
}
