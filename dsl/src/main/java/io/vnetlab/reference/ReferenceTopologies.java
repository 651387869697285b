package io.vnetlab.reference;

import io.vnetlab.Topology;
import io.vnetlab.VirtualMachines;
import io.vnetlab.model.Region;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Ready-built topologies from Microsoft's own material, to start a test, an example or an experiment from. Every
 * call builds a new, independent {@link Topology}; change it as you like (or {@link Topology#fork() fork} it first
 * to keep the original).
 *
 * <pre>{@code
 * Topology azure = ReferenceTopologies.learnModule();
 * azure.reach("SalesVM", "MarketingVM").reachable();   // true
 * azure.reach("SalesVM", "ResearchVM").reachable();    // false: peering is not transitive
 * }</pre>
 *
 * <p>Two families:
 * <ul>
 *   <li>the Microsoft Learn module's three networks ({@link #learnModuleUnpeered()}, {@link #learnModule()});</li>
 *   <li>a hub and two spokes ({@link #hubAndSpoke()}), with a VPN gateway to an on-premises site
 *       ({@link #hubAndSpokeWithVpnGateway()}, {@link #hubAndSpokeWithGatewayTransit()}), with a network virtual
 *       appliance carrying spoke-to-spoke traffic ({@link #hubAndSpokeWithAppliance()}), or both
 *       ({@link #connectHubToOnPremises(Topology)}).</li>
 * </ul>
 */
@API(status = STABLE, since = "0.1")
public final class ReferenceTopologies {

    /** The Learn module's resource group, in North Europe, holding its three networks and VMs. */
    public static final String LEARN_MODULE_RESOURCE_GROUP = "learn-rg";
    /** The private address of the hub's network virtual appliance {@code nva} in {@link #hubAndSpokeWithAppliance()}. */
    public static final String HUB_APPLIANCE_ADDRESS = "10.0.1.4";
    /** The hub's internal load balancer frontend in {@link #hubAndSpokeWithHaAppliances()}. */
    public static final String HUB_LOAD_BALANCER_FRONTEND = "10.0.1.100";

    private ReferenceTopologies() {
    }

    // ---------------------------------------------------------------- the Microsoft Learn peering module

    /**
     * The Microsoft Learn module "Distribute your services across Azure virtual networks and integrate them by using
     * virtual network peering" as its unit 3 leaves it: three networks and a VM in each, nothing peered
     * (<a href="https://learn.microsoft.com/training/modules/integrate-vnets-with-vnet-peering/">the module</a>).
     * <table>
     *   <caption>Networks and VMs, in resource group {@value #LEARN_MODULE_RESOURCE_GROUP}</caption>
     *   <tr><th>Network</th><th>Region</th><th>Address space</th><th>Subnet</th><th>VM</th></tr>
     *   <tr><td>SalesVNet</td><td>North Europe</td><td>10.1.0.0/16</td><td>Apps 10.1.1.0/24</td><td>SalesVM 10.1.1.4</td></tr>
     *   <tr><td>MarketingVNet</td><td>North Europe</td><td>10.2.0.0/16</td><td>Apps 10.2.1.0/24</td><td>MarketingVM 10.2.1.4</td></tr>
     *   <tr><td>ResearchVNet</td><td>West Europe</td><td>10.3.0.0/16</td><td>Data 10.3.1.0/24</td><td>ResearchVM 10.3.1.4</td></tr>
     * </table>
     * No VM reaches another: unpeered networks have no routes to each other.
     *
     * <pre>{@code
     * Topology azure = ReferenceTopologies.learnModuleUnpeered();
     * azure.peer("SalesVNet").with("MarketingVNet").create();   // what unit 4 does first
     * }</pre>
     */
    public static Topology learnModuleUnpeered() {
        return learnModuleUnpeered(UnaryOperator.identity());
    }

    /**
     * {@link #learnModuleUnpeered()} with each VM's definition passed through {@code eachVm} before it is created, for
     * the VMs as {@code az vm create} builds them (a public IP and an NSG that allows SSH):
     *
     * <pre>{@code
     * Topology azure = ReferenceTopologies.learnModuleUnpeered(VirtualMachines.Definition::withAzCliDefaults);
     * }</pre>
     */
    public static Topology learnModuleUnpeered(UnaryOperator<VirtualMachines.Definition> eachVm) {
        Topology azure = Topology.create();
        azure.resourceGroups().define(LEARN_MODULE_RESOURCE_GROUP).withRegion(Region.NORTH_EUROPE).create();
        learnModuleNetwork(azure, "SalesVNet", Region.NORTH_EUROPE, "10.1", "Apps");
        learnModuleNetwork(azure, "MarketingVNet", Region.NORTH_EUROPE, "10.2", "Apps");
        learnModuleNetwork(azure, "ResearchVNet", Region.WEST_EUROPE, "10.3", "Data");
        learnModuleVm(azure, "SalesVM", "SalesVNet", "Apps", eachVm);
        learnModuleVm(azure, "MarketingVM", "MarketingVNet", "Apps", eachVm);
        learnModuleVm(azure, "ResearchVM", "ResearchVNet", "Data", eachVm);
        return azure;
    }

    /**
     * The Learn module as its unit 4 leaves it: {@link #learnModuleUnpeered()} with MarketingVNet peered both ways
     * with SalesVNet (regional peering) and with ResearchVNet (global peering), four peerings named
     * {@code SalesVNet-To-MarketingVNet}, {@code MarketingVNet-To-SalesVNet}, {@code MarketingVNet-To-ResearchVNet}
     * and {@code ResearchVNet-To-MarketingVNet}, all Connected. Unit 5's lesson holds: peering is not transitive.
     *
     * <pre>{@code
     * Topology azure = ReferenceTopologies.learnModule();
     * azure.reach("SalesVM", "MarketingVM").reachable();      // true
     * azure.reach("MarketingVM", "ResearchVM").reachable();   // true
     * azure.reach("SalesVM", "ResearchVM").reachable();       // false
     * }</pre>
     */
    public static Topology learnModule() {
        return learnModule(UnaryOperator.identity());
    }

    /** {@link #learnModule()} with each VM's definition passed through {@code eachVm}; see {@link #learnModuleUnpeered(UnaryOperator)}. */
    public static Topology learnModule(UnaryOperator<VirtualMachines.Definition> eachVm) {
        Topology azure = learnModuleUnpeered(eachVm);
        azure.peer("SalesVNet").with("MarketingVNet").create();
        azure.peer("MarketingVNet").with("ResearchVNet").create();
        return azure;
    }

    private static void learnModuleNetwork(Topology azure, String name, Region region, String prefix, String subnet) {
        azure.networks().define(name).withRegion(region).withExistingResourceGroup(LEARN_MODULE_RESOURCE_GROUP)
                .withAddressSpace(prefix + ".0.0/16").withSubnet(subnet, prefix + ".1.0/24").create();
    }

    private static void learnModuleVm(Topology azure, String name, String network, String subnet,
                                      UnaryOperator<VirtualMachines.Definition> eachVm) {
        eachVm.apply(azure.virtualMachines().define(name).withExistingPrimaryNetwork(network).withSubnet(subnet))
                .create();
    }

    // ---------------------------------------------------------------- hub and spoke

    /**
     * A hub and two spokes in West Europe, as Azure's
     * <a href="https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke">hub-spoke network
     * topology</a> lays them out, nothing peered yet:
     * <table>
     *   <caption>Networks and VMs</caption>
     *   <tr><th>Network</th><th>Address space</th><th>Subnets</th><th>VMs</th></tr>
     *   <tr><td>hub</td><td>10.0.0.0/16</td><td>default 10.0.0.0/24, nva 10.0.1.0/24, GatewaySubnet 10.0.255.0/27</td><td>none</td></tr>
     *   <tr><td>spoke1</td><td>10.1.0.0/16</td><td>app 10.1.1.0/24, web 10.1.2.0/24</td><td>spoke1-vm 10.1.1.4, spoke1-web 10.1.2.4</td></tr>
     *   <tr><td>spoke2</td><td>10.2.0.0/16</td><td>app 10.2.1.0/24</td><td>spoke2-vm 10.2.1.4</td></tr>
     * </table>
     *
     * <pre>{@code
     * Topology azure = ReferenceTopologies.hubAndSpoke();
     * azure.peer("spoke1").with("hub").create();
     * azure.peer("spoke2").with("hub").create();
     * azure.reach("spoke1-vm", "spoke2-vm").reachable();   // false: peering is not transitive
     * }</pre>
     */
    public static Topology hubAndSpoke() {
        Topology azure = Topology.create();
        azure.networks().define("hub").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("GatewaySubnet", "10.0.255.0/27").withSubnet("nva", "10.0.1.0/24")
                .withSubnet("default", "10.0.0.0/24").create();
        azure.networks().define("spoke1").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("app", "10.1.1.0/24").withSubnet("web", "10.1.2.0/24").create();
        azure.networks().define("spoke2").withRegion(Region.WEST_EUROPE).withAddressSpace("10.2.0.0/16")
                .withSubnet("app", "10.2.1.0/24").create();
        azure.virtualMachines().define("spoke1-vm").withExistingPrimaryNetwork("spoke1").withSubnet("app").create();
        azure.virtualMachines().define("spoke1-web").withExistingPrimaryNetwork("spoke1").withSubnet("web").create();
        azure.virtualMachines().define("spoke2-vm").withExistingPrimaryNetwork("spoke2").withSubnet("app").create();
        return azure;
    }

    /**
     * {@link #hubAndSpoke()} connected to an on-premises site by {@link #connectHubToOnPremises(Topology)}; the spokes
     * are not peered yet.
     *
     * <pre>{@code
     * Topology azure = ReferenceTopologies.hubAndSpokeWithVpnGateway();
     * azure.peer("spoke1").with("hub").usingGatewayOf("hub").create();
     * azure.vm("spoke1-vm").reach(azure.onPremisesHost("OnPrem", "10.100.0.10")).reachable();   // true
     * }</pre>
     */
    public static Topology hubAndSpokeWithVpnGateway() {
        return connectHubToOnPremises(hubAndSpoke());
    }

    /**
     * Adds to a topology built from {@link #hubAndSpoke()} (with or without the appliance) a route-based VPN gateway
     * {@code hub-vpn} in the hub's GatewaySubnet (10.0.255.4), connected by the site-to-site connection
     * {@code hub-to-onprem} to the on-premises site {@code OnPrem} (10.100.0.0/16, device at 203.0.113.10), as
     * <a href="https://learn.microsoft.com/azure/vpn-gateway/tutorial-site-to-site-portal">a site-to-site VPN
     * connection</a> does. No peering changes: a spoke uses the gateway only once its peering asks for it.
     *
     * <pre>{@code
     * Topology azure = ReferenceTopologies.connectHubToOnPremises(ReferenceTopologies.hubAndSpokeWithAppliance());
     * azure.peerings().update("hub", "hub-To-spoke1").allowGatewayTransit().apply();
     * azure.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways().apply();
     * }</pre>
     *
     * @param hubAndSpoke a topology built from {@link #hubAndSpoke()}, changed in place
     * @return the same topology, for chaining
     */
    public static Topology connectHubToOnPremises(Topology hubAndSpoke) {
        hubAndSpoke.virtualNetworkGateways().define("hub-vpn").withExistingNetwork("hub").withRouteBasedVpn().create();
        hubAndSpoke.localNetworkGateways().define("OnPrem").withRegion(Region.WEST_EUROPE)
                .withIPAddress("203.0.113.10").withAddressSpace("10.100.0.0/16").create();
        hubAndSpoke.connections().define("hub-to-onprem").withSiteToSite("hub-vpn", "OnPrem").create();
        return hubAndSpoke;
    }

    /**
     * {@link #hubAndSpokeWithVpnGateway()} with both spokes peered with the hub through
     * <a href="https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-peering-gateway-transit">gateway
     * transit</a>: {@code allowGatewayTransit} on {@code hub-To-spoke1} and {@code hub-To-spoke2},
     * {@code useRemoteGateways} on {@code spoke1-To-hub} and {@code spoke2-To-hub}. Each spoke reaches the site and the
     * site each spoke; the spokes still do not reach each other.
     *
     * <pre>{@code
     * Topology azure = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
     * azure.onPremisesHost("OnPrem", "10.100.0.10").reach(azure.vm("spoke2-vm")).reachable();   // true
     * azure.reach("spoke1-vm", "spoke2-vm").reachable();                                                  // false
     * }</pre>
     */
    public static Topology hubAndSpokeWithGatewayTransit() {
        Topology azure = hubAndSpokeWithVpnGateway();
        azure.peer("spoke1").with("hub").usingGatewayOf("hub").create();
        azure.peer("spoke2").with("hub").usingGatewayOf("hub").create();
        return azure;
    }

    /**
     * {@link #hubAndSpoke()} with spoke-to-spoke traffic carried by a network virtual appliance in the hub, with every
     * prerequisite Azure's
     * <a href="https://learn.microsoft.com/azure/virtual-network/virtual-network-peering-overview#service-chaining">service
     * chaining</a> needs:
     * <ol>
     *   <li>the appliance VM {@code nva} at {@value #HUB_APPLIANCE_ADDRESS} in hub/nva, with IP forwarding on its
     *       network interface;</li>
     *   <li>both spokes peered with the hub (peerings {@code spoke1-To-hub}, {@code hub-To-spoke1},
     *       {@code spoke2-To-hub}, {@code hub-To-spoke2}), {@code allowForwardedTraffic} on the spokes' side;</li>
     *   <li><a href="https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview">user routes</a>
     *       on each spoke's app subnet sending the other spoke's address space to the appliance (route tables
     *       {@code spoke1-rt} and {@code spoke2-rt}).</li>
     * </ol>
     *
     * <pre>{@code
     * Topology azure = ReferenceTopologies.hubAndSpokeWithAppliance();
     * azure.reach("spoke1-vm", "spoke2-vm").reachable();   // true, through 10.0.1.4
     * azure.networkInterfaces().updateIpForwarding("nvaVMNic", false);
     * azure.reach("spoke1-vm", "spoke2-vm").reachable();   // false: the appliance drops what is not addressed to it
     * }</pre>
     */
    public static Topology hubAndSpokeWithAppliance() {
        Topology azure = hubAndSpoke();
        azure.virtualMachines().define("nva").withExistingPrimaryNetwork("hub").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic(HUB_APPLIANCE_ADDRESS).withIpForwarding().create();
        azure.peerings().define("spoke1-To-hub").onNetwork("spoke1").withRemoteNetwork("hub").allowForwardedTraffic()
                .create();
        azure.peerings().define("hub-To-spoke1").onNetwork("hub").withRemoteNetwork("spoke1").create();
        azure.peerings().define("spoke2-To-hub").onNetwork("spoke2").withRemoteNetwork("hub").allowForwardedTraffic()
                .create();
        azure.peerings().define("hub-To-spoke2").onNetwork("hub").withRemoteNetwork("spoke2").create();
        azure.routeTables().define("spoke1-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.2.0.0/16", HUB_APPLIANCE_ADDRESS).create();
        azure.routeTables().define("spoke2-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.1.0.0/16", HUB_APPLIANCE_ADDRESS).create();
        azure.routeTables().associate("spoke1-rt", "spoke1", "app");
        azure.routeTables().associate("spoke2-rt", "spoke2", "app");
        return azure;
    }

    /**
     * The highly available NVA hub (docs/azure/load-balancers.md#ha-nva-hub): {@link #hubAndSpoke()} with two appliances
     * {@code nva1} (10.0.1.4) and {@code nva2} (10.0.1.5), IP forwarding on, behind the internal Standard load balancer
     * {@code hub-lb}: frontend {@code fe} at {@value #HUB_LOAD_BALANCER_FRONTEND} in subnet {@code hub/nva}, pool
     * {@code nvas}, TCP probe {@code ssh} on port 22 and the HA ports rule {@code ha}. The spokes are peered with the
     * hub (forwarded traffic allowed) and route the other spoke and the Internet ({@code 0.0.0.0/0}) to the frontend.
     * The appliances have no way out of their own: backends of a Standard load balancer get no default outbound
     * access (docs/azure/outbound-access.md#load-balancers), so the spokes' Internet traffic stops at them until
     * subnet {@code hub/nva} has a NAT gateway.
     *
     * <pre>{@code
     * Topology azure = ReferenceTopologies.hubAndSpokeWithHaAppliances();
     * azure.reach("spoke1-vm", "spoke2-vm").reachable();   // true, through a healthy NVA the load balancer chose
     * }</pre>
     */
    public static Topology hubAndSpokeWithHaAppliances() {
        Topology azure = hubAndSpoke();
        azure.virtualMachines().define("nva1").withExistingPrimaryNetwork("hub").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.0.1.4").withIpForwarding().create();
        azure.virtualMachines().define("nva2").withExistingPrimaryNetwork("hub").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.0.1.5").withIpForwarding().create();
        azure.loadBalancers().define("hub-lb").withRegion(Region.WEST_EUROPE)
                .withPrivateFrontend("fe", "hub", "nva", HUB_LOAD_BALANCER_FRONTEND)
                .withBackendPool("nvas", "nva1", "nva2")
                .withTcpProbe("ssh", 22)
                .withHaPortsRule("ha", "fe", "nvas", "ssh")
                .create();
        for (String spoke : List.of("spoke1", "spoke2")) {
            azure.peerings().define(spoke + "-To-hub").onNetwork(spoke).withRemoteNetwork("hub")
                    .allowForwardedTraffic().create();
            azure.peerings().define("hub-To-" + spoke).onNetwork("hub").withRemoteNetwork(spoke)
                    .allowForwardedTraffic().create();
        }
        azure.routeTables().define("spoke1-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.2.0.0/16", HUB_LOAD_BALANCER_FRONTEND)
                .withRouteViaVirtualAppliance("0.0.0.0/0", HUB_LOAD_BALANCER_FRONTEND).create();
        azure.routeTables().define("spoke2-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.1.0.0/16", HUB_LOAD_BALANCER_FRONTEND)
                .withRouteViaVirtualAppliance("0.0.0.0/0", HUB_LOAD_BALANCER_FRONTEND).create();
        azure.routeTables().associate("spoke1-rt", "spoke1", "app");
        azure.routeTables().associate("spoke2-rt", "spoke2", "app");
        return azure;
    }
}
