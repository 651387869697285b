package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualMachine;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One end of a flow: a network interface (usually a VM's) or a bare address (a host on the Internet, say).
 * {@link #toString()} is short and identifying: {@code vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)}.
 */
@API(status = MAINTAINED, since = "0.1")
public final class Endpoint {

    private final IpAddress address;
    private final ResourceId networkInterfaceId;
    private final String virtualMachineName;
    private final String networkInterfaceName;
    private final String networkName;
    private final String subnetName;
    private final ResourceId siteId;
    private final String fqdn;
    /** The private endpoint whose interface this is, {@code null} for any other (docs/azure/private-endpoints.md). */
    private final String privateEndpointName;

    private Endpoint(IpAddress address, ResourceId networkInterfaceId, String virtualMachineName,
                     String networkInterfaceName, String networkName, String subnetName) {
        this(address, networkInterfaceId, virtualMachineName, networkInterfaceName, networkName, subnetName, null);
    }

    private Endpoint(IpAddress address, ResourceId networkInterfaceId, String virtualMachineName,
                     String networkInterfaceName, String networkName, String subnetName, ResourceId siteId) {
        this(address, networkInterfaceId, virtualMachineName, networkInterfaceName, networkName, subnetName, siteId,
                null, null);
    }

    private Endpoint(IpAddress address, ResourceId networkInterfaceId, String virtualMachineName,
                     String networkInterfaceName, String networkName, String subnetName, ResourceId siteId,
                     String fqdn, String privateEndpointName) {
        this.privateEndpointName = privateEndpointName;
        this.fqdn = fqdn;
        this.address = address;
        this.networkInterfaceId = networkInterfaceId;
        this.virtualMachineName = virtualMachineName;
        this.networkInterfaceName = networkInterfaceName;
        this.networkName = networkName;
        this.subnetName = subnetName;
        this.siteId = siteId;
    }

    // ---- on-premises hosts

    /**
     * A host at {@code address} in an on-premises site (a local network gateway), reached through the site's
     * connections: {@code topology.onPremisesHost("OnPrem", "10.100.0.10")} builds one after checking the address.
     */
    public static Endpoint onPremises(ResourceId siteId, IpAddress address) {
        Objects.requireNonNull(siteId, "'siteId' cannot be null.");
        Objects.requireNonNull(address, "'address' cannot be null.");
        return new Endpoint(address, null, null, null, null, null, siteId);
    }

    public boolean isOnPremises() {
        return siteId != null;
    }

    /** The site (local network gateway) of an on-premises host. */
    public Optional<ResourceId> siteId() {
        return Optional.ofNullable(siteId);
    }

    /** The network interface {@code nic}, attached to {@code vm} (or {@code null} for a detached one). */
    public static Endpoint of(NetworkInterface nic, VirtualMachine vm) {
        Objects.requireNonNull(nic, "'nic' cannot be null.");
        return new Endpoint(nic.privateIpAddress(), nic.id(), vm == null ? null : vm.name(), nic.name(),
                nic.networkId().name(), nic.subnetId().name());
    }

    /** The interface of private endpoint {@code endpointName}, which its name, rather than the interface's, labels. */
    static Endpoint ofPrivateEndpoint(NetworkInterface nic, String endpointName) {
        return new Endpoint(nic.privateIpAddress(), nic.id(), null, nic.name(), nic.networkId().name(),
                nic.subnetId().name(), null, null, endpointName);
    }

    /**
     * The network interface {@code nic} at its IPv6 address, for IPv6 flows (docs/azure/ipv6.md#network-interfaces).
     *
     * @throws IllegalArgumentException if the interface has no IPv6 IP configuration
     */
    public static Endpoint ipv6Of(NetworkInterface nic, VirtualMachine vm) {
        Objects.requireNonNull(nic, "'nic' cannot be null.");
        IpAddress v6 = nic.ipv6Address().orElseThrow(() -> new IllegalArgumentException("Network interface '"
                + nic.name() + "' has no IPv6 address; give it an IPv6 IP configuration in a dual-stack subnet."));
        return new Endpoint(v6, nic.id(), vm == null ? null : vm.name(), nic.name(), nic.networkId().name(),
                nic.subnetId().name());
    }

    /** A bare address outside the topology's interfaces, such as a host on the Internet. */
    public static Endpoint address(IpAddress address) {
        Objects.requireNonNull(address, "'address' cannot be null.");
        return new Endpoint(address, null, null, null, null, null);
    }

    /**
     * A host named {@code fqdn} at {@code address}, such as a web site on the Internet: Azure Firewall application
     * rules and FQDN network rules match the name (docs/azure/azure-firewall.md#fqdns).
     */
    public static Endpoint host(String fqdn, IpAddress address) {
        Objects.requireNonNull(fqdn, "'fqdn' cannot be null.");
        Objects.requireNonNull(address, "'address' cannot be null.");
        return new Endpoint(address, null, null, null, null, null, null, fqdn, null);
    }

    /** The host name the flow names for this end, if any. */
    public Optional<String> fqdn() {
        return Optional.ofNullable(fqdn);
    }

    /** A bare address, parsed. */
    public static Endpoint address(String address) {
        return address(IpAddress.parse(address));
    }

    public IpAddress address() {
        return address;
    }

    public boolean isNetworkInterface() {
        return networkInterfaceId != null;
    }

    public Optional<ResourceId> networkInterfaceId() {
        return Optional.ofNullable(networkInterfaceId);
    }

    /** The interface's id, {@code null} when this is not an interface: for the walk, which asks it on every pair. */
    ResourceId interfaceIdOrNull() {
        return networkInterfaceId;
    }

    public Optional<String> virtualMachineName() {
        return Optional.ofNullable(virtualMachineName);
    }

    /** The network's name, for an interface. */
    public Optional<String> networkName() {
        return Optional.ofNullable(networkName);
    }

    /** {@code SalesVM}, or the private endpoint's name, or the NIC's name, or the address. */
    public String shortName() {
        if (virtualMachineName != null) {
            return virtualMachineName;
        }
        if (privateEndpointName != null) {
            return privateEndpointName;
        }
        return networkInterfaceName != null ? networkInterfaceName : address.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Endpoint other && address.equals(other.address)
                && Objects.equals(networkInterfaceId, other.networkInterfaceId) && Objects.equals(siteId, other.siteId)
                && Objects.equals(fqdn, other.fqdn);
    }

    @Override
    public int hashCode() {
        // Objects.hash's value, without its array: every cached verdict is looked up by a flow of two endpoints
        int hash = 31 + address.hashCode();
        hash = 31 * hash + Objects.hashCode(networkInterfaceId);
        return 31 * hash + Objects.hashCode(siteId);
    }

    @Override
    public String toString() {
        if (siteId != null) {
            return "host " + address + " (site '" + siteId.name() + "')";
        }
        if (fqdn != null) {
            return "host " + fqdn + " (" + address + ")";
        }
        if (networkInterfaceId == null) {
            return "address " + address;
        }
        String kind = virtualMachineName != null ? "vm '" + virtualMachineName + "'"
                : privateEndpointName != null ? "private endpoint '" + privateEndpointName + "'"
                : "nic '" + networkInterfaceName + "'";
        return kind + " " + address + " (" + networkName + "/" + subnetName + ")";
    }
}
