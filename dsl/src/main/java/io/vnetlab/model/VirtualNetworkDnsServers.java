package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The custom DNS servers of a virtual network ({@code dhcpOptions.dnsServers}): its machines ask them instead of
 * Azure-provided DNS, and vnetlab does not simulate what they answer (docs/azure/private-dns.md#resolution).
 *
 * <pre>{@code
 * topology.state().get(VirtualNetworkDnsServers.class, hubId).map(VirtualNetworkDnsServers::servers);   // [10.0.0.4]
 * }</pre>
 *
 * @param networkId the virtual network
 * @param servers the servers' addresses, in the order given
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VirtualNetworkDnsServers(ResourceId networkId, List<String> servers) {

    public VirtualNetworkDnsServers {
        Arguments.requireGiven(networkId, "virtual network id");
        servers = Arguments.requireList(servers, "DNS servers");
    }
}
