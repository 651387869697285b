package io.vnetlab.dataplane;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One step of a packet's walk, as facts: where it happened, where the packet went, the effective route, peering
 * and security rule that decided, and what happened. Text is made only by renderers.
 *
 * <pre>{@code
 * Hop hop = verdict.firstBlockingHop().orElseThrow();
 * hop.kind();                                            // Kind.ROUTE
 * hop.at().id();                                         // the subnet's resource id
 * hop.decidingRoute().map(EffectiveRoute::nextHopType);  // Optional[None]
 * }</pre>
 *
 * @param at where the decision was taken: a subnet, a network, a gateway, a site or the Internet
 * @param next where the packet went, or {@code null} when it was dropped or stayed at {@code at}
 * @param route the effective route that decided, or {@code null}
 * @param peering the peering the packet crossed, or {@code null}
 * @param security the network security group's decision, or {@code null}
 * @param details the other facts the decision rests on, in the order they apply
 */
@API(status = MAINTAINED, since = "0.1")
public record Hop(int number, Kind kind, Place at, Place next, EffectiveRoute route, PeeringCrossed peering,
                  SecurityCheck security, List<HopDetail> details, HopOutcome outcome) {

    /** What the hop is. */
    public enum Kind {
        /** A routing decision in a subnet that kept the packet or dropped it. */
        ROUTE,
        /** Crossed a peering into another network. */
        PEERING,
        /** Routed to a network virtual appliance. */
        APPLIANCE,
        /** Taken by a load balancer's frontend to a backend (docs/azure/load-balancers.md#data-path). */
        LOAD_BALANCER,
        /** Routed to an Azure Firewall. */
        FIREWALL,
        /** Routed to, or relayed by, a virtual network gateway. */
        GATEWAY,
        /** Left Azure for an on-premises site, or was dropped at its edge. */
        SITE,
        /** Left for, or came in from, the Internet. */
        INTERNET,
        /** A network security group's decision. */
        SECURITY,
        /** Arrived at the destination, or at an interface that is not it. */
        DESTINATION,
        /** The reply does not route back. */
        REPLY
    }

    public Hop {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        details = List.copyOf(details);
    }

    public Optional<Place> destination() {
        return Optional.ofNullable(next);
    }

    public Optional<EffectiveRoute> decidingRoute() {
        return Optional.ofNullable(route);
    }

    public Optional<PeeringCrossed> peeringCrossed() {
        return Optional.ofNullable(peering);
    }

    public Optional<SecurityCheck> securityCheck() {
        return Optional.ofNullable(security);
    }

    public boolean isBlocking() {
        return outcome == HopOutcome.DROPPED;
    }

    /** The first detail of {@code type}, if the hop has one. */
    public <T extends HopDetail> Optional<T> detail(Class<T> type) {
        return details.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** This hop with another outcome. */
    Hop withOutcome(HopOutcome newOutcome) {
        return new Hop(number, kind, at, next, route, peering, security, details, newOutcome);
    }

    /** This hop sending the packet to {@code place} instead ({@code null}: nowhere). */
    Hop withNext(Place place) {
        return new Hop(number, kind, at, place, route, peering, security, details, outcome);
    }

    /** This hop with {@code detail} added after its others. */
    Hop with(HopDetail detail) {
        List<HopDetail> more = new ArrayList<>(details);
        more.add(detail);
        return new Hop(number, kind, at, next, route, peering, security, more, outcome);
    }

    /** This hop with another kind. */
    Hop as(Kind newKind) {
        return new Hop(number, newKind, at, next, route, peering, security, details, outcome);
    }
}
