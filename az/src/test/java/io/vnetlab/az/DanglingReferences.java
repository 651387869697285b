package io.vnetlab.az;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.ArrayList;
import java.util.List;

/**
 * The references between resources that must resolve in every state: what a subnet, an interface, a VM, a gateway
 * and a connection point at exists. A delete that leaves one of them pointing at nothing deleted something in use.
 */
final class DanglingReferences {

    private DanglingReferences() {
    }

    /** Each reference of {@code s} that points at nothing, as "what -> missing id". */
    static List<String> in(TopologyState s) {
        List<String> dangling = new ArrayList<>();
        for (VirtualNetwork network : s.networks()) {
            for (Subnet subnet : network.subnets()) {
                check(dangling, s, subnet.id(), NetworkSecurityGroup.class, subnet.networkSecurityGroupId());
                check(dangling, s, subnet.id(), RouteTable.class, subnet.routeTableId());
            }
        }
        for (NetworkInterface nic : s.networkInterfaces()) {
            if (s.subnet(nic.subnetId()).isEmpty()) {
                dangling.add(nic.id() + " -> " + nic.subnetId());
            }
            check(dangling, s, nic.id(), VirtualMachine.class, nic.virtualMachineId());
            check(dangling, s, nic.id(), NetworkSecurityGroup.class, nic.networkSecurityGroupId());
            check(dangling, s, nic.id(), PublicIpAddress.class, nic.publicIpAddressId());
            nic.applicationSecurityGroupIds().forEach(asg ->
                    check(dangling, s, nic.id(), ApplicationSecurityGroup.class, asg));
        }
        for (VirtualMachine vm : s.virtualMachines()) {
            vm.networkInterfaceIds().forEach(nic -> check(dangling, s, vm.id(), NetworkInterface.class, nic));
        }
        for (VirtualNetworkGateway gateway : s.all(VirtualNetworkGateway.class)) {
            if (s.subnet(gateway.subnetId()).isEmpty()) {
                dangling.add(gateway.id() + " -> " + gateway.subnetId());
            }
        }
        for (GatewayConnection connection : s.all(GatewayConnection.class)) {
            check(dangling, s, connection.id(), VirtualNetworkGateway.class, connection.virtualNetworkGateway1Id());
            check(dangling, s, connection.id(), VirtualNetworkGateway.class, connection.virtualNetworkGateway2Id());
            check(dangling, s, connection.id(), LocalNetworkGateway.class, connection.localNetworkGatewayId());
        }
        return dangling;
    }

    private static void check(List<String> dangling, TopologyState s, ResourceId from, Class<?> type, ResourceId to) {
        if (to != null && s.get(type, to).isEmpty()) {
            dangling.add(from + " -> " + to);
        }
    }
}
