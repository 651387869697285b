package io.vnetlab.render;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.NameResolution;
import io.vnetlab.model.ResourceId;

import java.util.stream.Collectors;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A name resolution in words (docs/azure/private-dns.md#resolution): the aliases followed, then what answered.
 *
 * <pre>{@code
 * NameResolutionText.render(topology.resolve("app-vm", "data.blob.core.windows.net"));
 * // app-vm resolves data.blob.core.windows.net through Azure-provided DNS:
 * //   data.blob.core.windows.net is an alias of data.privatelink.blob.core.windows.net (public DNS: ...)
 * //   data.privatelink.blob.core.windows.net: 10.0.2.4 (A record 'data' of private DNS zone ...)
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NameResolutionText {

    private NameResolutionText() {
    }

    public static String render(NameResolution r) {
        StringBuilder out = new StringBuilder();
        out.append(r.vmId().name()).append(" resolves ").append(r.name()).append(r.answer()
                == NameResolution.Answer.CUSTOM_DNS_NOT_SIMULATED ? ":\n" : " through Azure-provided DNS:\n");
        for (NameResolution.Alias alias : r.aliases()) {
            out.append("  ").append(alias.name()).append(" is an alias of ").append(alias.target()).append(" (")
                    .append(alias.recordSet().map(id -> "CNAME record '" + id.name() + "' of private DNS zone "
                            + zoneName(id))
                            .orElse("public DNS: the name of a private endpoint's target, in its privatelink zone"))
                    .append(")\n");
        }
        String name = r.canonicalName();
        String linked = r.zoneLink().map(l -> ", linked to virtual network " + r.networkId().name() + " by link '"
                + l.name() + "'").orElse("");
        out.append("  ").append(name).append(": ").append(switch (r.answer()) {
            case PRIVATE_ZONE -> r.addresses().stream().map(IpAddress::toString).collect(Collectors.joining(", "))
                    + " (" + r.recordSet().map(id -> recordType(id) + " record '" + id.name() + "'").orElse("record")
                    + " of private DNS zone " + r.zoneLink().map(NameResolutionText::zoneName).orElse("") + linked + ")";
            case VIRTUAL_NETWORK_HOST -> r.addresses().get(0) + " (the host name of a virtual machine of virtual network "
                    + r.networkId().name() + ")";
            case NON_EXISTENT_DOMAIN -> r.zoneLink().map(l -> "no such name (NXDOMAIN): private DNS zone "
                    + zoneName(l) + linked + ", has no record for it, and Azure DNS does not ask public DNS for a"
                    + " name of a linked zone").orElse("no such name (NXDOMAIN): no virtual machine of virtual network "
                    + r.networkId().name() + " has that host name");
            case PUBLIC_NOT_SIMULATED -> r.zoneLink().map(l -> "not in private DNS zone " + zoneName(l) + linked
                    + ", which falls back to the internet (NxDomainRedirect): ").orElse("")
                    + "answered by public DNS, with a public address: not simulated";
            case ALIAS_LOOP -> "no answer: its aliases lead back to a name already followed";
            case CUSTOM_DNS_NOT_SIMULATED -> "asked of the custom DNS servers that virtual network "
                    + r.networkId().name() + " or the machine's network interface names: not simulated";
        }).append('\n');
        return out.toString();
    }

    private static String zoneName(ResourceId childOfZone) {
        return childOfZone.parent().map(ResourceId::name).orElse("");
    }

    private static String recordType(ResourceId recordSetId) {
        String type = recordSetId.type();
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
