package io.vnetlab;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.controlplane.ControlPlane;
import io.vnetlab.controlplane.InterfaceOperations;
import io.vnetlab.controlplane.Operation;

import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * The network interfaces of a topology; most are made with their VMs.
 *
 * <pre>{@code
 * topology.networkInterfaces().updateIpForwarding("FirewallVMNic", true);
 * }</pre>
 */
public final class NetworkInterfaces {

    private final Topology topology;

    NetworkInterfaces(Topology topology) {
        this.topology = topology;
    }

    public NetworkInterface get(String nameOrId) {
        return topology.networkInterface(nameOrId);
    }

    public List<NetworkInterface> list() {
        return List.copyOf(topology.state().networkInterfaces());
    }

    /** Turns IP forwarding on or off, as {@code az network nic update --ip-forwarding} does (§4.4.1). */
    public NetworkInterface updateIpForwarding(String nameOrId, boolean enabled) {
        NetworkInterface nic = topology.networkInterface(nameOrId);
        return topology.apply(s -> {
            NetworkInterface current = s.networkInterface(nic.id()).orElseThrow();
            InterfaceOperations.NicSpec now = InterfaceOperations.NicSpec.of(current);
            InterfaceOperations.NicSpec spec = new InterfaceOperations.NicSpec(now.id(), now.region(), now.subnetId(),
                    now.staticAddress(), enabled, now.networkSecurityGroupId(), now.applicationSecurityGroupIds(),
                    now.publicIpAddressId());
            TopologyState next = InterfaceOperations.putNetworkInterface(s, spec, null, ControlPlane.Mode.CREATE_OR_UPDATE);
            return new Operation.Result<>(next, next.networkInterface(current.id()).orElseThrow());
        });
    }

    /** Deletes a detached interface; Azure refuses while a VM uses it. */
    public void delete(String nameOrId) {
        ResourceId id = topology.networkInterface(nameOrId).id();
        topology.applyState(s -> InterfaceOperations.deleteNetworkInterface(s, id));
    }
}
