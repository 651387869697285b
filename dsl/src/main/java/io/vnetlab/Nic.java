package io.vnetlab;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.dataplane.EffectiveSecurityRules;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A live handle on a network interface of a {@link Topology}: {@code topology.networkInterface("nvaVMNic")}, or a
 * {@link Vm}'s. It reads the topology's current state on every call.
 *
 * <pre>{@code
 * Nic nva = azure.networkInterface("nvaVMNic");
 * azure.networkInterfaces().updateIpForwarding("nvaVMNic", true);
 * nva.ipForwarding();                    // true: the handle reads the change
 * nva.reach(azure.vm("spoke2-vm"));
 * NetworkInterface now = nva.snapshot(); // the immutable record, with every property
 * }</pre>
 *
 * <b>Stability:</b> public API.
 */
@API(status = STABLE, since = "0.1")
public final class Nic extends ResourceHost<NetworkInterface> {

    Nic(Topology topology, ResourceId id) {
        super(topology, id);
    }

    @Override
    Optional<NetworkInterface> current() {
        return topology().state().networkInterface(id());
    }

    @Override
    String kind() {
        return "Network interface";
    }

    public Region region() {
        return snapshot().region();
    }

    public IpAddress privateIpAddress() {
        return snapshot().privateIpAddress();
    }

    public IpAllocationMethod allocationMethod() {
        return snapshot().allocationMethod();
    }

    /** Whether it forwards packets not addressed to it (docs/azure/routing.md#ip-forwarding). */
    public boolean ipForwarding() {
        return snapshot().ipForwarding();
    }

    public ResourceId subnetId() {
        return snapshot().subnetId();
    }

    /** The network its subnet belongs to. */
    public ResourceId networkId() {
        return snapshot().networkId();
    }

    /** The VM it is attached to, if any. */
    public Optional<Vm> virtualMachine() {
        return snapshot().virtualMachine().map(vm -> new Vm(topology(), vm));
    }

    /** The effective routes of this interface, as {@code az network nic show-effective-route-table} lists them. */
    public EffectiveRouteTable effectiveRoutes() {
        return topology().dataPlane().effectiveRoutes(snapshot());
    }

    /** The effective security rules of this interface. */
    public EffectiveSecurityRules effectiveSecurityRules() {
        return topology().dataPlane().effectiveSecurityRules(snapshot());
    }

    @Override
    Endpoint endpointNow() {
        return topology().endpoint(snapshot());
    }

    /** {@code nic 'nvaVMNic'}. */
    @Override
    public String toString() {
        return "nic '" + name() + "'";
    }
}
