package io.vnetlab.controlplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.Arguments;
import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The DNS servers virtual network {@code networkId} gives its interfaces ({@code dhcpOptions.dnsServers}), in order:
 * recorded and shown as Azure shows them, not simulated, since vnetlab resolves no names
 * (docs/azure/addressing.md#dns-servers). A network without custom servers has no such record. <b>API.</b>
 *
 * <pre>{@code
 * batch.putRecord(VirtualNetworkDnsServers.class, vnetId,
 *         new VirtualNetworkDnsServers(vnetId, List.of("10.0.0.4", "10.0.0.5")));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VirtualNetworkDnsServers(ResourceId networkId, List<String> servers) {
    /**
     * The PUT of a network's servers as a network PUT carries them: {@code servers} replace those recorded, and none
     * leaves the network without custom servers (Azure's DNS).
     */
    public static void put(ResourceBatch batch, ResourceId networkId, List<String> servers) {
        if (servers.isEmpty()) {
            if (batch.state().get(VirtualNetworkDnsServers.class, networkId).isPresent()) {
                batch.removeRecord(VirtualNetworkDnsServers.class, networkId);
            }
        } else {
            batch.putRecord(VirtualNetworkDnsServers.class, networkId, new VirtualNetworkDnsServers(networkId, servers));
        }
    }

    public VirtualNetworkDnsServers {
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
