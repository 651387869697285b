package io.vnetlab;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.controlplane.ControlPlane;
import io.vnetlab.controlplane.InterfaceOperations;
import io.vnetlab.controlplane.Operation;

import io.vnetlab.model.NetworkInterface;

import java.util.function.UnaryOperator;

/** Re-PUTs a network interface with one thing changed, as the association operations of issue 4 need. */
final class NicUpdates {

    private NicUpdates() {
    }

    static NetworkInterface apply(Topology topology, String nameOrId, UnaryOperator<InterfaceOperations.NicSpec> change) {
        NetworkInterface nic = topology.networkInterface(nameOrId);
        return topology.apply(s -> {
            NetworkInterface current = s.networkInterface(nic.id()).orElseThrow();
            InterfaceOperations.NicSpec spec = change.apply(InterfaceOperations.NicSpec.of(current));
            TopologyState next = InterfaceOperations.putNetworkInterface(s, spec, null, ControlPlane.Mode.CREATE_OR_UPDATE);
            return new Operation.Result<>(next, next.networkInterface(current.id()).orElseThrow());
        });
    }
}
