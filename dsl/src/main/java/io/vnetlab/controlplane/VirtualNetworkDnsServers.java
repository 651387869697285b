package io.vnetlab.controlplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.Arguments;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * The DNS servers virtual network {@code networkId} gives its interfaces ({@code dhcpOptions.dnsServers}), in order:
 * recorded and shown as Azure shows them; what they answer is not simulated: a VM that asks them gets
 * {@code CUSTOM_DNS_NOT_SIMULATED} (docs/azure/private-dns.md#resolution)
 * (docs/azure/addressing.md#dns-servers). A network without custom servers has no such record; the public door is
 * {@link ResourceManager#putDnsServers} and {@link ResourceManager#dnsServers}.
 */
record VirtualNetworkDnsServers(ResourceId networkId, List<String> servers) {

    /** A network PUT's servers: they replace those recorded, and none leaves the network on Azure's DNS. */
    static TopologyState put(TopologyState s, ResourceId networkId, List<String> servers) {
        if (!servers.isEmpty()) {
            return s.with(VirtualNetworkDnsServers.class, networkId, new VirtualNetworkDnsServers(networkId, servers));
        }
        return s.get(VirtualNetworkDnsServers.class, networkId).isPresent()
                ? s.without(VirtualNetworkDnsServers.class, networkId) : s;
    }

    VirtualNetworkDnsServers {
        Arguments.requireGiven(networkId, "virtual network id");
        Arguments.requireGiven(servers, "DNS servers");
        servers = List.copyOf(servers);
        for (String server : servers) {
            if (!IpAddress.isValid(server)) {
                throw new IllegalArgumentException("DNS server '" + server + "' is not an IP address.");
            }
        }
    }
}
