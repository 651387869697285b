package io.vnetlab;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.controlplane.ControlPlane;
import io.vnetlab.controlplane.Names;
import io.vnetlab.controlplane.Operation;

import io.vnetlab.model.Tenant;

import java.util.List;

/**
 * The Microsoft Entra tenants of a topology. A topology starts with one, {@link Topology#DEFAULT_TENANT_ID}.
 *
 * <pre>{@code
 * topology.tenants().add("22222222-2222-2222-2222-222222222222", "Fabrikam");
 * }</pre>
 */
public final class Tenants {

    private final Topology topology;

    Tenants(Topology topology) {
        this.topology = topology;
    }

    public Tenant add(String id, String name) {
        Names.requireArgument(id, "id");
        Names.requireArgument(name, "name");
        return topology.apply(s -> {
            TopologyState next = ControlPlane.addTenant(s, id, name);
            return new Operation.Result<>(next, next.tenant(id).orElseThrow());
        });
    }

    public List<Tenant> list() {
        return List.copyOf(topology.state().tenants());
    }
}
