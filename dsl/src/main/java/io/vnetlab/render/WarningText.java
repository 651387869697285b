package io.vnetlab.render;

import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Place;
import io.vnetlab.dataplane.Warning;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** A warning in plain words, the same for every surface. */
@API(status = INTERNAL, since = "0.1")
public final class WarningText {

    private WarningText() {
    }

    public static String render(Warning w) {
        switch (w.kind()) {
            case FIREWALL_RULES_NOT_EVALUATED:
                return "Azure Firewall '" + w.resource(0).name() + "' (" + w.value(0) + ") forwarded the packet as a"
                        + " plain appliance: its rule collections were not evaluated.";
            case FIREWALL_THREAT_INTEL_NOT_SIMULATED: {
                String mode = w.value(0);
                return "Azure Firewall '" + w.resource(0).name() + "' has threat intelligence in mode " + mode
                        + ", which vnetlab does not simulate (nor IDPS): a known-malicious address could be "
                        + (mode.equalsIgnoreCase("Deny") ? "denied" : "alerted on") + ".";
            }
            case VIRTUAL_NETWORK_ACCESS_OFF_WITHOUT_NSG:
                return "allowVirtualNetworkAccess is off on peering " + w.resources().stream().map(Names::peering)
                        .collect(Collectors.joining(" and ")) + ": the peer is not in the VirtualNetwork service tag,"
                        + " so Azure's default NSG rules would deny this flow; no NSG is on this path, so it is allowed.";
            case PUBLIC_ADDRESS_INBOUND_NOT_EVALUATED: {
                Endpoint from = w.value(1);
                return w.value(0) + " is public IP '" + w.resource(0).name() + "' of nic '" + w.resource(1).name()
                        + "', whose inbound NSGs were not evaluated: " + from.shortName() + " has no public IP, and"
                        + " the address of Azure's default outbound access is not simulated.";
            }
            case ASYMMETRIC_ROUTING:
                return "Asymmetric routing: requests pass " + appliances(w.value(0)) + " but replies from "
                        + w.value(1) + " pass " + appliances(w.value(2)) + "; a stateful appliance or firewall drops"
                        + " replies it did not see the request of.";
            case PRIVATE_ENDPOINT_PENDING:
                return "Private endpoint '" + w.resource(0).name() + "' waits for its target's owner to approve its"
                        + " connection (Pending): until then the service behind it does not answer; the walk goes to"
                        + " the endpoint's address.";
            case PRIVATE_ENDPOINT_REJECTED:
                return "Private endpoint '" + w.resource(0).name() + "' has a connection its target's owner rejected"
                        + " (Rejected): the service behind it does not answer; the walk goes to the endpoint's address.";
            default:
                throw new IllegalStateException("no text for warning kind " + w.kind());
        }
    }

    private static String appliances(List<Place> appliances) {
        if (appliances.isEmpty()) {
            return "no appliance";
        }
        return appliances.stream().map(p -> "appliance " + p.address() + " ('" + p.id().name() + "')")
                .collect(Collectors.joining(", then "));
    }
}
