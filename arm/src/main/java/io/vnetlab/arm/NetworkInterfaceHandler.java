package io.vnetlab.arm;

import io.vnetlab.controlplane.NicRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code Microsoft.Network/networkInterfaces}: its primary IP configuration (the one marked {@code primary}, else
 * the first) with a static or dynamic private address (docs/azure/addressing.md#private-ip-allocation), IP forwarding
 * (docs/azure/routing.md#ip-forwarding), and its NSG, application security groups and public IP where those types are
 * simulated.
 */
final class NetworkInterfaceHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/networkInterfaces";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        JsonNode configs = r.at(p, "ipConfigurations").filter(JsonNode::isArray).filter(a -> a.size() > 0)
                .orElseThrow(() -> new PathError(r.path() + ".properties.ipConfigurations", "Network interface '"
                        + r.id().name() + "' has no ipConfigurations; it needs one with a subnet."));
        int chosen = 0;
        for (int i = 0; i < configs.size(); i++) {
            if (r.flag(Values.property(configs.get(i), "properties").orElse(Values.object()), "primary")) {
                chosen = i;
            }
        }
        final int primary = chosen;
        // a dual-stack interface's IPv6 configuration is simulated beside the primary one
        // (docs/azure/ipv6.md#network-interfaces); any other extra configuration is not
        int ipv6 = -1;
        for (int i = 0; i < configs.size(); i++) {
            JsonNode props = Values.property(configs.get(i), "properties").orElse(Values.object());
            if (i != primary && ipv6 < 0 && r.text(props, "privateIPAddressVersion").filter("IPv6"::equalsIgnoreCase)
                    .isPresent()) {
                ipv6 = i;
            }
        }
        int simulated = ipv6 < 0 ? 1 : 2;
        if (configs.size() > simulated) {
            r.warn("network interface '" + r.id().name() + "' has " + configs.size() + " IP configurations; only"
                    + (simulated == 1 ? " the primary one is" : " the primary one and its IPv6 one are")
                    + " simulated.");
        }
        JsonNode config = Values.property(configs.get(primary), "properties").orElse(Values.object());
        ResourceId subnet = r.reference(config, "subnet").orElseThrow(() -> new PathError(r.path()
                + ".properties.ipConfigurations[" + primary + "].properties.subnet", "IP configuration of network"
                + " interface '" + r.id().name() + "' has no subnet.id."));
        String method = r.text(config, "privateIPAllocationMethod").orElse("Dynamic");
        Optional<String> address = r.text(config, "privateIPAddress");
        String staticAddress = method.equalsIgnoreCase("Static") ? address.orElseThrow(() -> new PathError(r.path()
                + ".properties.ipConfigurations[" + primary + "].properties.privateIPAddress", "IP configuration of"
                + " network interface '" + r.id().name() + "' is Static but has no privateIPAddress.")) : null;
        List<ResourceId> asgs = new ArrayList<>();
        JsonNode asgList = r.at(config, "applicationSecurityGroups").orElse(Values.NODES.arrayNode());
        for (int i = 0; i < asgList.size(); i++) {
            r.association(asgList, String.valueOf(i), "application security group").ifPresent(asgs::add);
        }
        // Azure keeps the IP configuration's name as the template gives it
        String configName = r.text(configs.get(primary), "name").orElse("ipconfig1");
        NicRequest request = new NicRequest(r.id(), r.region(), subnet, staticAddress,
                r.flag(p, "enableIPForwarding"), r.association(p, "networkSecurityGroup", "network security group")
                .orElse(null), asgs, r.association(config, "publicIPAddress", "public IP address").orElse(null))
                .withIpv6(ipv6 >= 0).withIpConfigurationName(configName);
        io.vnetlab.model.NetworkInterface nic = r.batch().putNetworkInterface(request);
        // recorded and shown, not simulated (docs/azure/addressing.md#accelerated-networking)
        boolean accelerated = r.flag(p, "enableAcceleratedNetworking");
        r.batch().apply(st -> io.vnetlab.controlplane.ResourceManager.putAcceleratedNetworking(st, nic.id(),
                accelerated));
        // recorded and shown, not simulated (docs/azure/addressing.md#dns-servers)
        List<String> dnsServers = new ArrayList<>();
        JsonNode servers = r.at(p, "dnsSettings.dnsServers").orElse(Values.NODES.arrayNode());
        for (int i = 0; i < servers.size(); i++) {
            String server = r.text(servers, String.valueOf(i), "dnsSettings.dnsServers[" + i + "]").orElse("");
            if (!io.vnetlab.address.IpAddress.isValid(server)) {
                throw new PathError(r.path() + ".properties.dnsSettings.dnsServers[" + i + "]", "DNS server '"
                        + server + "' of network interface '" + r.id().name() + "' is not an IP address.");
            }
            dnsServers.add(server);
        }
        String label = r.at(p, "dnsSettings.internalDnsNameLabel").filter(JsonNode::isTextual)
                .map(JsonNode::textValue).orElse(null);
        r.batch().apply(st -> io.vnetlab.controlplane.ResourceManager.putInterfaceDnsSettings(st, nic.id(),
                dnsServers, label));
        joinLoadBalancer(r, config, r.id().child("ipConfigurations", configName));
        if (ipv6 >= 0) {
            // the IPv6 configuration keeps its declared name, as Azure does (docs/azure/ipv6.md#network-interfaces)
            String ipv6Name = r.text(configs.get(ipv6), "name")
                    .orElse(io.vnetlab.model.NetworkInterface.DEFAULT_IPV6_CONFIGURATION_NAME);
            r.batch().apply(st -> io.vnetlab.controlplane.ResourceManager.nameIpv6Configuration(st, nic.id(),
                    ipv6Name));
            joinLoadBalancer(r, Values.property(configs.get(ipv6), "properties").orElse(Values.object()),
                    r.id().child("ipConfigurations", ipv6Name));
        }
        return Views.networkInterface(r.batch().state(), r.batch().state().networkInterface(nic.id()).orElseThrow());
    }

    /**
     * The IP configuration's side of load balancer membership: its backend pools and inbound NAT rules
     * (docs/azure/load-balancers.md#backend-pools).
     */
    private static void joinLoadBalancer(ResourceContext r, JsonNode config, ResourceId ipConfiguration) {
        JsonNode pools = r.at(config, "loadBalancerBackendAddressPools").orElse(Values.NODES.arrayNode());
        for (int i = 0; i < pools.size(); i++) {
            r.reference(pools, String.valueOf(i)).filter(pool -> simulatedLoadBalancer(r, pool, ipConfiguration))
                    .ifPresent(pool -> r.batch().apply(s -> io.vnetlab.controlplane.ResourceManager
                            .setBackendPoolMembership(s, pool, ipConfiguration, true)));
        }
        JsonNode nats = r.at(config, "loadBalancerInboundNatRules").orElse(Values.NODES.arrayNode());
        for (int i = 0; i < nats.size(); i++) {
            r.reference(nats, String.valueOf(i)).filter(rule -> simulatedLoadBalancer(r, rule, ipConfiguration))
                    .ifPresent(rule -> r.batch().apply(s -> io.vnetlab.controlplane.ResourceManager
                            .setInboundNatRuleTarget(s, rule, ipConfiguration)));
        }
    }

    /**
     * Whether {@code part} (a pool or NAT rule) belongs to a simulated load balancer; a part of one the deployment
     * recorded as not simulated (a Gateway load balancer) joins nothing, with a warning.
     */
    private static boolean simulatedLoadBalancer(ResourceContext r, ResourceId part, ResourceId ipConfiguration) {
        boolean recordOnly = part.parent().filter(lb -> r.batch().state().get(NotSimulatedResource.class, lb)
                .isPresent()).isPresent();
        if (recordOnly) {
            r.warn("network interface '" + ipConfiguration.parent().map(ResourceId::name).orElse("") + "': "
                    + part.parent().map(ResourceId::name).orElse("") + "/" + part.name() + " belongs to a load"
                    + " balancer that is not simulated; the membership has no effect on the network.");
        }
        return !recordOnly;
    }
}
