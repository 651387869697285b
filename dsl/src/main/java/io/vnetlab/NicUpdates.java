package io.vnetlab;

import io.vnetlab.controlplane.*;

import io.vnetlab.model.NetworkInterface;

import java.util.function.UnaryOperator;

/** Re-PUTs a network interface with one thing changed, as the association operations of issue 4 need. */
final class NicUpdates {

    private NicUpdates() {
    }

    static NetworkInterface apply(Topology topology, String nameOrId, UnaryOperator<NicRequest> change) {
        NetworkInterface nic = topology.networkInterface(nameOrId);
        return topology.apply(s -> {
            NetworkInterface current = s.networkInterface(nic.id()).orElseThrow();
            NicRequest spec = change.apply(NicRequest.of(current));
            TopologyState next = ResourceManager.putNetworkInterface(s, spec, PutMode.CREATE_OR_UPDATE);
            return new Operation.Result<>(next, next.networkInterface(current.id()).orElseThrow());
        });
    }
}
