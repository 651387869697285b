package io.vnetlab.controlplane;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PrivateEndpoint;
import io.vnetlab.model.PrivateEndpointNetworkPolicies;
import io.vnetlab.model.PrivateLinkConnection;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;
import java.util.Optional;

/**
 * Private endpoints, validated as Azure validates them (docs/azure/private-endpoints.md#rules) and simulated as the
 * read-only interface Azure creates for each in its subnet: the endpoint's life creates, keeps and deletes it, and no
 * other operation may change it (docs/azure/private-endpoints.md#network-interface).
 */
final class PrivateEndpointOperations {

    private PrivateEndpointOperations() {
    }

    static TopologyState putPrivateEndpoint(TopologyState s, PrivateEndpointRequest request, PutMode mode) {
        ResourceId id = request.id();
        Names.require(NamingRule.PRIVATE_ENDPOINT, id);
        ControlPlane.requireResourceGroup(s, id);
        Optional<PrivateEndpoint> existing = s.get(PrivateEndpoint.class, id);
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw ControlPlane.alreadyExists("Private endpoint", id.name(), "resource group '" + id.resourceGroup()
                    + "'", id);
        }
        if (existing.isPresent()) {
            requireCreationPropertiesKept(s, existing.get(), request);
        }
        ResourceId networkId = request.subnetId().parent().orElseThrow();
        VirtualNetwork network = s.network(networkId).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/virtualNetworks", networkId.name(), networkId));
        if (network.subnet(request.subnetId().name()).isEmpty()) {
            throw ControlPlane.notFound("Microsoft.Network/virtualNetworks/subnets", networkId.name() + "/"
                    + request.subnetId().name(), request.subnetId());
        }
        if (!network.region().name().equals(request.region().name())) {
            throw new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + request.subnetId()
                    + " referenced by resource " + id + " was not found. Please make sure that the referenced"
                    + " resource exists, and that both resources are in the same region. A private endpoint must be"
                    + " in the region of its virtual network: it is in " + request.region().name() + " and virtual"
                    + " network " + network.name() + " in " + network.region().name() + ".", request.subnetId(), id);
        }
        if (!network.subscriptionId().equalsIgnoreCase(id.subscriptionId())) {
            throw new AzureException(AzureErrorCode.PrivateEndpointSubscriptionMismatch, "Private endpoint " + id
                    + " is in subscription " + id.subscriptionId() + " and virtual network " + network.id()
                    + " in subscription " + network.subscriptionId() + "; a private endpoint must be in the"
                    + " subscription of its virtual network.", id, network.id());
        }
        ResourceId nicId = existing.map(PrivateEndpoint::networkInterfaceId).orElseGet(() -> interfaceId(request));
        if (request.customNetworkInterfaceName() != null) {
            Names.require(NamingRule.NETWORK_INTERFACE, nicId);   // a name the user gives follows the users' rule
        }
        NicRequest nic = new NicRequest(nicId, request.region(), request.subnetId(), request.staticAddress(), false,
                null, request.applicationSecurityGroupIds(), null, InterfaceOwner.PrivateEndpoint)
                .withIpConfigurationName("privateEndpointIpConfig." + ControlPlane.guid(nicId));
        TopologyState next = InterfaceOperations.putNetworkInterface(s, nic, null,
                existing.isPresent() ? PutMode.CREATE_OR_UPDATE : PutMode.CREATE);
        // the owner's answer stays with a PUT that asks for the same connection (docs/azure/private-endpoints.md#approval)
        PrivateLinkConnection connection = existing.map(PrivateEndpoint::connection)
                .filter(c -> c.sameRequestAs(request.connection()))
                .map(c -> request.connection().withStatus(c.status(), c.statusDescription()))
                .orElse(request.connection());
        PrivateEndpoint endpoint = new PrivateEndpoint(existing.map(PrivateEndpoint::id).orElse(id),
                existing.map(PrivateEndpoint::name).orElse(id.name()), request.region(), request.subnetId(), nicId,
                existing.map(PrivateEndpoint::customNetworkInterfaceName).orElse(request.customNetworkInterfaceName()),
                connection);
        return next.with(PrivateEndpoint.class, endpoint.id(), endpoint);
    }

    /**
     * Refuses a PUT that changes what is set when an endpoint is created: its subnet (Azure's code), its interface's
     * name and its static address (docs/azure/private-endpoints.md#rules).
     */
    private static void requireCreationPropertiesKept(TopologyState s, PrivateEndpoint existing,
                                                      PrivateEndpointRequest request) {
        ResourceId id = existing.id();
        if (!existing.subnetId().equals(request.subnetId())) {
            throw new AzureException(AzureErrorCode.CannotChangeSubnetOnExistingPrivateEndpoint, "Private endpoint "
                    + id + " is in subnet " + existing.subnetId() + "; the subnet of an existing private endpoint"
                    + " cannot be changed to " + request.subnetId() + ". Delete the private endpoint and create it in"
                    + " the new subnet.", id, request.subnetId());
        }
        String askedName = request.customNetworkInterfaceName();
        String name = existing.customNetworkInterfaceName();
        if (name == null ? askedName != null : !name.equalsIgnoreCase(askedName)) {
            throw creationPropertyChanged(id, "custom network interface name", name == null ? "none"
                    : "'" + name + "'", askedName == null ? "none" : "'" + askedName + "'");
        }
        NetworkInterface nic = s.networkInterface(existing.networkInterfaceId()).orElseThrow();
        String address = nic.allocationMethod() == IpAllocationMethod.Static ? nic.privateIpAddress().toString() : null;
        String askedAddress = request.staticAddress();
        if (address == null ? askedAddress != null : !address.equals(askedAddress)) {
            throw creationPropertyChanged(id, "static IP address", address == null ? "none" : address,
                    askedAddress == null ? "none" : askedAddress);
        }
    }

    private static AzureException creationPropertyChanged(ResourceId id, String property, String was, String asked) {
        return new AzureException(AzureErrorCode.PrivateEndpointPropertySetAtCreation, "The " + property
                + " of private endpoint " + id + " is set when the endpoint is created and cannot be changed from "
                + was + " to " + asked + ". Delete the private endpoint and create it again to change it.", id);
    }

    /**
     * The interface Azure creates: named as asked, else {@code <endpoint>.nic.<guid>}, in the endpoint's group
     * (docs/azure/private-endpoints.md#network-interface).
     */
    private static ResourceId interfaceId(PrivateEndpointRequest request) {
        String name = request.customNetworkInterfaceName() != null ? request.customNetworkInterfaceName()
                : request.id().name() + ".nic." + ControlPlane.guid(request.id());
        return ResourceId.resource(request.id().subscriptionId(), request.id().resourceGroup(), ResourceId.NETWORK,
                "networkInterfaces", name);
    }

    /** Sets a subnet's {@code privateEndpointNetworkPolicies} ({@code null}: unset, read as Disabled). */
    static TopologyState setNetworkPolicies(TopologyState s, ResourceId subnetId,
                                            PrivateEndpointNetworkPolicies policies) {
        return NetworkOperations.putSubnetOf(s, subnetId, subnet -> subnet.withPrivateEndpointNetworkPolicies(policies));
    }

    /**
     * The answer of the target's owner to an endpoint's connection: approved or rejected, with its reason
     * (docs/azure/private-endpoints.md#approval).
     */
    static TopologyState setConnectionStatus(TopologyState s, ResourceId endpointId,
                                             PrivateLinkConnection.Status status, String description) {
        PrivateEndpoint endpoint = s.get(PrivateEndpoint.class, endpointId).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/privateEndpoints", endpointId.name(), endpointId));
        PrivateEndpoint answered = new PrivateEndpoint(endpoint.id(), endpoint.name(), endpoint.region(),
                endpoint.subnetId(), endpoint.networkInterfaceId(), endpoint.customNetworkInterfaceName(),
                endpoint.connection().withStatus(status, description));
        return s.with(PrivateEndpoint.class, endpoint.id(), answered);
    }

    /** Deletes a private endpoint and the interface Azure created for it. */
    static TopologyState deletePrivateEndpoint(TopologyState s, ResourceId id) {
        PrivateEndpoint endpoint = s.get(PrivateEndpoint.class, id).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/privateEndpoints", id.name(), id));
        return PrivateDnsOperations.deleteZoneGroupsOf(s, endpoint.id()).without(PrivateEndpoint.class, endpoint.id())
                .withoutNetworkInterface(endpoint.networkInterfaceId());
    }

    /**
     * Refuses a change to the interface of a private endpoint made other than through the endpoint
     * (docs/azure/private-endpoints.md#network-interface).
     */
    static void requireNotPrivateEndpointInterface(TopologyState s, ResourceId nicId) {
        Optional<NetworkInterface> nic = s.networkInterface(nicId);
        if (nic.isPresent() && nic.get().owner() == InterfaceOwner.PrivateEndpoint) {
            ResourceId endpoint = s.all(PrivateEndpoint.class).stream()
                    .filter(e -> e.networkInterfaceId().equals(nic.get().id())).map(PrivateEndpoint::id)
                    .findFirst().orElse(nic.get().id());
            throw new AzureException(AzureErrorCode.CannotModifyNicAttachedToPrivateEndpoint, "Network interface "
                    + nic.get().id() + " is attached to private endpoint " + endpoint + ". It can not be modified"
                    + " by user.", nic.get().id(), endpoint);
        }
    }
}
