package io.vnetlab.controlplane;

import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DELETEs of the resources that only others point at (public IPs, application security groups, gateways and their
 * connections): each is refused while something still references it, as Azure refuses to leave a dangling
 * reference (docs/azure/decisions.md#deleting-referenced-resources).
 */
final class DeleteOperations {

    private DeleteOperations() {
    }

    /** Deletes a public IP address; refused while an interface's IP configuration uses it. */
    static TopologyState deletePublicIpAddress(TopologyState s, ResourceId id) {
        PublicIpAddress pip = s.get(PublicIpAddress.class, id).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/publicIPAddresses", id.name(), id));
        for (NetworkInterface nic : s.networkInterfaces()) {
            if (pip.id().equals(nic.publicIpAddressId())) {
                throw new AzureException(AzureErrorCode.PublicIPAddressCannotBeDeleted, "Public IP address " + pip.id()
                        + " can not be deleted since it is still allocated to resource " + nic.id()
                        + ". In order to delete the public IP, disassociate/detach the Public IP address from the"
                        + " resource.", pip.id(), nic.id());
            }
        }
        for (VirtualNetworkGateway gateway : s.all(VirtualNetworkGateway.class)) {
            if (gateway.publicIpAddressIds().contains(pip.id())) {
                throw new AzureException(AzureErrorCode.PublicIPAddressCannotBeDeleted, "Public IP address " + pip.id()
                        + " can not be deleted since it is still allocated to resource " + gateway.id()
                        + ". In order to delete the public IP, disassociate/detach the Public IP address from the"
                        + " resource.", pip.id(), gateway.id());
            }
        }
        return s.without(PublicIpAddress.class, pip.id());
    }

    /** Deletes an application security group; refused while an interface belongs to it. */
    static TopologyState deleteApplicationSecurityGroup(TopologyState s, ResourceId id) {
        ApplicationSecurityGroup asg = s.get(ApplicationSecurityGroup.class, id).orElseThrow(() ->
                ControlPlane.notFound("Microsoft.Network/applicationSecurityGroups", id.name(), id));
        List<ResourceId> users = s.networkInterfaces().stream()
                .filter(nic -> nic.applicationSecurityGroupIds().contains(asg.id())).map(NetworkInterface::id)
                .toList();
        requireUnused(asg.id(), "Application security group", users);
        return s.without(ApplicationSecurityGroup.class, asg.id());
    }

    /** Deletes a virtual network gateway; refused while a connection names it. */
    static TopologyState deleteVirtualNetworkGateway(TopologyState s, ResourceId id) {
        VirtualNetworkGateway gateway = s.get(VirtualNetworkGateway.class, id).orElseThrow(() ->
                ControlPlane.notFound("Microsoft.Network/virtualNetworkGateways", id.name(), id));
        List<ResourceId> users = s.all(GatewayConnection.class).stream()
                .filter(c -> gateway.id().equals(c.virtualNetworkGateway1Id())
                        || gateway.id().equals(c.virtualNetworkGateway2Id()))
                .map(GatewayConnection::id).toList();
        requireUnused(gateway.id(), "Virtual network gateway", users);
        return s.without(VirtualNetworkGateway.class, gateway.id());
    }

    /** Deletes a local network gateway; refused while a connection names it. */
    static TopologyState deleteLocalNetworkGateway(TopologyState s, ResourceId id) {
        LocalNetworkGateway site = s.get(LocalNetworkGateway.class, id).orElseThrow(() ->
                ControlPlane.notFound("Microsoft.Network/localNetworkGateways", id.name(), id));
        List<ResourceId> users = s.all(GatewayConnection.class).stream()
                .filter(c -> site.id().equals(c.localNetworkGatewayId())).map(GatewayConnection::id).toList();
        requireUnused(site.id(), "Local network gateway", users);
        return s.without(LocalNetworkGateway.class, site.id());
    }

    /** Deletes a connection between gateways; nothing references a connection. */
    static TopologyState deleteConnection(TopologyState s, ResourceId id) {
        GatewayConnection connection = s.get(GatewayConnection.class, id).orElseThrow(() ->
                ControlPlane.notFound("Microsoft.Network/connections", id.name(), id));
        return s.without(GatewayConnection.class, connection.id());
    }

    private static void requireUnused(ResourceId id, String kind, List<ResourceId> users) {
        if (users.isEmpty()) {
            return;
        }
        List<ResourceId> all = new ArrayList<>(users);
        all.add(0, id);
        throw new AzureException(AzureErrorCode.InUseResourceCannotBeDeleted, kind + " " + id + " cannot be deleted"
                + " because it is in use by the following resources: " + users.stream().map(ResourceId::toString)
                .collect(Collectors.joining(", ")) + ". Delete them or remove their reference first.", all);
    }
}
