package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A selection of VMs (their primary network interfaces) for group assertions such as isolation:
 * {@code VMs in SpokeA [Web1, Web2]}. Made by {@link TopologyAssert#vmsIn(String...)} and
 * {@link TopologyAssert#vms(String...)}.
 *
 * @param description what was selected, such as {@code VMs in SpokeA}
 * @param members the selected VMs, in creation order
 */
@API(status = STABLE, since = "0.1")
public record VmGroup(String description, List<Endpoint> members) {

    public VmGroup {
        Objects.requireNonNull(description, "'description' cannot be null.");
        members = List.copyOf(members);
    }

    /** The VMs whose primary interface is in one of {@code networks}, resolved by name or id. */
    static VmGroup vmsIn(Topology topology, String... networks) {
        requireNames(networks, "networks");
        List<VirtualNetwork> selected = new ArrayList<>();
        for (String name : networks) {
            selected.add(topology.network(name));
        }
        List<Endpoint> members = new ArrayList<>();
        for (VirtualMachine vm : topology.state().virtualMachines()) {
            Endpoint endpoint = topology.endpoint(vm);
            if (selected.stream().anyMatch(n -> n.name().equalsIgnoreCase(endpoint.networkName().orElse("")))) {
                members.add(endpoint);
            }
        }
        return new VmGroup("VMs in " + selected.stream().map(VirtualNetwork::name).collect(Collectors.joining(", ")),
                members);
    }

    /** The VMs of these names (or ids). */
    static VmGroup vms(Topology topology, String... names) {
        requireNames(names, "names");
        List<Endpoint> members = new ArrayList<>();
        for (String name : names) {
            members.add(topology.vm(name).endpoint());
        }
        return new VmGroup("VMs", members);
    }

    private static void requireNames(String[] names, String argument) {
        if (names == null || names.length == 0) {
            throw new IllegalArgumentException("'" + argument + "' cannot be empty: name at least one.");
        }
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** {@code VMs in SpokeA [Web1, Web2]}. */
    @Override
    public String toString() {
        return description + " " + members.stream().map(Endpoint::shortName).collect(Collectors.joining(", ", "[", "]"));
    }
}
