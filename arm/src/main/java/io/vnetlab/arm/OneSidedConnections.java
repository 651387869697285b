package io.vnetlab.arm;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.GatewayConnection;

import java.util.ArrayList;
import java.util.List;

/**
 * The VNet-to-VNet connections a deployment made without their counterpart: Azure brings a VNet-to-VNet tunnel up
 * only when each gateway has a connection to the other (docs/azure/gateways.md#vnet-to-vnet), so one alone is
 * a template that does not connect the networks, in Azure as in vnetlab. A warning names it.
 */
final class OneSidedConnections {

    private OneSidedConnections() {
    }

    static List<String> warnings(TopologyState state, List<DeployedResource> resources) {
        List<String> warnings = new ArrayList<>();
        for (DeployedResource r : resources) {
            if (r.outcome() != DeployedResource.Outcome.SIMULATED) {
                continue;
            }
            state.get(GatewayConnection.class, r.id())
                    .filter(c -> c.connectionType() == ConnectionType.Vnet2Vnet)
                    .filter(c -> state.all(GatewayConnection.class).stream().noneMatch(back ->
                            back.connectionType() == ConnectionType.Vnet2Vnet
                                    && back.virtualNetworkGateway1Id().equals(c.virtualNetworkGateway2Id())
                                    && c.virtualNetworkGateway1Id().equals(back.virtualNetworkGateway2Id())))
                    .ifPresent(c -> warnings.add("Microsoft.Network/connections '" + c.name() + "' connects gateway '"
                            + c.virtualNetworkGateway1Id().name() + "' to '" + c.virtualNetworkGateway2Id().name()
                            + "', but no Vnet2Vnet connection goes back from '" + c.virtualNetworkGateway2Id().name()
                            + "': it stays NotConnected and carries no traffic until that connection exists, as Azure"
                            + " brings the tunnel up only when each gateway has a connection to the other."));
        }
        return warnings;
    }
}
