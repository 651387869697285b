package io.vnetlab.diff;

import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Endpoints that no rule, route or property tells apart on either side of a diff, so one walk answers for all of
 * them: the VMs of one subnet with the same NSG and application security groups, an on-premises site, or the
 * Internet. Members are the endpoints as the topology after the change has them.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EndpointClass(Kind kind, List<Endpoint> members) {

    public enum Kind { VIRTUAL_MACHINES, ON_PREMISES, INTERNET }

    public EndpointClass {
        Objects.requireNonNull(kind, "kind");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("An endpoint class has at least one member.");
        }
    }

    /** The member that was walked for the class. */
    public Endpoint representative() {
        return members.get(0);
    }

    /** The site of an on-premises class. */
    public Optional<ResourceId> siteId() {
        return representative().siteId();
    }

    /**
     * Whether {@code endpoint} belongs to this class: the same network interface, the same on-premises site, or, for
     * the Internet, any bare address.
     */
    public boolean contains(Endpoint endpoint) {
        return switch (kind) {
            case INTERNET -> !endpoint.isNetworkInterface() && !endpoint.isOnPremises();
            case ON_PREMISES -> endpoint.siteId().equals(siteId());
            case VIRTUAL_MACHINES -> endpoint.networkInterfaceId().isPresent() && members.stream()
                    .anyMatch(m -> m.networkInterfaceId().equals(endpoint.networkInterfaceId()));
        };
    }
}
