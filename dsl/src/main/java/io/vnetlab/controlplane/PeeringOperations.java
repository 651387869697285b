package io.vnetlab.controlplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringScope;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.Subscription;
import io.vnetlab.model.Tenant;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.vnetlab.controlplane.NetworkOperations.*;
import static io.vnetlab.controlplane.InterfaceOperations.*;
import static io.vnetlab.controlplane.ControlPlane.*;

/** Peerings: PUT, DELETE and sync with Azure's validation, and the state and sync level derived from both sides. */
final class PeeringOperations {

    private PeeringOperations() {
    }

    // ------------------------------------------------------------------ peerings

    /** Creates or updates one direction of a peering (docs/azure/peering.md#peering-state, #validation). */
    static TopologyState putPeering(TopologyState s, PeeringRequest spec, PutMode mode) {
        ResourceId id = spec.id();
        VirtualNetwork local = requireNetwork(s, spec.localNetworkId());
        Names.require(NamingRule.PEERING, spec.name(), id);
        Optional<Peering> existing = s.peering(id);
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw alreadyExists("Peering", spec.name(), "virtual network '" + local.name() + "'", id);
        }
        if (existing.isPresent() && !existing.get().remoteNetworkId().equals(spec.remoteNetworkId())) {
            throw new AzureException(AzureErrorCode.CannotChangeRemoteVirtualNetworkOfPeering, "Cannot update peering "
                    + id + ": its remote virtual network is " + existing.get().remoteNetworkId() + " and cannot be"
                    + " changed to " + spec.remoteNetworkId() + ". Delete the peering and create a new one.", id);
        }
        VirtualNetwork remote = s.network(spec.remoteNetworkId()).orElseThrow(() -> new AzureException(
                AzureErrorCode.InvalidGlobalResourceReference, "Resource " + spec.remoteNetworkId()
                + " referenced by resource " + id + " was not found. Please make sure that the referenced resource"
                + " exists.", spec.remoteNetworkId(), id));
        if (remote.id().equals(local.id())) {
            throw new AzureException(AzureErrorCode.PeeringWithSelfNotAllowed, "Cannot create or update peering " + id
                    + ": virtual network " + local.id() + " cannot be peered with itself. Choose another remote"
                    + " virtual network.", id, local.id());
        }
        // Azure keeps one peering per remote network, so the one that could conflict is found by the pair
        Optional<Peering> sameRemote = s.peeringBetween(local.id(), remote.id());
        if (sameRemote.isPresent() && !sameRemote.get().id().equals(id)) {
            Peering other = sameRemote.get();
            throw new AzureException(AzureErrorCode.AnotherPeeringAlreadyReferencesRemoteVnet, "Peering "
                    + other.id() + " already references remote virtual network " + remote.id() + ". Cannot add"
                    + " peering " + id + " to the same remote virtual network; update the existing peering"
                    + " instead.", other.id(), id, remote.id());
        }
        if (existing.isEmpty() && s.peeringCountOf(local.id()) >= MAX_PEERINGS_PER_NETWORK) {
            throw new AzureException(AzureErrorCode.PeeringLimitExceeded, "Cannot create peering " + id + ": virtual"
                    + " network " + local.name() + " already has " + MAX_PEERINGS_PER_NETWORK + " peerings, the most"
                    + " Azure allows per virtual network. Remove a peering, or reach further networks through a hub.",
                    id, local.id());
        }
        PeeringScope scope = spec.scope();
        SubnetPeerings.requireValid(id, local, remote, scope, existing);
        // docs/azure/subnet-peering.md#overlap: only what takes part must not overlap
        List<Cidr> localPeered = SubnetPeerings.localSpace(local, scope);
        List<Cidr> remotePeered = SubnetPeerings.remoteSpace(remote, scope);
        List<Cidr> overlap = overlapping(localPeered, remotePeered);
        if (!overlap.isEmpty()) {
            String what = scope.isSubnetPeering() ? "the address prefixes of their peered subnets overlap"
                    : "their address spaces overlap";
            throw new AzureException(AzureErrorCode.VnetAddressSpacesOverlap, "Cannot create or update peering " + id
                    + ". Virtual networks " + local.id() + " and " + remote.id() + " cannot be peered because "
                    + what + ". Overlapping address prefixes: " + join(overlap), id, local.id(), remote.id());
        }
        requireNoOverlapWithPeersOf(s, id, local, localPeered, remote, true);
        requireNoOverlapWithPeersOf(s, id, remote, remotePeered, local, false);

        Optional<Peering> counterpart = s.peeringBetween(remote.id(), local.id());
        if (counterpart.isPresent() && counterpart.get().state() == PeeringState.Disconnected) {
            throw new AzureException(AzureErrorCode.RemotePeeringIsDisconnected, "Cannot create or update peering "
                    + id + " because remote peering " + counterpart.get().id() + " referencing parent virtual network "
                    + local.id() + " is in Disconnected state. Update or re-create the remote peering to get it back"
                    + " to Initiated state. Peering gets Disconnected when remote vnet or remote peering is deleted"
                    + " and re-created.", id, counterpart.get().id());
        }
        // ---- gateway transit: docs/azure/peering.md#remote-has-no-gateway, #use-remote-gateways-conflicts, docs/azure/gateways.md#transit-preconditions
        if (spec.useRemoteGateways()) {
            RoutingOperations.requireGatewayTransitPreconditions(s, id, local, remote, counterpart);
        }

        boolean global = !local.region().name().equals(remote.region().name());
        PeeringState state;
        List<Cidr> peered;
        TopologyState next = s;
        if (counterpart.isPresent()) {
            state = PeeringState.Connected;
            boolean connecting = existing.map(p -> !p.isConnected()).orElse(true);
            boolean rescoped = existing.map(p -> !p.scope().equals(scope)).orElse(false);
            peered = connecting || rescoped || spec.syncRemoteAddressSpace() ? remotePeered
                    : existing.get().remoteAddressSpace();
            if (counterpart.get().state() != PeeringState.Connected) {
                // docs/azure/peering.md#peering-state: the second side makes both Connected; both peer the spaces of
                // this moment.
                next = next.withPeering(copy(counterpart.get(), PeeringState.Connected,
                        SubnetPeerings.remoteSpace(local, counterpart.get().scope())));
            }
        } else {
            state = PeeringState.Initiated;
            peered = remotePeered;
        }
        String guid = existing.map(Peering::resourceGuid).or(() -> counterpart.map(Peering::resourceGuid))
                .orElseGet(() -> guid(id));
        Peering peering = new Peering(existing.map(Peering::id).orElse(id), existing.map(Peering::name).orElse(spec.name()),
                local.id(), remote.id(), spec.allowVirtualNetworkAccess(), spec.allowForwardedTraffic(),
                spec.allowGatewayTransit(), spec.useRemoteGateways(), state, PeeringSyncLevel.FullyInSync,
                peered, remote.addressSpace(), global, guid, scope);
        return derivePeerings(next.withPeering(peering));
    }

    /**
     * docs/azure/peering.md#overlap-with-already-peered: the first network may not overlap a network already peered
     * with the second. {@code localFirst} says which of the two is the network of the peering being created, for the
     * message.
     */
    private static void requireNoOverlapWithPeersOf(TopologyState s, ResourceId peeringId, VirtualNetwork first,
                                                    List<Cidr> firstSpace, VirtualNetwork second,
                                                    boolean localFirst) {
        if (!s.overlapsPeerOf(second.id(), firstSpace, first.id())) {
            return;   // the index answers the common case; the scan below finds the peer to name
        }
        for (Peering p : s.peeringsOf(second.id())) {
            if (p.remoteNetworkId().equals(first.id())) {
                continue;
            }
            // docs/azure/peering.md#orphaned-peering-overlap: a Disconnected peering still holds the space it peered
            boolean orphaned = p.state() == PeeringState.Disconnected;
            Optional<VirtualNetwork> third = s.network(p.remoteNetworkId());
            List<Cidr> thirdSpace = orphaned ? p.remoteAddressSpace()
                    : third.map(t -> TopologyState.peeredSpace(p, t)).orElse(List.of());
            List<Cidr> overlap = overlapping(firstSpace, thirdSpace);
            if (!overlap.isEmpty()) {
                VirtualNetwork local = localFirst ? first : second;
                VirtualNetwork remote = localFirst ? second : first;
                throw new AzureException(AzureErrorCode.VnetAddressSpaceOverlapsWithAlreadyPeeredVnet,
                        "Cannot create or update peering " + peeringId + ". Virtual networks " + local.id() + " and "
                                + remote.id() + " cannot be peered because address space of the "
                                + (localFirst ? "first" : "second") + " virtual network overlaps with address space of"
                                + " virtual network " + p.remoteNetworkId() + " already peered with the "
                                + (localFirst ? "second" : "first") + " virtual network. Overlapping address prefixes: "
                                + join(overlap) + (orphaned ? orphanedPeeringHint(p, third.isPresent()) : ""),
                        peeringId, local.id(), remote.id(), p.remoteNetworkId(), p.id());
            }
        }
    }

    /**
     * What the refusal adds when a Disconnected peering blocks: which one, why it is left, and how to remove it
     * (docs/azure/peering.md#orphaned-peering-overlap).
     */
    private static String orphanedPeeringHint(Peering p, boolean remoteExists) {
        return ". The blocking peering '" + p.name() + "' of virtual network '" + p.localNetworkName() + "' is "
                + "Disconnected (" + (remoteExists ? "its remote virtual network no longer peers back"
                : "its remote virtual network was deleted") + ") and still holds that address space; delete it"
                + " (az network vnet peering delete -g " + p.resourceGroup() + " --vnet-name "
                + p.localNetworkName() + " -n " + p.name() + ") and create the peering again.";
    }

    /** Deletes one direction; the other, if any, becomes Disconnected (docs/azure/peering.md#peering-state). */
    static TopologyState deletePeering(TopologyState s, ResourceId peeringId) {
        Peering peering = requirePeering(s, peeringId);
        TopologyState next = s.withoutPeering(peering.id());
        Optional<Peering> counterpart = s.counterpart(peering);
        if (counterpart.isPresent()) {
            next = next.withPeering(withState(counterpart.get(), PeeringState.Disconnected));
        }
        return derivePeerings(next);
    }

    /** Re-PUTs the peering with {@code syncRemoteAddressSpace=true} (docs/azure/peering.md#syncing). */
    static TopologyState syncPeering(TopologyState s, ResourceId peeringId) {
        Peering p = requirePeering(s, peeringId);
        return putPeering(s, new PeeringRequest(p.localNetworkId(), p.name(), p.remoteNetworkId(),
                p.allowVirtualNetworkAccess(), p.allowForwardedTraffic(), p.allowGatewayTransit(),
                p.useRemoteGateways(), true, p.scope()), PutMode.CREATE_OR_UPDATE);
    }

    static Peering requirePeering(TopologyState s, ResourceId peeringId) {
        return s.peering(peeringId).orElseThrow(() -> new AzureException(AzureErrorCode.ResourceNotFound,
                "Virtual network peering " + peeringId.name() + " of virtual network "
                        + peeringId.parent().map(ResourceId::name).orElse("?") + " doesn't exist.", peeringId));
    }

    /**
     * Brings up to date what is derived on each peering: the remote network's current space and the sync level
     * (docs/azure/peering.md#sync-level): a link is locally out of sync when the space it peered differs from the
     * remote network's current space, and remotely out of sync when the remote link (absent while Initiated,
     * docs/azure/decisions.md#initiated-sync-level) has not peered the local network's current space. Only the peerings
     * whose inputs changed since they were last derived (the peering, the other direction, either network's space) are
     * looked at, so one operation costs what it touched, not a pass over every peering.
     */
    static TopologyState derivePeerings(TopologyState s) {
        List<Peering> changed = new ArrayList<>();
        for (ResourceId id : s.peeringsToDerive()) {
            Optional<Peering> peering = s.peering(id);
            Peering now = peering.map(p -> derived(s, p)).orElse(null);
            if (now != null && now != peering.get()) {
                changed.add(now);
            }
        }
        // unchanged peerings keep their identity, which lets the data plane reuse what it compiled from them
        return s.withDerivedPeerings(changed);
    }

    /** {@code p} with its derived fields computed from the state's networks and the other direction. */
    private static Peering derived(TopologyState s, Peering p) {
        Optional<VirtualNetwork> remote = s.network(p.remoteNetworkId());
        Optional<VirtualNetwork> local = s.network(p.localNetworkId());
        List<Cidr> remoteNow = remote.map(VirtualNetwork::addressSpace).orElse(p.remoteVirtualNetworkAddressSpace());
        // docs/azure/subnet-peering.md#syncing: a subnet peering is in sync when it peered its subnets' current prefixes
        List<Cidr> expected = remote.map(r -> SubnetPeerings.remoteSpace(r, p.scope())).orElse(remoteNow);
        boolean localStale = !sameSpace(p.remoteAddressSpace(), expected);
        Peering back = s.counterpart(p).orElse(null);
        boolean remoteStale = back == null || local.isEmpty()
                || !sameSpace(back.remoteAddressSpace(), SubnetPeerings.remoteSpace(local.get(), back.scope()));
        PeeringSyncLevel level = localStale && remoteStale ? PeeringSyncLevel.LocalAndRemoteNotInSync
                : localStale ? PeeringSyncLevel.LocalNotInSync
                : remoteStale ? PeeringSyncLevel.RemoteNotInSync
                : PeeringSyncLevel.FullyInSync;
        if (level == p.syncLevel() && remoteNow.equals(p.remoteVirtualNetworkAddressSpace())) {
            return p;
        }
        return new Peering(p.id(), p.name(), p.localNetworkId(), p.remoteNetworkId(), p.allowVirtualNetworkAccess(),
                p.allowForwardedTraffic(), p.allowGatewayTransit(), p.useRemoteGateways(), p.state(), level,
                p.remoteAddressSpace(), remoteNow, p.global(), p.resourceGuid(), p.scope());
    }

    private static boolean sameSpace(List<Cidr> a, List<Cidr> b) {
        return a == b || a.equals(b) || (a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b)));
    }

    static Peering withState(Peering p, PeeringState state) {
        return new Peering(p.id(), p.name(), p.localNetworkId(), p.remoteNetworkId(), p.allowVirtualNetworkAccess(),
                p.allowForwardedTraffic(), p.allowGatewayTransit(), p.useRemoteGateways(), state, p.syncLevel(),
                p.remoteAddressSpace(), p.remoteVirtualNetworkAddressSpace(), p.global(), p.resourceGuid(), p.scope());
    }

    private static Peering copy(Peering p, PeeringState state, List<Cidr> peered) {
        return new Peering(p.id(), p.name(), p.localNetworkId(), p.remoteNetworkId(), p.allowVirtualNetworkAccess(),
                p.allowForwardedTraffic(), p.allowGatewayTransit(), p.useRemoteGateways(), state, p.syncLevel(),
                peered, p.remoteVirtualNetworkAddressSpace(), p.global(), p.resourceGuid(), p.scope());
    }

}
