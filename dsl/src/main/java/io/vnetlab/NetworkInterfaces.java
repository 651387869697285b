package io.vnetlab;

import io.vnetlab.controlplane.ResourceManager;

import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The network interfaces of a topology; most are made with their VMs.
 *
 * <pre>{@code
 * topology.networkInterfaces().updateIpForwarding("FirewallVMNic", true);
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class NetworkInterfaces {

    private final Topology topology;

    NetworkInterfaces(Topology topology) {
        this.topology = topology;
    }

    public NetworkInterface get(String nameOrId) {
        return topology.networkInterface(nameOrId).snapshot();
    }

    public List<NetworkInterface> list() {
        return List.copyOf(topology.state().networkInterfaces());
    }

    /**
     * Turns IP forwarding on or off, as {@code az network nic update --ip-forwarding} does
     * (docs/azure/routing.md#ip-forwarding).
     */
    public NetworkInterface updateIpForwarding(String nameOrId, boolean enabled) {
        return NicUpdates.apply(topology, nameOrId, spec -> spec.withIpForwarding(enabled));
    }

    /**
     * Adds (or removes) the interface's IPv6 IP configuration, with a dynamic address from its subnet's IPv6 prefix,
     * as {@code az network nic ip-config create --private-ip-address-version IPv6} does
     * (docs/azure/ipv6.md#network-interfaces).
     */
    public NetworkInterface updateIpv6(String nameOrId, boolean enabled) {
        return NicUpdates.apply(topology, nameOrId, spec -> spec.withIpv6(enabled));
    }

    /** Deletes a detached interface; Azure refuses while a VM uses it. */
    public void delete(String nameOrId) {
        ResourceId id = topology.networkInterface(nameOrId).id();
        topology.applyState(s -> ResourceManager.deleteNetworkInterface(s, id));
    }
}
