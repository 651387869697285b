package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One rule of an Azure Firewall rule collection, classic or in a firewall policy (docs/azure/azure-firewall.md#rules):
 * what it matches — sources (addresses, prefixes, {@code *}, IP groups), destinations (addresses, prefixes, service
 * tags, {@code *}, IP groups, or FQDNs), ports and protocols — and, for a DNAT rule, what it translates to. The kind
 * and action are the collection's.
 *
 * @param protocols network rules: {@code TCP}, {@code UDP}, {@code ICMP}, {@code Any}; application rules:
 *                  {@code Http:80}, {@code Https:443}, {@code Mssql:1433} (protocol and port)
 * @param fqdns application rules' target FQDNs ({@code *.example.com} allowed); network rules' destination FQDNs
 * @param fqdnTags application rules' FQDN tags, such as {@code WindowsUpdate}
 * @param translatedAddress a DNAT rule's translated address, else {@code null}
 * @param translatedPort a DNAT rule's translated port, else {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FirewallRule(String name, List<String> protocols, List<String> sourceAddresses,
                           List<ResourceId> sourceIpGroups, List<String> destinationAddresses,
                           List<ResourceId> destinationIpGroups, List<String> destinationPorts, List<String> fqdns,
                           List<String> fqdnTags, String translatedAddress, String translatedPort) {

    public FirewallRule {
        protocols = List.copyOf(protocols);
        sourceAddresses = List.copyOf(sourceAddresses);
        sourceIpGroups = List.copyOf(sourceIpGroups);
        destinationAddresses = List.copyOf(destinationAddresses);
        destinationIpGroups = List.copyOf(destinationIpGroups);
        destinationPorts = List.copyOf(destinationPorts);
        fqdns = List.copyOf(fqdns);
        fqdnTags = List.copyOf(fqdnTags);
    }

    /** A network rule: protocols, sources, destinations (addresses or FQDNs) and ports. */
    public static FirewallRule network(String name, List<String> protocols, List<String> sources,
                                       List<String> destinations, List<String> ports) {
        return new FirewallRule(name, protocols, sources, List.of(), destinations, List.of(), ports, List.of(),
                List.of(), null, null);
    }

    /** An application rule: protocols with ports ({@code Https:443}), sources and target FQDNs. */
    public static FirewallRule application(String name, List<String> protocols, List<String> sources,
                                           List<String> targetFqdns) {
        return new FirewallRule(name, protocols, sources, List.of(), List.of(), List.of(), List.of(), targetFqdns,
                List.of(), null, null);
    }

    @Override
    public String toString() {
        return "rule '" + name + "'";
    }
}
