package io.vnetlab.arm.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.IpConfiguration;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.ServiceEndpoint;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;

import static io.vnetlab.arm.json.ArmObjects.addressSpace;
import static io.vnetlab.arm.json.ArmObjects.properties;
import static io.vnetlab.arm.json.ArmObjects.reference;
import static io.vnetlab.arm.json.ArmObjects.references;
import static io.vnetlab.arm.json.ArmObjects.resource;

/** Networks, subnets, peerings, interfaces and VMs, and the appliances simulated as interfaces. */
final class NetworkJson {

    static final String FIREWALL = "Microsoft.Network/azureFirewalls";
    static final String BASTION = "Microsoft.Network/bastionHosts";

    private NetworkJson() {
    }

    static ObjectNode virtualNetwork(TopologyState state, VirtualNetwork n) {
        ObjectNode o = resource(n.id(), "Microsoft.Network/virtualNetworks", n.region().name(), true);
        ObjectNode p = properties(o);
        p.set("addressSpace", addressSpace(n.addressSpace()));
        ArrayNode dnsServers = p.putObject("dhcpOptions").putArray("dnsServers");
        ResourceManager.dnsServers(state, n.id()).forEach(dnsServers::add);
        p.put("enableDdosProtection", false);
        p.put("resourceGuid", n.resourceGuid());
        ArrayNode subnets = p.putArray("subnets");
        n.subnets().forEach(s -> subnets.add(subnet(state, s)));
        ArrayNode peerings = p.putArray("virtualNetworkPeerings");
        state.peeringsOf(n.id()).forEach(peering -> peerings.add(peering(peering)));
        return o;
    }

    static ObjectNode subnet(TopologyState state, Subnet s) {
        ObjectNode o = resource(s.id(), "Microsoft.Network/virtualNetworks/subnets", null, true);
        ObjectNode p = properties(o);
        p.put("addressPrefix", s.addressPrefix().toString());
        s.ipv6Prefix().ifPresent(v6 -> p.set("addressPrefixes", ArmObjects.strings(s.addressPrefixes())));
        if (s.defaultOutboundAccess() != null) {
            p.put("defaultOutboundAccess", s.defaultOutboundAccess());
        }
        p.putArray("delegations");
        s.natGateway().ifPresent(id -> p.set("natGateway", reference(id)));
        List<NetworkInterface> nics = state.networkInterfacesIn(s.id());
        if (!nics.isEmpty()) {
            p.set("ipConfigurations", references(nics.stream().map(NetworkJson::ipConfigurationId).toList()));
        }
        s.networkSecurityGroup().ifPresent(id -> p.set("networkSecurityGroup", reference(id)));
        p.put("privateEndpointNetworkPolicies", s.privateEndpointPolicies().name());
        List<ResourceId> endpoints = state.all(io.vnetlab.model.PrivateEndpoint.class).stream()
                .filter(e -> e.subnetId().equals(s.id())).map(io.vnetlab.model.PrivateEndpoint::id).toList();
        if (!endpoints.isEmpty()) {
            p.set("privateEndpoints", references(endpoints));
        }
        p.put("privateLinkServiceNetworkPolicies", "Enabled");
        s.routeTable().ifPresent(id -> p.set("routeTable", reference(id)));
        // left out when there is none, as Azure answers once they are removed (docs/azure/service-endpoints.md#output)
        if (!s.serviceEndpoints().isEmpty()) {
            ArrayNode services = p.putArray("serviceEndpoints");
            s.serviceEndpoints().forEach(e -> services.add(serviceEndpoint(e)));
        }
        return o;
    }

    /** One service endpoint as Azure lists it: locations, provisioning state, service. */
    private static ObjectNode serviceEndpoint(ServiceEndpoint endpoint) {
        ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        o.set("locations", ArmObjects.strings(endpoint.locations()));
        o.put("provisioningState", "Succeeded");
        o.put("service", endpoint.service().serviceName());
        return o;
    }

    static ObjectNode peering(Peering peering) {
        ObjectNode o = resource(peering.id(), "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", null, true);
        ObjectNode p = properties(o);
        p.put("allowForwardedTraffic", peering.allowForwardedTraffic());
        p.put("allowGatewayTransit", peering.allowGatewayTransit());
        p.put("allowVirtualNetworkAccess", peering.allowVirtualNetworkAccess());
        p.put("doNotVerifyRemoteGateways", false);
        // the subnet peering properties, only on subnet peerings (docs/azure/decisions.md#subnet-peering-fields)
        boolean subnets = peering.isSubnetPeering();
        if (subnets) {
            p.put("enableOnlyIPv6Peering", peering.scope().enableOnlyIPv6Peering());
            ArrayNode local = p.putArray("localSubnetNames");
            peering.scope().localSubnetNames().forEach(local::add);
            p.put("peerCompleteVnets", false);
        }
        p.put("peeringState", peering.state().name());
        p.put("peeringSyncLevel", peering.syncLevel().name());
        p.set("remoteAddressSpace", addressSpace(peering.remoteAddressSpace()));
        if (subnets) {
            ArrayNode remote = p.putArray("remoteSubnetNames");
            peering.scope().remoteSubnetNames().forEach(remote::add);
        }
        p.set("remoteVirtualNetwork", reference(peering.remoteNetworkId()));
        p.set("remoteVirtualNetworkAddressSpace", addressSpace(peering.remoteVirtualNetworkAddressSpace()));
        p.put("resourceGuid", peering.resourceGuid());
        p.put("useRemoteGateways", peering.useRemoteGateways());
        return o;
    }

    /** The id of an interface's (single, primary) IP configuration. */
    static ResourceId ipConfigurationId(NetworkInterface nic) {
        return nic.id().child("ipConfigurations", nic.primaryIpConfigurationName());
    }

    static ObjectNode networkInterface(NetworkInterface nic) {
        ObjectNode o = resource(nic.id(), "Microsoft.Network/networkInterfaces", nic.region().name(), true);
        o.putObject("tags");
        ObjectNode p = properties(o);
        p.put("auxiliaryMode", "None");
        p.put("auxiliarySku", "None");
        p.put("disableTcpStateTracking", false);
        ObjectNode dns = p.putObject("dnsSettings");
        dns.putArray("appliedDnsServers");
        dns.putArray("dnsServers");
        p.put("enableAcceleratedNetworking", false);
        p.put("enableIPForwarding", nic.ipForwarding());
        p.putArray("hostedWorkloads");
        ObjectNode config = resource(ipConfigurationId(nic), "Microsoft.Network/networkInterfaces/ipConfigurations",
                null, true);
        ObjectNode cp = properties(config);
        if (!nic.applicationSecurityGroupIds().isEmpty()) {
            cp.set("applicationSecurityGroups", references(nic.applicationSecurityGroupIds()));
        }
        cp.put("primary", true);
        cp.put("privateIPAddress", nic.privateIpAddress().toString());
        cp.put("privateIPAddressVersion", "IPv4");
        cp.put("privateIPAllocationMethod", nic.allocationMethod().name());
        nic.publicIpAddress().ifPresent(id -> cp.set("publicIPAddress", reference(id)));
        cp.set("subnet", reference(nic.subnetId()));
        ArrayNode configurations = p.putArray("ipConfigurations").add(config);
        nic.secondaryIpConfigurations().forEach(c -> configurations.add(secondaryIpConfiguration(nic, c)));
        nic.ipv6IpConfigurationName().ifPresent(name -> configurations.add(ipv6IpConfiguration(nic, name)));
        p.put("macAddress", StableIds.macAddress(nic));
        nic.networkSecurityGroup().ifPresent(id -> p.set("networkSecurityGroup", reference(id)));
        p.put("nicType", "Standard");
        p.put("primary", true);
        p.put("resourceGuid", StableIds.guid("nic:" + nic.id()));
        p.putArray("tapConfigurations");
        nic.virtualMachine().ifPresent(vm -> p.set("virtualMachine", reference(vm)));
        p.put("vnetEncryptionSupported", false);
        return o;
    }

    private static ObjectNode secondaryIpConfiguration(NetworkInterface nic, IpConfiguration c) {
        ObjectNode config = resource(nic.id().child("ipConfigurations", c.name()),
                "Microsoft.Network/networkInterfaces/ipConfigurations", null, true);
        ObjectNode cp = properties(config);
        cp.put("primary", false);
        cp.put("privateIPAddress", c.privateIpAddress().toString());
        cp.put("privateIPAddressVersion", "IPv4");
        cp.put("privateIPAllocationMethod", c.allocationMethod().name());
        if (c.publicIpAddressId() != null) {
            cp.set("publicIPAddress", reference(c.publicIpAddressId()));
        }
        cp.set("subnet", reference(nic.subnetId()));
        return config;
    }

    /** The interface's IPv6 configuration: a dynamic address from its subnet's IPv6 prefix. */
    private static ObjectNode ipv6IpConfiguration(NetworkInterface nic, String name) {
        ObjectNode config = resource(nic.id().child("ipConfigurations", name),
                "Microsoft.Network/networkInterfaces/ipConfigurations", null, true);
        ObjectNode cp = properties(config);
        cp.put("primary", false);
        cp.put("privateIPAddress", nic.privateIpv6Address().toString());
        cp.put("privateIPAddressVersion", "IPv6");
        cp.put("privateIPAllocationMethod", "Dynamic");
        cp.set("subnet", reference(nic.subnetId()));
        return config;
    }

    /** As far as networking sees a VM: its interfaces, the primary one first and marked so. */
    static ObjectNode virtualMachine(VirtualMachine vm) {
        ObjectNode o = resource(vm.id(), "Microsoft.Compute/virtualMachines", vm.region().name(), false);
        ObjectNode p = properties(o);
        ArrayNode nics = p.putObject("networkProfile").putArray("networkInterfaces");
        for (ResourceId nicId : vm.networkInterfaceIds()) {
            ObjectNode ref = reference(nicId);
            ref.putObject("properties").put("primary", nicId.equals(vm.primaryNetworkInterfaceId()));
            nics.add(ref);
        }
        p.put("vmId", StableIds.guid("vm:" + vm.id()));
        return o;
    }

    /** An Azure Firewall, simulated as a forwarding interface that carries the firewall's id. */
    static ObjectNode azureFirewall(NetworkInterface nic) {
        return appliance(nic, FIREWALL, "azureFirewallIpConfigurations", "ipconfig1", null);
    }

    /** A Bastion host, simulated as an interface that carries the Bastion's id. */
    static ObjectNode bastionHost(NetworkInterface nic) {
        return appliance(nic, BASTION, "bastionHostIpConfigurations", "IpConf", "Dynamic");
    }

    /** {@code allocation}: the IP configuration's {@code privateIPAllocationMethod}, where the type has one. */
    private static ObjectNode appliance(NetworkInterface nic, String type, String configType, String configName,
                                        String allocation) {
        ObjectNode o = resource(nic.id(), type, nic.region().name(), true);
        ObjectNode config = resource(nic.id().child(configType, configName), type + "/" + configType, null, true);
        ObjectNode cp = properties(config);
        cp.put("privateIPAddress", nic.privateIpAddress().toString());
        if (allocation != null) {
            cp.put("privateIPAllocationMethod", allocation);
        }
        cp.set("subnet", reference(nic.subnetId()));
        properties(o).putArray("ipConfigurations").add(config);
        return o;
    }
}
