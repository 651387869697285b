package io.vnetlab.junit;

import io.vnetlab.Host;
import io.vnetlab.Nic;
import io.vnetlab.Topology;
import io.vnetlab.Vm;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds the resource a parameter or a view accessor names, with messages that list the known names. */
final class ResourceLookup {

    /**
     * The kinds of resource that can be injected, in the order an error message lists them: the live handles first,
     * then the records (snapshots, as the resource was when injected).
     */
    static final List<Class<?>> KINDS = List.of(Vm.class, Nic.class, Host.class, VirtualMachine.class,
            NetworkInterface.class, VirtualNetwork.class, Subnet.class, Peering.class, Endpoint.class);

    private ResourceLookup() {
    }

    static boolean isKind(Class<?> type) {
        return KINDS.contains(type);
    }

    static String kindNames() {
        return KINDS.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
    }

    /**
     * The resource of {@code type} that {@code name} names in the topology's current state.
     *
     * @param lenient also match names that differ only in case and in the characters {@code -}, {@code .},
     *                {@code _} (the naming rule of view accessors)
     * @throws NoSuchResourceException naming the known resources of that kind
     */
    static Object find(Topology topology, Class<?> type, String name, boolean lenient) {
        if (type == Vm.class) {
            return topology.vm(((VirtualMachine) find(topology, VirtualMachine.class, name, lenient)).id().toString());
        }
        if (type == Nic.class) {
            return topology.networkInterface(((NetworkInterface) find(topology, NetworkInterface.class, name, lenient))
                    .id().toString());
        }
        if (type == Host.class) {
            return host(topology, name, lenient);
        }
        TopologyState state = topology.state();
        if (type == VirtualMachine.class) {
            return one(candidates(state.virtualMachines(), VirtualMachine::name, vm -> vm.name(),
                    vm -> vm.id().toString()), name, lenient, "virtual machine");
        }
        if (type == NetworkInterface.class) {
            return one(candidates(state.networkInterfaces(), NetworkInterface::name, NetworkInterface::name,
                    nic -> nic.id().toString()), name, lenient, "network interface");
        }
        if (type == VirtualNetwork.class) {
            return one(candidates(state.networks(), VirtualNetwork::name, VirtualNetwork::name,
                    n -> n.id().toString()), name, lenient, "virtual network");
        }
        if (type == Subnet.class) {
            List<Subnet> subnets = state.networks().stream().flatMap(n -> n.subnets().stream())
                    .collect(Collectors.toList());
            return one(candidates(subnets, Subnet::name, s -> s.networkName() + "/" + s.name(),
                    s -> s.id().toString()), name, lenient, "subnet");
        }
        if (type == Peering.class) {
            return one(candidates(state.peerings(), Peering::name, p -> p.localNetworkName() + "/" + p.name(),
                    p -> p.id().toString()), name, lenient, "peering");
        }
        if (type == Endpoint.class) {
            return host(topology, name, lenient).endpoint();
        }
        throw new IllegalArgumentException("No resource kind " + type.getName() + "; one of " + kindNames() + ".");
    }

    /** A VM's or network interface's handle by name, or an address's. */
    private static Host host(Topology topology, String name, boolean lenient) {
        if (IpAddress.isValid(name)) {
            return topology.host(name);
        }
        TopologyState state = topology.state();
        List<Candidate<Object>> all = new ArrayList<>();
        all.addAll(candidates(state.virtualMachines(), VirtualMachine::name, VirtualMachine::name,
                vm -> vm.id().toString()));
        all.addAll(candidates(state.networkInterfaces(), NetworkInterface::name, NetworkInterface::name,
                nic -> nic.id().toString()));
        Object found = one(all, name, lenient, "VM or network interface");
        return found instanceof VirtualMachine vm ? topology.vm(vm.id().toString())
                : topology.networkInterface(((NetworkInterface) found).id().toString());
    }

    /**
     * Why {@code target}, annotated {@code @AzureResource(name)}, cannot receive a resource: its type is no kind of
     * resource.
     */
    static String wrongKind(String target, String name, Class<?> type, String hint) {
        return target + " is annotated with @AzureResource(\"" + name + "\") but is of type " + type.getName()
                + ": declare it as one of " + kindNames() + hint + ".";
    }

    private record Candidate<T>(T resource, String shortName, String qualifiedName, String id) {

        boolean matches(String name, boolean lenient) {
            if (shortName.equalsIgnoreCase(name) || qualifiedName.equalsIgnoreCase(name) || id.equalsIgnoreCase(name)) {
                return true;
            }
            return lenient && (normalized(shortName).equals(normalized(name))
                    || normalized(qualifiedName).equals(normalized(name)));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Candidate<Object>> candidates(java.util.Collection<T> resources,
                                                          Function<T, String> shortName,
                                                          Function<T, String> qualifiedName,
                                                          Function<T, String> id) {
        List<Candidate<Object>> out = new ArrayList<>();
        for (T r : resources) {
            out.add((Candidate<Object>) (Candidate<?>) new Candidate<>(r, shortName.apply(r), qualifiedName.apply(r),
                    id.apply(r)));
        }
        return out;
    }

    private static Object one(List<Candidate<Object>> all, String name, boolean lenient, String kind) {
        List<Candidate<Object>> exact = all.stream().filter(c -> c.matches(name, false)).collect(Collectors.toList());
        List<Candidate<Object>> found = exact.isEmpty() && lenient
                ? all.stream().filter(c -> c.matches(name, true)).collect(Collectors.toList()) : exact;
        if (found.size() == 1) {
            return found.get(0).resource();
        }
        if (found.isEmpty()) {
            String known = all.isEmpty() ? "none" : all.stream().map(Candidate::qualifiedName)
                    .collect(Collectors.joining(", "));
            throw new NoSuchResourceException("No " + kind + " named '" + name + "'. Known: " + known + ".");
        }
        throw new NoSuchResourceException("'" + name + "' names more than one " + kind + ": " + found.stream()
                .map(Candidate::qualifiedName).collect(Collectors.joining(", ")) + ". Qualify it with its network"
                + " (\"" + found.get(0).qualifiedName() + "\") or use its ARM id.");
    }

    /** Lower case, letters and digits only: the form in which view accessors and resource names are compared. */
    static String normalized(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A name that matches no resource, or more than one. */
    static final class NoSuchResourceException extends RuntimeException {
        NoSuchResourceException(String message) {
            super(message);
        }
    }
}
