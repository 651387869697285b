package io.vnetlab;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A live handle on a host at an address of an on-premises site (a local network gateway), reached through the
 * site's connections: {@code topology.onPremisesHost("OnPrem", "10.100.0.10")}.
 *
 * <pre>{@code
 * OnPremisesHost datacenter = azure.onPremisesHost("OnPrem", "10.100.0.10");
 * datacenter.reach(azure.vm("spoke1-vm")).reachable();   // through the hub's VPN gateway
 * }</pre>
 *
 * <b>Stability:</b> public API.
 */
@API(status = STABLE, since = "0.1")
public final class OnPremisesHost extends Host {

    private final ResourceId siteId;
    private final IpAddress hostAddress;

    OnPremisesHost(Topology topology, ResourceId siteId, IpAddress hostAddress) {
        super(topology);
        this.siteId = siteId;
        this.hostAddress = hostAddress;
    }

    /** The site as it is now. @throws IllegalStateException if it was deleted since */
    public LocalNetworkGateway site() {
        return topology().state().get(LocalNetworkGateway.class, siteId).orElseThrow(() -> new IllegalStateException(
                "Site '" + siteId.name() + "' no longer exists in " + topology() + ": it was deleted."));
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the address is no longer behind the site
     */
    @Override
    public Endpoint endpoint() {
        return topology().onPremisesEndpoint(site(), hostAddress);
    }

    @Override
    Object identity() {
        return List.of(siteId, hostAddress);
    }

    /** {@code host 10.100.0.10 (site 'OnPrem')}, as its endpoint prints itself. */
    @Override
    public String toString() {
        return "host " + hostAddress + " (site '" + siteId.name() + "')";
    }
}
