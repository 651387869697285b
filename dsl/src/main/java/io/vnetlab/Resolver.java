package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Resolves the names a Java DSL user writes ({@code "SalesVNet"}, or a full ARM id) to resources. */
final class Resolver {

    private Resolver() {
    }

    static VirtualNetwork network(TopologyState s, String nameOrId) {
        return find(s, VirtualNetwork.class, nameOrId, VirtualNetwork::id, VirtualNetwork::name, "virtual network");
    }

    static VirtualMachine virtualMachine(TopologyState s, String nameOrId) {
        return find(s, VirtualMachine.class, nameOrId, VirtualMachine::id, VirtualMachine::name, "virtual machine");
    }

    static NetworkInterface networkInterface(TopologyState s, String nameOrId) {
        return find(s, NetworkInterface.class, nameOrId, NetworkInterface::id, NetworkInterface::name,
                "network interface");
    }

    /**
     * The VM named (or identified by) {@code nameOrId}, empty when there is none; through the state's indexes, so
     * that a question by name costs the same whatever the size of the topology.
     *
     * @throws IllegalArgumentException when several VMs have that name
     */
    static java.util.Optional<VirtualMachine> virtualMachineIfAny(TopologyState s, String nameOrId) {
        List<VirtualMachine> found = lookup(s, VirtualMachine.class, nameOrId);
        if (found.size() > 1) {
            throw ambiguous("virtual machine", nameOrId, found.stream().map(VirtualMachine::id).toList());
        }
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(0));
    }

    /** As {@link #virtualMachineIfAny}, for network interfaces. */
    static java.util.Optional<NetworkInterface> networkInterfaceIfAny(TopologyState s, String nameOrId) {
        List<NetworkInterface> found = lookup(s, NetworkInterface.class, nameOrId);
        if (found.size() > 1) {
            throw ambiguous("network interface", nameOrId, found.stream().map(NetworkInterface::id).toList());
        }
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(0));
    }

    /**
     * The resources of {@code type} that {@code nameOrId} names: by id, at most one; by name, through the state's
     * index of names, so a name shared by several resources is known without a scan. The callers map ids only when
     * the name is ambiguous: a method reference is linked on its first use, which would be the first question by name
     * in a JVM.
     */
    private static <T> List<T> lookup(TopologyState s, Class<T> type, String nameOrId) {
        if (ResourceId.looksLikeId(nameOrId)) {
            java.util.Optional<T> found = s.get(type, ResourceId.parse(nameOrId));
            return found.isPresent() ? List.of(found.get()) : List.of();
        }
        return s.named(type, nameOrId);
    }

    /** As {@link #find(Collection, String, Function, Function, String)}, through the state's ids and names. */
    static <T> T find(TopologyState s, Class<T> type, String nameOrId, Function<T, ResourceId> id,
                      Function<T, String> name, String kind) {
        Arguments.requireText(nameOrId, kind + " name");
        if (ResourceId.looksLikeId(nameOrId)) {
            return s.get(type, ResourceId.parse(nameOrId)).orElseThrow(() -> unknown(kind, nameOrId, s.all(type), name));
        }
        List<T> named = s.named(type, nameOrId);
        if (named.size() == 1 && name.apply(named.get(0)).equalsIgnoreCase(nameOrId)) {
            return named.get(0);   // the common case, answered without building a list: tests ask by name all along
        }
        return single(named.stream().filter(x -> name.apply(x).equalsIgnoreCase(nameOrId))
                .collect(Collectors.toList()), nameOrId, s.all(type), id, name, kind);
    }

    /**
     * The id a peering's remote network argument names. A bare name that matches no network resolves in the local
     * network's resource group, as the CLI does, so that the control plane answers InvalidGlobalResourceReference.
     */
    static ResourceId remoteNetworkId(TopologyState s, VirtualNetwork local, String nameOrId) {
        Arguments.requireText(nameOrId, "remote virtual network");
        if (ResourceId.looksLikeId(nameOrId)) {
            return ResourceId.parse(nameOrId);
        }
        List<VirtualNetwork> named = s.named(VirtualNetwork.class, nameOrId).stream()
                .filter(n -> n.name().equalsIgnoreCase(nameOrId))
                .collect(Collectors.toList());
        List<VirtualNetwork> sameGroup = named.stream().filter(n -> n.resourceGroup().equalsIgnoreCase(local.resourceGroup())
                && n.subscriptionId().equalsIgnoreCase(local.subscriptionId())).collect(Collectors.toList());
        if (sameGroup.size() == 1) {
            return sameGroup.get(0).id();
        }
        if (named.size() == 1) {
            return named.get(0).id();
        }
        if (named.size() > 1) {
            throw ambiguous("virtual network", nameOrId, named.stream().map(VirtualNetwork::id).collect(Collectors.toList()));
        }
        return ResourceId.resource(local.subscriptionId(), local.resourceGroup(), ResourceId.NETWORK,
                "virtualNetworks", nameOrId);
    }

    static <T> T find(Collection<T> all, String nameOrId, Function<T, ResourceId> id, Function<T, String> name,
                      String kind) {
        Arguments.requireText(nameOrId, kind + " name");
        if (ResourceId.looksLikeId(nameOrId)) {
            ResourceId wanted = ResourceId.parse(nameOrId);
            return all.stream().filter(x -> id.apply(x).equals(wanted)).findFirst()
                    .orElseThrow(() -> unknown(kind, nameOrId, all, name));
        }
        return single(all.stream().filter(x -> name.apply(x).equalsIgnoreCase(nameOrId)).collect(Collectors.toList()),
                nameOrId, all, id, name, kind);
    }

    private static <T> T single(List<T> named, String nameOrId, Collection<T> all, Function<T, ResourceId> id,
                                Function<T, String> name, String kind) {
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            throw unknown(kind, nameOrId, all, name);
        }
        throw ambiguous(kind, nameOrId, named.stream().map(id).collect(Collectors.toList()));
    }

    private static <T> IllegalArgumentException unknown(String kind, String nameOrId, Collection<T> all,
                                                        Function<T, String> name) {
        String known = all.isEmpty() ? "none" : all.stream().map(name).collect(Collectors.joining(", "));
        return new IllegalArgumentException("No " + kind + " named '" + nameOrId + "' in this topology. Known: "
                + known + ".");
    }

    private static IllegalArgumentException ambiguous(String kind, String name, List<ResourceId> ids) {
        return new IllegalArgumentException("More than one " + kind + " is named '" + name + "': "
                + ids.stream().map(ResourceId::toString).collect(Collectors.joining(", "))
                + ". Use the full resource id.");
    }
}
