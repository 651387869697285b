package io.vnetlab;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.dataplane.EffectiveSecurityRules;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.NextHop;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualMachine;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A live handle on a virtual machine of a {@link Topology}: {@code topology.vm("SalesVM")}. It reads the topology's
 * current state on every call, and as a flow endpoint it is its primary network interface.
 *
 * <pre>{@code
 * Vm sales = azure.vm("SalesVM");
 * sales.privateIpAddress();                        // 10.1.1.4
 * sales.reach(azure.vm("MarketingVM")).reachable();
 * Tables.effectiveRoutes(sales.effectiveRoutes()); // as az network nic show-effective-route-table prints them
 * VirtualMachine now = sales.snapshot();           // the immutable record, as the VM is now
 * }</pre>
 *
 * <p>With AssertJ: {@code assertThat(sales).canReach(marketing)} ({@code io.vnetlab.assertj.NetworkAssertions}).
 * <b>Stability:</b> public API.
 */
@API(status = STABLE, since = "0.1")
public final class Vm extends ResourceHost<VirtualMachine> {

    Vm(Topology topology, ResourceId id) {
        super(topology, id);
    }

    @Override
    Optional<VirtualMachine> current() {
        return topology().state().virtualMachine(id());
    }

    @Override
    String kind() {
        return "VM";
    }

    /**
     * How this VM resolves a name through Azure-provided DNS (docs/azure/private-dns.md#resolution); the same as
     * {@code topology.resolve(vm, name)}.
     */
    public io.vnetlab.dataplane.NameResolution resolve(String name) {
        return topology().resolve(id().toString(), name);
    }

    public Region region() {
        return snapshot().region();
    }

    /** Its network interfaces, the primary one first. */
    public List<Nic> networkInterfaces() {
        return snapshot().networkInterfaceIds().stream().map(nic -> new Nic(topology(), nic)).toList();
    }

    public Nic primaryNetworkInterface() {
        return new Nic(topology(), snapshot().primaryNetworkInterfaceId());
    }

    /** The private address of its primary network interface. */
    public IpAddress privateIpAddress() {
        return primaryNetworkInterface().privateIpAddress();
    }

    /** The effective routes of its primary network interface. */
    public EffectiveRouteTable effectiveRoutes() {
        return primaryNetworkInterface().effectiveRoutes();
    }

    /** The effective security rules of its primary network interface. */
    public EffectiveSecurityRules effectiveSecurityRules() {
        return primaryNetworkInterface().effectiveSecurityRules();
    }

    /**
     * Network Watcher's next hop from its primary interface to {@code destinationIp}, as
     * {@link Topology#nextHop(String, String, String)} answers it.
     */
    public NextHop nextHop(String destinationIp) {
        return topology().nextHop(id().toString(), privateIpAddress().toString(), destinationIp);
    }

    @Override
    Endpoint endpointNow() {
        return primaryNetworkInterface().endpoint();
    }

    /** {@code vm 'SalesVM'}, as the record prints itself. */
    @Override
    public String toString() {
        return "vm '" + name() + "'";
    }
}
