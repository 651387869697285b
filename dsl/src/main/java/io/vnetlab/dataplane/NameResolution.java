package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * How a virtual machine resolves a name through Azure-provided DNS (docs/azure/private-dns.md#resolution): the
 * aliases followed, and the answer: addresses from a private DNS zone linked to the machine's network or from the
 * network's own host names, a name that does not exist, or a name public DNS answers, which vnetlab does not simulate.
 * Typed facts; {@code io.vnetlab.render.NameResolutionText} puts them in words.
 *
 * <pre>{@code
 * NameResolution r = topology.resolve("app-vm", "data.blob.core.windows.net");
 * r.answer();      // PRIVATE_ZONE
 * r.addresses();   // [10.0.2.4]
 * r.aliases();     // [data.blob.core.windows.net -> data.privatelink.blob.core.windows.net, by public DNS]
 * }</pre>
 *
 * @param name the name asked, in lower case, without a final dot
 * @param vmId the machine that asks
 * @param networkId the virtual network of its primary network interface, whose links decide what it sees
 * @param aliases the aliases followed, in order
 * @param answer what answered the last name
 * @param addresses the addresses of the last name; empty unless the answer is {@link Answer#PRIVATE_ZONE} or
 *                  {@link Answer#VIRTUAL_NETWORK_HOST}
 * @param zoneLinkId the link through which a private zone answered (or said the name does not exist, or, with
 *                   {@code NxDomainRedirect}, sent it to public DNS); {@code null} otherwise
 * @param recordSetId the record set that answered; {@code null} when none did
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NameResolution(String name, ResourceId vmId, ResourceId networkId, List<Alias> aliases, Answer answer,
                             List<IpAddress> addresses, ResourceId zoneLinkId, ResourceId recordSetId) {

    /** What answered a name (docs/azure/private-dns.md#resolution). */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Answer {
        /** An A record of a private DNS zone linked to the machine's network. */
        PRIVATE_ZONE,
        /** The host name of a virtual machine of the same network, which Azure-provided DNS answers by itself. */
        VIRTUAL_NETWORK_HOST,
        /**
         * No such name: a private zone linked to the network holds the name's zone and no record for it (Azure DNS
         * then does not ask public DNS), or a single-label name that no machine of the network has.
         */
        NON_EXISTENT_DOMAIN,
        /** A name public DNS answers, with a public address: not simulated. */
        PUBLIC_NOT_SIMULATED,
        /** Aliases that lead back to a name already followed. */
        ALIAS_LOOP,
        /**
         * The machine's network, or its network interface, names custom DNS servers, whose answers vnetlab does not
         * simulate.
         */
        CUSTOM_DNS_NOT_SIMULATED
    }

    /**
     * One alias followed.
     *
     * @param name the name that is an alias
     * @param target the name it stands for
     * @param recordSetId the CNAME record set of a linked private zone that made it, or {@code null} when public DNS
     *                    made it (the public name of a private endpoint's target, in its privatelink zone)
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Alias(String name, String target, ResourceId recordSetId) {

        /** The CNAME record set that made the alias, empty when public DNS made it. */
        public Optional<ResourceId> recordSet() {
            return Optional.ofNullable(recordSetId);
        }

        @Override
        public String toString() {
            return name + " -> " + target + (recordSetId == null ? ", by public DNS" : "");
        }
    }

    public NameResolution {
        aliases = List.copyOf(aliases);
        addresses = List.copyOf(addresses);
    }

    /** The name the addresses are of: the last alias's target, or the name asked. */
    public String canonicalName() {
        return aliases.isEmpty() ? name : aliases.get(aliases.size() - 1).target();
    }

    /** The zone link through which a private zone answered. */
    public Optional<ResourceId> zoneLink() {
        return Optional.ofNullable(zoneLinkId);
    }

    /** The record set that answered. */
    public Optional<ResourceId> recordSet() {
        return Optional.ofNullable(recordSetId);
    }

    /** Whether the name resolved to {@code address} (IPv4 or IPv6 text). */
    public boolean resolvesTo(String address) {
        return addresses.contains(IpAddress.parse(address));
    }
}
