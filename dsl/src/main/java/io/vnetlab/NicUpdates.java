package io.vnetlab;

import io.vnetlab.controlplane.NicRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.NetworkInterface;

import java.util.function.UnaryOperator;

/** Re-PUTs a network interface with one thing changed, as its associations and IP forwarding need. */
final class NicUpdates {

    private NicUpdates() {
    }

    static NetworkInterface apply(Topology topology, String nameOrId, UnaryOperator<NicRequest> change) {
        NetworkInterface nic = topology.networkInterface(nameOrId).snapshot();
        return topology.apply(s -> {
            NetworkInterface current = s.networkInterface(nic.id()).orElseThrow();
            NicRequest spec = change.apply(NicRequest.of(current));
            TopologyState next = ResourceManager.putNetworkInterface(s, spec, PutMode.CREATE_OR_UPDATE);
            return new Operation.Result<>(next, next.networkInterface(current.id()).orElseThrow());
        });
    }
}
