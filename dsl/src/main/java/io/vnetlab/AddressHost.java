package io.vnetlab;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.Endpoint;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A live handle on an address: {@code topology.host("203.0.113.7")}. While a network interface of the topology
 * holds the address, the address is that interface (as {@link Topology#endpoint(String)} resolves it); otherwise it
 * is a bare address, such as a host on the Internet. Which one is read again on every call.
 *
 * <pre>{@code
 * Host internet = azure.host("203.0.113.7");
 * azure.vm("WebVM").reach(internet, Protocol.Tcp, 443);
 * }</pre>
 *
 * <b>Stability:</b> public API.
 */
@API(status = STABLE, since = "0.1")
public final class AddressHost extends Host {

    private final IpAddress hostAddress;

    AddressHost(Topology topology, IpAddress hostAddress) {
        super(topology);
        this.hostAddress = hostAddress;
    }

    @Override
    public Endpoint endpoint() {
        return topology().endpoint(hostAddress.toString());
    }

    @Override
    Object identity() {
        return hostAddress;
    }

    /** {@code address 203.0.113.7}. */
    @Override
    public String toString() {
        return "address " + hostAddress;
    }
}
