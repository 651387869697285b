package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Where a hop happened or where it sent the packet: a subnet, a network, an appliance's or Azure Firewall's
 * interface, a gateway, an on-premises site, the Internet, or the flow's endpoint.
 *
 * <pre>{@code
 * Place.subnet(nic.subnetId());          // SalesVNet/Apps
 * Place.appliance(nva);                  // the interface the route's next hop address belongs to
 * }</pre>
 *
 * @param id the resource: the subnet, network, interface, gateway or site; {@code null} for the Internet and for an
 *           endpoint that is only an address
 * @param subnetId the subnet an interface or gateway sits in, {@code null} otherwise
 * @param address the private address of an interface, the endpoint's address, or {@code null}
 * @param endpoint the flow's endpoint a hop delivered to, {@code null} for other kinds
 */
@API(status = MAINTAINED, since = "0.1")
public record Place(Kind kind, ResourceId id, ResourceId subnetId, IpAddress address, Endpoint endpoint) {

    /** What kind of place. */
    public enum Kind {
        SUBNET, NETWORK, APPLIANCE, FIREWALL, GATEWAY, SITE, INTERNET, ENDPOINT
    }

    public Place {
        Objects.requireNonNull(kind, "kind");
    }

    public static Place subnet(ResourceId subnetId) {
        return new Place(Kind.SUBNET, subnetId, subnetId, null, null);
    }

    public static Place network(ResourceId networkId) {
        return new Place(Kind.NETWORK, networkId, null, null, null);
    }

    /** A network virtual appliance's interface, or an Azure Firewall's when the interface belongs to one. */
    public static Place appliance(NetworkInterface nic) {
        Kind kind = nic.owner() == io.vnetlab.model.InterfaceOwner.AzureFirewall ? Kind.FIREWALL : Kind.APPLIANCE;
        return new Place(kind, nic.id(), nic.subnetId(), nic.privateIpAddress(), null);
    }

    public static Place gateway(VirtualNetworkGateway gateway) {
        return new Place(Kind.GATEWAY, gateway.id(), gateway.subnetId(), null, null);
    }

    public static Place site(ResourceId siteId) {
        return new Place(Kind.SITE, siteId, null, null, null);
    }

    public static Place internet() {
        return new Place(Kind.INTERNET, null, null, null, null);
    }

    /** The flow's endpoint, delivered to at {@code nic} when the topology holds it ({@code null} otherwise). */
    public static Place endpoint(Endpoint endpoint, NetworkInterface nic) {
        return nic == null ? new Place(Kind.ENDPOINT, endpoint.networkInterfaceId().orElse(null), null,
                endpoint.address(), endpoint)
                : new Place(Kind.ENDPOINT, nic.id(), nic.subnetId(), nic.privateIpAddress(), endpoint);
    }

    /** The virtual network the place is in, when it is in one. */
    public Optional<ResourceId> networkId() {
        if (kind == Kind.NETWORK) {
            return Optional.of(id);
        }
        return subnetId == null ? Optional.empty() : subnetId.parent();
    }

    public Optional<ResourceId> resource() {
        return Optional.ofNullable(id);
    }

    public Optional<IpAddress> ipAddress() {
        return Optional.ofNullable(address);
    }
}
