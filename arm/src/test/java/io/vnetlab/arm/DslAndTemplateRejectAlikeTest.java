package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The Java DSL and an ARM template reach the control plane through the same door, so the same invalid request is
 * refused with the same Azure error code and the same message on both paths, one resource type at a time. (The
 * {@code az} emulation builds on the DSL, so it refuses alike too.)
 */
class DslAndTemplateRejectAlikeTest {

    private static final String RG = "/subscriptions/" + Topology.DEFAULT_SUBSCRIPTION_ID
            + "/resourceGroups/rg/providers/Microsoft.Network/";

    private static final Consumer<Topology> NOTHING = t -> { };

    private static final Consumer<Topology> VNET = t -> t.networks().define("vnet").withRegion(Region.WEST_EUROPE)
            .withExistingResourceGroup("rg").withAddressSpace("10.0.0.0/16").withSubnet("a", "10.0.1.0/24")
            .withSubnet("GatewaySubnet", "10.0.255.0/27").create();

    /** A template of one resource in rg, written with single quotes for readability. */
    private static String template(String type, String name, String properties) {
        return ("{'resources': [{'type': '" + type + "', 'apiVersion': '2024-05-01', 'name': '" + name + "',"
                + " 'location': 'westeurope', 'properties': " + properties + "}]}").replace('\'', '"');
    }

    private static AzureException rejectedAlike(AzureErrorCode expected, Consumer<Topology> given,
                                                Consumer<Topology> byDsl, String template) {
        Topology dsl = topology(given);
        Topology arm = topology(given);

        AzureException fromDsl = azureError(() -> byDsl.accept(dsl));
        AzureException fromTemplate = azureError(() -> ArmDeployment.into(arm, "rg").templateJson(template).deploy());

        assertThat(fromTemplate).isInstanceOf(ArmDeploymentException.class);
        assertThat(fromTemplate.getCause()).as("the control plane's own refusal inside the deployment error")
                .isInstanceOf(AzureException.class);
        AzureException inner = (AzureException) fromTemplate.getCause();
        assertThat(fromDsl.code()).isEqualTo(expected);
        assertThat(inner.code()).isEqualTo(expected);
        assertThat(inner.getMessage()).isEqualTo(fromDsl.getMessage());
        return fromDsl;
    }

    private static Topology topology(Consumer<Topology> given) {
        Topology t = Topology.create();
        t.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        given.accept(t);
        return t;
    }

    private static AzureException azureError(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(AzureException.class);
        return (AzureException) thrown;
    }

    @Test
    void a_network_prefix_with_host_bits_set() {
        rejectedAlike(AzureErrorCode.InvalidCIDRNotation, NOTHING,
                t -> t.networks().define("vnet").withRegion(Region.WEST_EUROPE).withExistingResourceGroup("rg")
                        .withAddressSpace("10.0.0.1/16").create(),
                template("Microsoft.Network/virtualNetworks", "vnet",
                        "{'addressSpace': {'addressPrefixes': ['10.0.0.1/16']}}"));
    }

    @Test
    void a_subnet_whose_route_table_is_in_another_region() {
        Consumer<Topology> given = t -> t.routeTables().define("rt").withRegion(Region.NORTH_EUROPE)
                .withExistingResourceGroup("rg").create();
        AzureException e = rejectedAlike(AzureErrorCode.InvalidResourceReference, given.andThen(VNET),
                t -> t.routeTables().associate("rt", "vnet", "a"),
                template("Microsoft.Network/virtualNetworks", "vnet", "{'addressSpace': {'addressPrefixes':"
                        + " ['10.0.0.0/16']}, 'subnets': [{'name': 'a', 'properties': {'addressPrefix': '10.0.1.0/24',"
                        + " 'routeTable': {'id': '" + RG + "routeTables/rt'}}}]}"));

        assertThat(e.getMessage()).endsWith("The route table is in northeurope and virtual network vnet in westeurope.");
    }

    @Test
    void a_subnet_whose_network_security_group_is_in_another_region() {
        Consumer<Topology> given = t -> t.networkSecurityGroups().define("nsg").withRegion(Region.NORTH_EUROPE)
                .withExistingResourceGroup("rg").create();
        rejectedAlike(AzureErrorCode.InvalidResourceReference, given.andThen(VNET),
                t -> t.networkSecurityGroups().associateWithSubnet("nsg", "vnet", "a"),
                template("Microsoft.Network/virtualNetworks", "vnet", "{'addressSpace': {'addressPrefixes':"
                        + " ['10.0.0.0/16']}, 'subnets': [{'name': 'a', 'properties': {'addressPrefix': '10.0.1.0/24',"
                        + " 'networkSecurityGroup': {'id': '" + RG + "networkSecurityGroups/nsg'}}}]}"));
    }

    @Test
    void a_subnet_outside_its_network() {
        rejectedAlike(AzureErrorCode.NetcfgSubnetRangeOutsideVnet, VNET,
                t -> t.networks().update("vnet").withSubnet("far", "10.9.0.0/24").apply(),
                template("Microsoft.Network/virtualNetworks/subnets", "vnet/far", "{'addressPrefix': '10.9.0.0/24'}"));
    }

    @Test
    void a_peering_between_overlapping_networks() {
        Consumer<Topology> given = t -> {
            t.networks().define("va").withRegion(Region.WEST_EUROPE).withExistingResourceGroup("rg")
                    .withAddressSpace("10.0.0.0/16").create();
            t.networks().define("vb").withRegion(Region.WEST_EUROPE).withExistingResourceGroup("rg")
                    .withAddressSpace("10.0.0.0/16").create();
        };
        rejectedAlike(AzureErrorCode.VnetAddressSpacesOverlap, given,
                t -> t.peerings().define("va-to-vb").onNetwork("va").withRemoteNetwork("vb").create(),
                template("Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "va/va-to-vb",
                        "{'remoteVirtualNetwork': {'id': '" + RG + "virtualNetworks/vb'}, 'allowVirtualNetworkAccess':"
                                + " true}"));
    }

    @Test
    void a_network_interface_whose_static_address_is_outside_its_subnet() {
        rejectedAlike(AzureErrorCode.PrivateIPAddressNotInSubnet, VNET,
                t -> t.virtualMachines().define("vm").withExistingPrimaryNetwork("vnet").withSubnet("a")
                        .withPrimaryPrivateIPAddressStatic("10.0.9.9").create(),
                template("Microsoft.Network/networkInterfaces", "vmVMNic", "{'ipConfigurations': [{'name':"
                        + " 'ipconfig1', 'properties': {'subnet': {'id': '" + RG + "virtualNetworks/vnet/subnets/a'},"
                        + " 'privateIPAllocationMethod': 'Static', 'privateIPAddress': '10.0.9.9'}}]}"));
    }

    @Test
    void a_virtual_machine_with_an_invalid_name() {
        Consumer<Topology> given = VNET.andThen(t -> t.virtualMachines().define("other").withExistingPrimaryNetwork("vnet")
                .withSubnet("a").withNetworkInterfaceName("nic").create());
        String vm = template("Microsoft.Compute/virtualMachines", "-vm", "{'networkProfile': {'networkInterfaces':"
                + " [{'id': '" + RG + "networkInterfaces/nic'}]}}");
        rejectedAlike(AzureErrorCode.InvalidResourceName, given,
                t -> t.virtualMachines().define("-vm").withExistingPrimaryNetwork("vnet").withSubnet("a").create(),
                vm.replace("\"apiVersion\": \"2024-05-01\"", "\"apiVersion\": \"2024-07-01\""));
    }

    @Test
    void a_route_to_an_appliance_without_its_address() {
        rejectedAlike(AzureErrorCode.NextHopIpAddressRequired, NOTHING,
                t -> t.routeTables().define("rt").withRegion(Region.WEST_EUROPE).withExistingResourceGroup("rg")
                        .withRoute("r", "0.0.0.0/0", "VirtualAppliance", null).create(),
                template("Microsoft.Network/routeTables", "rt", "{'routes': [{'name': 'r', 'properties':"
                        + " {'addressPrefix': '0.0.0.0/0', 'nextHopType': 'VirtualAppliance'}}]}"));
    }

    @Test
    void a_route_with_a_next_hop_type_a_route_table_cannot_use() {
        Consumer<Topology> given = t -> t.routeTables().define("rt").withRegion(Region.WEST_EUROPE)
                .withExistingResourceGroup("rg").create();
        rejectedAlike(AzureErrorCode.InvalidRouteNextHopType, given,
                t -> t.routeTables().update("rt").withRoute("r", "0.0.0.0/0", "VNetPeering", null).apply(),
                template("Microsoft.Network/routeTables/routes", "rt/r",
                        "{'addressPrefix': '0.0.0.0/0', 'nextHopType': 'VNetPeering'}"));
    }

    private static final String RULE_5000 = "{'priority': 5000, 'direction': 'Inbound', 'access': 'Allow', 'protocol':"
            + " 'Tcp', 'sourceAddressPrefix': '*', 'sourcePortRange': '*', 'destinationAddressPrefix': '*',"
            + " 'destinationPortRange': '22'}";

    @Test
    void a_network_security_group_with_a_rule_priority_out_of_range() {
        rejectedAlike(AzureErrorCode.SecurityRuleInvalidPriority, NOTHING,
                t -> t.networkSecurityGroups().define("nsg").withRegion(Region.WEST_EUROPE)
                        .withExistingResourceGroup("rg").defineRule("r").allowInbound().fromAnyAddress().fromAnyPort()
                        .toAnyAddress().toPort(22).withProtocol(Protocol.Tcp).withPriority(5000).attach().create(),
                template("Microsoft.Network/networkSecurityGroups", "nsg",
                        "{'securityRules': [{'name': 'r', 'properties': " + RULE_5000 + "}]}"));
    }

    @Test
    void a_security_rule_with_a_priority_out_of_range() {
        Consumer<Topology> given = t -> t.networkSecurityGroups().define("nsg").withRegion(Region.WEST_EUROPE)
                .withExistingResourceGroup("rg").create();
        rejectedAlike(AzureErrorCode.SecurityRuleInvalidPriority, given,
                t -> t.networkSecurityGroups().update("nsg").defineRule("r").allowInbound().fromAnyAddress()
                        .fromAnyPort().toAnyAddress().toPort(22).withProtocol(Protocol.Tcp).withPriority(5000)
                        .attach().apply(),
                template("Microsoft.Network/networkSecurityGroups/securityRules", "nsg/r", RULE_5000));
    }

    @Test
    void an_application_security_group_with_an_invalid_name() {
        rejectedAlike(AzureErrorCode.InvalidResourceName, NOTHING,
                t -> t.applicationSecurityGroups().define("-asg").withRegion(Region.WEST_EUROPE)
                        .withExistingResourceGroup("rg").create(),
                template("Microsoft.Network/applicationSecurityGroups", "-asg", "{}"));
    }

    @Test
    void a_public_ip_address_with_an_invalid_name() {
        rejectedAlike(AzureErrorCode.InvalidResourceName, NOTHING,
                t -> t.publicIpAddresses().define("-pip").withRegion(Region.WEST_EUROPE)
                        .withExistingResourceGroup("rg").create(),
                template("Microsoft.Network/publicIPAddresses", "-pip", "{'publicIPAllocationMethod': 'Static'}"));
    }

    @Test
    void a_virtual_network_gateway_outside_the_gateway_subnet() {
        rejectedAlike(AzureErrorCode.GatewayMustBeInGatewaySubnet, VNET,
                t -> t.virtualNetworkGateways().define("gw").withExistingSubnet("vnet", "a").withRouteBasedVpn()
                        .create(),
                template("Microsoft.Network/virtualNetworkGateways", "gw", "{'gatewayType': 'Vpn', 'vpnType':"
                        + " 'RouteBased', 'ipConfigurations': [{'name': 'ip', 'properties': {'subnet': {'id': '" + RG
                        + "virtualNetworks/vnet/subnets/a'}}}]}"));
    }

    @Test
    void a_virtual_network_gateway_in_another_region_than_its_network() {
        AzureException e = rejectedAlike(AzureErrorCode.InvalidResourceReference, VNET,
                t -> t.virtualNetworkGateways().define("gw").withExistingNetwork("vnet").withRouteBasedVpn()
                        .withRegion(Region.NORTH_EUROPE).create(),
                template("Microsoft.Network/virtualNetworkGateways", "gw", "{'gatewayType': 'Vpn', 'vpnType':"
                        + " 'RouteBased', 'ipConfigurations': [{'name': 'ip', 'properties': {'subnet': {'id': '" + RG
                        + "virtualNetworks/vnet/subnets/GatewaySubnet'}}}]}").replace("westeurope", "northeurope"));

        assertThat(e.getMessage()).endsWith("The gateway is in northeurope and virtual network vnet in westeurope.");
    }

    @Test
    void a_local_network_gateway_whose_device_address_is_not_an_address() {
        rejectedAlike(AzureErrorCode.InvalidAddressPrefixFormat, NOTHING,
                t -> t.localNetworkGateways().define("site").withRegion(Region.WEST_EUROPE)
                        .withExistingResourceGroup("rg").withIPAddress("onprem").create(),
                template("Microsoft.Network/localNetworkGateways", "site", "{'gatewayIpAddress': 'onprem',"
                        + " 'localNetworkAddressSpace': {'addressPrefixes': []}}"));
    }

    @Test
    void an_express_route_connection_on_a_vpn_gateway() {
        Consumer<Topology> given = VNET.andThen(t -> {
            t.virtualNetworkGateways().define("gw").withExistingNetwork("vnet").withRouteBasedVpn().create();
            t.localNetworkGateways().define("site").withRegion(Region.WEST_EUROPE).withExistingResourceGroup("rg")
                    .withIPAddress("203.0.113.10").withAddressSpace("192.168.0.0/16").create();
        });
        rejectedAlike(AzureErrorCode.InvalidConnectionEndpoints, given,
                t -> t.connections().define("c").withExpressRoute("gw", "site").create(),
                template("Microsoft.Network/connections", "c", "{'connectionType': 'ExpressRoute',"
                        + " 'virtualNetworkGateway1': {'id': '" + RG + "virtualNetworkGateways/gw'},"
                        + " 'localNetworkGateway2': {'id': '" + RG + "localNetworkGateways/site'}}"));
    }
}
