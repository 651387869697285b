package io.vnetlab.az;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.address.Cidr;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.Subscription;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Resources as the CLI prints them. ARM's {@code properties} are flattened into the resource, as the CLI does,
 * and {@code resourceGroup} is added last (AZURE-SEMANTICS §2.2.3). Keys are inserted in the order the CLI's own
 * objects hold them (top-level keys alphabetically, the flattened properties in the {@code properties} slot), which
 * is what {@code --query} filters and {@code -o table} with a query show; {@code -o json} sorts them anyway.
 */
final class Shapes {

    private Shapes() {
    }

    static String etag(ResourceId id) {
        return "W/\"" + guid("etag:" + id) + "\"";
    }

    static String guid(String seed) {
        return UUID.nameUUIDFromBytes(seed.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static ObjectNode resourceGroup(ResourceGroup g) {
        ObjectNode o = Json.object();
        o.put("id", g.id().toString());
        o.put("location", g.region().name());
        o.putNull("managedBy");
        o.put("name", g.name());
        o.putObject("properties").put("provisioningState", "Succeeded");
        o.putNull("tags");
        o.put("type", "Microsoft.Resources/resourceGroups");
        return o;
    }

    static ObjectNode account(Subscription s, String tenantId) {
        ObjectNode o = Json.object();
        o.put("environmentName", "AzureCloud");
        o.put("homeTenantId", tenantId);
        o.put("id", s.id());
        o.put("isDefault", true);
        o.putArray("managedByTenants");
        o.put("name", s.name());
        o.put("state", "Enabled");
        o.put("tenantId", tenantId);
        ObjectNode user = o.putObject("user");
        user.put("name", "vnetlab@example.com");
        user.put("type", "user");
        return o;
    }

    static ObjectNode vnet(TopologyState state, VirtualNetwork n) {
        ObjectNode o = Json.object();
        o.put("etag", etag(n.id()));
        o.put("id", n.id().toString());
        o.put("location", n.region().name());
        o.put("name", n.name());
        o.set("addressSpace", addressSpace(n.addressSpace()));
        o.putObject("dhcpOptions").putArray("dnsServers");
        o.put("enableDdosProtection", false);
        o.put("provisioningState", "Succeeded");
        o.put("resourceGuid", n.resourceGuid());
        ArrayNode subnets = o.putArray("subnets");
        n.subnets().forEach(s -> subnets.add(subnet(state, s)));
        o.put("type", "Microsoft.Network/virtualNetworks");
        ArrayNode peerings = o.putArray("virtualNetworkPeerings");
        state.peeringsOf(n.id()).forEach(p -> peerings.add(peering(p)));
        o.put("resourceGroup", n.resourceGroup());
        return o;
    }

    static ObjectNode addressSpace(List<Cidr> prefixes) {
        ObjectNode o = Json.object();
        o.set("addressPrefixes", Json.strings(prefixes));
        return o;
    }

    static ObjectNode subnet(TopologyState state, Subnet s) {
        ObjectNode o = Json.object();
        o.put("etag", etag(s.id()));
        o.put("id", s.id().toString());
        o.put("name", s.name());
        o.put("addressPrefix", s.addressPrefix().toString());
        o.putArray("delegations");
        List<NetworkInterface> nics = state.networkInterfacesIn(s.id());
        if (!nics.isEmpty()) {
            ArrayNode configs = o.putArray("ipConfigurations");
            nics.forEach(nic -> configs.add(Json.reference(ipConfigurationId(nic))));
        }
        if (s.networkSecurityGroupId() != null) {
            o.set("networkSecurityGroup", Json.reference(s.networkSecurityGroupId()));
        }
        o.put("privateEndpointNetworkPolicies", "Disabled");
        o.put("privateLinkServiceNetworkPolicies", "Enabled");
        o.put("provisioningState", "Succeeded");
        if (s.routeTableId() != null) {
            o.set("routeTable", Json.reference(s.routeTableId()));
        }
        o.put("type", "Microsoft.Network/virtualNetworks/subnets");
        o.put("resourceGroup", s.id().resourceGroup());
        return o;
    }

    static ObjectNode peering(Peering p) {
        ObjectNode o = Json.object();
        o.put("etag", etag(p.id()));
        o.put("id", p.id().toString());
        o.put("name", p.name());
        o.put("allowForwardedTraffic", p.allowForwardedTraffic());
        o.put("allowGatewayTransit", p.allowGatewayTransit());
        o.put("allowVirtualNetworkAccess", p.allowVirtualNetworkAccess());
        o.put("doNotVerifyRemoteGateways", false);
        o.put("peeringState", p.state().name());
        o.put("peeringSyncLevel", p.syncLevel().name());
        o.put("provisioningState", "Succeeded");
        o.set("remoteAddressSpace", addressSpace(p.remoteAddressSpace()));
        o.set("remoteVirtualNetwork", Json.reference(p.remoteNetworkId()));
        o.set("remoteVirtualNetworkAddressSpace", addressSpace(p.remoteVirtualNetworkAddressSpace()));
        o.put("resourceGuid", p.resourceGuid());
        o.put("type", "Microsoft.Network/virtualNetworks/virtualNetworkPeerings");
        o.put("useRemoteGateways", p.useRemoteGateways());
        o.put("resourceGroup", p.resourceGroup());
        return o;
    }

    static ResourceId ipConfigurationId(NetworkInterface nic) {
        return nic.id().child("ipConfigurations", ipConfigurationName(nic));
    }

    /** {@code az vm create} names the IP configuration {@code ipconfig<vm>}. */
    static String ipConfigurationName(NetworkInterface nic) {
        return nic.virtualMachine().map(vm -> "ipconfig" + vm.name()).orElse("ipconfig1");
    }

    /** A stable MAC address per interface, in Azure's {@code 00-0D-3A-..} form. */
    static String macAddress(NetworkInterface nic) {
        String hex = guid(nic.id().toString()).replace("-", "").toUpperCase(Locale.ROOT);
        return "00-0D-3A-" + hex.substring(0, 2) + "-" + hex.substring(2, 4) + "-" + hex.substring(4, 6);
    }

    static ObjectNode nic(NetworkInterface nic) {
        ObjectNode o = Json.object();
        o.put("etag", etag(nic.id()));
        o.put("id", nic.id().toString());
        o.put("location", nic.region().name());
        o.put("name", nic.name());
        o.put("auxiliaryMode", "None");
        o.put("auxiliarySku", "None");
        o.put("disableTcpStateTracking", false);
        ObjectNode dns = o.putObject("dnsSettings");
        dns.putArray("appliedDnsServers");
        dns.putArray("dnsServers");
        o.put("enableAcceleratedNetworking", false);
        o.put("enableIPForwarding", nic.ipForwarding());
        o.putArray("hostedWorkloads");
        ObjectNode config = o.putArray("ipConfigurations").addObject();
        if (!nic.applicationSecurityGroupIds().isEmpty()) {
            ArrayNode asgs = config.putArray("applicationSecurityGroups");
            nic.applicationSecurityGroupIds().forEach(id -> asgs.add(Json.reference(id)));
        }
        ResourceId configId = ipConfigurationId(nic);
        config.put("etag", etag(configId));
        config.put("id", configId.toString());
        config.put("name", ipConfigurationName(nic));
        config.put("primary", true);
        config.put("privateIPAddress", nic.privateIpAddress().toString());
        config.put("privateIPAddressVersion", "IPv4");
        config.put("privateIPAllocationMethod", nic.allocationMethod().name());
        config.put("provisioningState", "Succeeded");
        if (nic.publicIpAddressId() != null) {
            config.set("publicIPAddress", Json.reference(nic.publicIpAddressId()));
        }
        config.set("subnet", Json.reference(nic.subnetId()));
        config.put("type", "Microsoft.Network/networkInterfaces/ipConfigurations");
        config.put("resourceGroup", nic.resourceGroup());
        o.put("macAddress", macAddress(nic));
        if (nic.networkSecurityGroupId() != null) {
            o.set("networkSecurityGroup", Json.reference(nic.networkSecurityGroupId()));
        }
        o.put("nicType", "Standard");
        o.put("primary", true);
        o.put("provisioningState", "Succeeded");
        o.put("resourceGuid", guid("nic:" + nic.id()));
        o.putArray("tapConfigurations");
        nic.virtualMachine().ifPresent(vm -> o.set("virtualMachine", Json.reference(vm)));
        o.put("vnetEncryptionSupported", false);
        o.putObject("tags");
        o.put("type", "Microsoft.Network/networkInterfaces");
        o.put("resourceGroup", nic.resourceGroup());
        return o;
    }

    static ObjectNode vm(TopologyState state, VirtualMachine vm, Session.VmDetails details, boolean showDetails) {
        ObjectNode o = Json.object();
        o.putObject("hardwareProfile").put("vmSize", details.size());
        o.put("id", vm.id().toString());
        o.put("location", vm.region().name());
        o.put("name", vm.name());
        ArrayNode nics = o.putObject("networkProfile").putArray("networkInterfaces");
        for (ResourceId nicId : vm.networkInterfaceIds()) {
            ObjectNode ref = Json.reference(nicId);
            ref.put("primary", nicId.equals(vm.primaryNetworkInterfaceId()));
            nics.add(ref);
        }
        ObjectNode os = o.putObject("osProfile");
        os.put("adminUsername", details.adminUsername());
        os.put("computerName", vm.name());
        o.put("provisioningState", "Succeeded");
        ObjectNode image = o.putObject("storageProfile").putObject("imageReference");
        image.put("alias", details.image());
        o.put("type", "Microsoft.Compute/virtualMachines");
        o.put("vmId", guid("vm:" + vm.id()));
        o.put("resourceGroup", vm.resourceGroup());
        if (showDetails) {
            o.put("fqdns", "");
            NetworkInterface primary = state.primaryNetworkInterface(vm);
            o.put("macAddresses", macAddress(primary));
            o.put("powerState", "VM running");
            o.put("privateIps", vm.networkInterfaceIds().stream().map(id -> state.networkInterface(id).orElseThrow()
                    .privateIpAddress().toString()).reduce((a, b) -> a + "," + b).orElse(""));
            o.put("publicIps", publicIps(state, vm));
        }
        return o;
    }

    /** The VM's public addresses, comma-joined as {@code az vm show -d} prints {@code publicIps}. */
    static String publicIps(TopologyState state, VirtualMachine vm) {
        List<String> ips = new java.util.ArrayList<>();
        for (ResourceId nicId : vm.networkInterfaceIds()) {
            state.networkInterface(nicId).map(NetworkInterface::publicIpAddressId)
                    .flatMap(id -> state.get(io.vnetlab.model.PublicIpAddress.class, id))
                    .ifPresent(pip -> ips.add(pip.ipAddress().toString()));
        }
        return String.join(",", ips);
    }

    static ObjectNode effectiveRoutes(EffectiveRouteTable table) {
        ObjectNode o = Json.object();
        o.putNull("nextLink");
        ArrayNode value = o.putArray("value");
        for (EffectiveRoute r : table.routes()) {
            ObjectNode route = value.addObject();
            route.set("addressPrefix", Json.strings(List.of(r.addressPrefix())));
            route.put("disableBgpRoutePropagation", false);
            if (r.name() == null) {
                route.putNull("name");
            } else {
                route.put("name", r.name());
            }
            route.set("nextHopIpAddress", Json.strings(r.nextHopIpAddresses()));
            route.put("nextHopType", r.nextHopType().name());
            route.put("source", r.source().name());
            route.put("state", r.state().name());
        }
        return o;
    }
}
