package io.vnetlab.az;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every resource of a state as comparable values, table by table: two states built independently (the live one and
 * the one its journal replays to) are equal when their snapshots are.
 */
record StateSnapshot(Map<String, List<Object>> tables) {

    static final List<Class<?>> TYPES = List.of(ResourceGroup.class, VirtualNetwork.class, Peering.class,
            NetworkInterface.class, VirtualMachine.class, NetworkSecurityGroup.class, RouteTable.class,
            PublicIpAddress.class, ApplicationSecurityGroup.class, VirtualNetworkGateway.class,
            LocalNetworkGateway.class, GatewayConnection.class);

    static StateSnapshot of(TopologyState state) {
        Map<String, List<Object>> tables = new LinkedHashMap<>();
        for (Class<?> type : TYPES) {
            tables.put(type.getSimpleName(), List.copyOf(state.all(type)));
        }
        return new StateSnapshot(tables);
    }
}
