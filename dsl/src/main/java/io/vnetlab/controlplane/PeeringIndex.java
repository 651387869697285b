package io.vnetlab.controlplane;

import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceId;
import org.pcollections.HashTreePMap;
import org.pcollections.HashTreePSet;
import org.pcollections.OrderedPMap;
import org.pcollections.PMap;
import org.pcollections.PSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The peerings of one state, found by network: the peerings a network owns (in creation order, each found by its
 * remote network) and the networks whose peerings point at it. It also remembers which peerings' derived fields
 * (sync level, the remote network's current space) may be out of date, so that {@link PeeringOperations} re-derives
 * only those. An immutable value carried from state to state: each change costs O(log n).
 *
 * <p>Looking a peering up by owner, then by remote network, needs no (owner, remote) pair key at all, so there is no
 * pair hash that could collide.
 */
final class PeeringIndex {

    static final PeeringIndex EMPTY = new PeeringIndex(HashTreePMap.empty(), HashTreePMap.empty(), HashTreePSet.empty(),
            new Object(), 0);

    /** Owner network id to its peerings, keyed by remote network id (Azure allows one peering per remote). */
    private final PMap<ResourceId, Owned> byOwner;
    /** Remote network id to the ids of the networks whose peerings point at it. */
    private final PMap<ResourceId, PSet<ResourceId>> owners;
    /** Ids of the peerings whose derived fields may not match their inputs any more. */
    private final PSet<ResourceId> stale;
    /**
     * Replaced by a new object exactly when something gateway transit depends on may have changed: a peering that
     * carries a transit flag (useRemoteGateways or allowGatewayTransit) came, went, or changed a flag, its state or
     * the remote space it synced; or a network's address space changed. Flags transit ignores
     * (allowForwardedTraffic, allowVirtualNetworkAccess) keep it, so the data plane can keep the gateway routes it
     * compiled after such a change without comparing every peering.
     */
    private final Object transit;
    /** How many of the peerings are subnet peerings: most states have none, and some questions are simpler then. */
    private final int subnetPeerings;

    private PeeringIndex(PMap<ResourceId, Owned> byOwner, PMap<ResourceId, PSet<ResourceId>> owners,
                         PSet<ResourceId> stale, Object transit, int subnetPeerings) {
        this.byOwner = byOwner;
        this.owners = owners;
        this.stale = stale;
        this.transit = transit;
        this.subnetPeerings = subnetPeerings;
    }

    /** Whether any peering of the state is a subnet peering. */
    boolean hasSubnetPeerings() {
        return subnetPeerings > 0;
    }

    /** The count of subnet peerings after {@code before} (null when absent) became {@code after} (null when deleted). */
    private int subnetPeeringsAfter(Peering before, Peering after) {
        return subnetPeerings - (before != null && before.isSubnetPeering() ? 1 : 0)
                + (after != null && after.isSubnetPeering() ? 1 : 0);
    }

    /** See {@link #transit}. */
    Object transitToken() {
        return transit;
    }

    private static boolean carriesTransit(Peering p) {
        return p != null && (p.useRemoteGateways() || p.allowGatewayTransit());
    }

    /** The transit token after {@code before} (null when absent) became {@code after} (null when deleted). */
    private Object transitAfter(Peering before, Peering after) {
        if (!carriesTransit(before) && !carriesTransit(after)) {
            return transit;
        }
        boolean same = before != null && after != null && before.useRemoteGateways() == after.useRemoteGateways()
                && before.allowGatewayTransit() == after.allowGatewayTransit() && before.state() == after.state()
                && before.remoteAddressSpace().equals(after.remoteAddressSpace())
                // a subnet peering's subnets decide what a gateway advertises and which subnets learn its routes
                && before.scope().equals(after.scope());
        return same ? transit : new Object();
    }

    /** The peerings {@code networkId} owns, in creation order. */
    List<Peering> ownedBy(ResourceId networkId) {
        Owned owned = byOwner.get(networkId);
        return owned == null ? List.of() : owned.list();
    }

    /** How many peerings {@code networkId} owns. */
    int countOwnedBy(ResourceId networkId) {
        Owned owned = byOwner.get(networkId);
        return owned == null ? 0 : owned.byRemote.size();
    }

    /** The peering of {@code localNetworkId} to {@code remoteNetworkId}, if there is one. */
    Optional<Peering> between(ResourceId localNetworkId, ResourceId remoteNetworkId) {
        Owned owned = byOwner.get(localNetworkId);
        return owned == null ? Optional.empty() : Optional.ofNullable(owned.byRemote.get(remoteNetworkId));
    }

    /** The peerings of other networks whose remote network is {@code networkId}. */
    List<Peering> pointingAt(ResourceId networkId) {
        List<Peering> result = new ArrayList<>();
        for (ResourceId owner : owners.getOrDefault(networkId, HashTreePSet.empty())) {
            between(owner, networkId).ifPresent(result::add);
        }
        return result;
    }

    /** The ids of the peerings whose derived fields may be out of date. */
    Set<ResourceId> stale() {
        return stale;
    }

    /**
     * After {@code replaced} (null when added) became {@code peering}. Its derived fields and those of the other
     * direction (which compare against the space this one peered) may be out of date now.
     */
    PeeringIndex put(Peering replaced, Peering peering) {
        PSet<ResourceId> nowStale = stale.plus(peering.id());
        Optional<Peering> back = between(peering.remoteNetworkId(), peering.localNetworkId());
        if (back.isPresent()) {
            nowStale = nowStale.plus(back.get().id());
        }
        return new PeeringIndex(ownedAfterPut(peering), replaced == null ? ownersPlus(peering) : owners, nowStale,
                transitAfter(replaced, peering), subnetPeeringsAfter(replaced, peering));
    }

    /** After {@code peering} got new derived fields: nothing it depends on changed, so nothing becomes stale. */
    PeeringIndex putDerived(Peering peering) {
        Peering before = between(peering.localNetworkId(), peering.remoteNetworkId()).orElse(null);
        return new PeeringIndex(ownedAfterPut(peering), owners, stale, transitAfter(before, peering),
                subnetPeeringsAfter(before, peering));
    }

    /** After {@code peering} was deleted; the other direction may now be out of date. */
    PeeringIndex remove(Peering peering) {
        ResourceId local = peering.localNetworkId();
        ResourceId remote = peering.remoteNetworkId();
        Owned owned = byOwner.get(local);
        OrderedPMap<ResourceId, Peering> left = owned.byRemote.minus(remote);
        PMap<ResourceId, Owned> nextByOwner = left.isEmpty() ? byOwner.minus(local) : byOwner.plus(local, new Owned(left));
        PSet<ResourceId> pointing = owners.get(remote).minus(local);
        PMap<ResourceId, PSet<ResourceId>> nextOwners = pointing.isEmpty() ? owners.minus(remote)
                : owners.plus(remote, pointing);
        PSet<ResourceId> nowStale = stale.minus(peering.id());
        Optional<Peering> back = between(remote, local);
        if (back.isPresent()) {
            nowStale = nowStale.plus(back.get().id());
        }
        return new PeeringIndex(nextByOwner, nextOwners, nowStale, transitAfter(peering, null),
                subnetPeeringsAfter(peering, null));
    }

    /**
     * After the address space of {@code networkId} changed, or the network came or went: every peering from or to
     * it may be out of date.
     */
    PeeringIndex networkChanged(ResourceId networkId) {
        PSet<ResourceId> nowStale = stale;
        for (Peering p : ownedBy(networkId)) {
            nowStale = nowStale.plus(p.id());
        }
        for (Peering p : pointingAt(networkId)) {
            nowStale = nowStale.plus(p.id());
        }
        // the network's space is what its transit peerings advertise: transit may have changed
        return new PeeringIndex(byOwner, owners, nowStale, new Object(), subnetPeerings);
    }

    /** The same index with every peering's derived fields up to date. */
    PeeringIndex derived() {
        return stale.isEmpty() ? this : new PeeringIndex(byOwner, owners, HashTreePSet.empty(), transit, subnetPeerings);
    }

    private PMap<ResourceId, Owned> ownedAfterPut(Peering peering) {
        Owned owned = byOwner.get(peering.localNetworkId());
        OrderedPMap<ResourceId, Peering> byRemote = owned == null ? OrderedPMap.empty() : owned.byRemote;
        return byOwner.plus(peering.localNetworkId(), new Owned(byRemote.plus(peering.remoteNetworkId(), peering)));
    }

    private PMap<ResourceId, PSet<ResourceId>> ownersPlus(Peering peering) {
        PSet<ResourceId> pointing = owners.getOrDefault(peering.remoteNetworkId(), HashTreePSet.empty());
        return owners.plus(peering.remoteNetworkId(), pointing.plus(peering.localNetworkId()));
    }

    /**
     * One network's peerings. The remote network of a peering never changes, so keying by it keeps each peering in
     * its creation position when it is replaced. The list is made on first use and kept: the data plane asks for
     * it on every hop.
     */
    private static final class Owned {
        final OrderedPMap<ResourceId, Peering> byRemote;
        private volatile List<Peering> list;

        Owned(OrderedPMap<ResourceId, Peering> byRemote) {
            this.byRemote = byRemote;
        }

        List<Peering> list() {
            List<Peering> result = list;
            if (result == null) {
                result = List.copyOf(byRemote.values());
                list = result;
            }
            return result;
        }
    }
}
