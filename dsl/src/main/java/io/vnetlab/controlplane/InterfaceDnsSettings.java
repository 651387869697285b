package io.vnetlab.controlplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.Arguments;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * The DNS settings network interface {@code networkInterfaceId} names itself ({@code dnsSettings}): its own DNS
 * servers, which take precedence over its network's, and the host name it registers in Azure's internal DNS
 * ({@code internalDnsNameLabel}, none when {@code null}). Recorded and shown, not simulated: vnetlab resolves no
 * names (docs/azure/addressing.md#dns-servers). An interface with neither has no such record; the public door is
 * {@link ResourceManager#putInterfaceDnsSettings} and its readers.
 */
record InterfaceDnsSettings(ResourceId networkInterfaceId, List<String> servers, String internalDnsNameLabel) {

    /** An interface PUT's settings: they replace those recorded; none removes the record. */
    static TopologyState put(TopologyState s, ResourceId nicId, List<String> servers, String label) {
        boolean none = servers.isEmpty() && (label == null || label.isEmpty());
        if (!none) {
            return s.with(InterfaceDnsSettings.class, nicId, new InterfaceDnsSettings(nicId, servers,
                    label == null || label.isEmpty() ? null : label));
        }
        return s.get(InterfaceDnsSettings.class, nicId).isPresent() ? s.without(InterfaceDnsSettings.class, nicId) : s;
    }

    InterfaceDnsSettings {
        Arguments.requireGiven(networkInterfaceId, "network interface id");
        Arguments.requireGiven(servers, "DNS servers");
        servers = List.copyOf(servers);
        for (String server : servers) {
            if (!IpAddress.isValid(server)) {
                throw new IllegalArgumentException("DNS server '" + server + "' is not an IP address.");
            }
        }
    }
}
