package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.Tenant;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The Microsoft Entra tenants of a topology. A topology starts with one, {@link Topology#DEFAULT_TENANT_ID}.
 *
 * <pre>{@code
 * topology.tenants().add("22222222-2222-2222-2222-222222222222", "Fabrikam");
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class Tenants {

    private final Topology topology;

    Tenants(Topology topology) {
        this.topology = topology;
    }

    public Tenant add(String id, String name) {
        Arguments.requireText(id, "tenant id");
        Arguments.requireText(name, "tenant name");
        return topology.apply(s -> {
            TopologyState next = ResourceManager.addTenant(s, id, name);
            return new Operation.Result<>(next, next.tenant(id).orElseThrow());
        });
    }

    public List<Tenant> list() {
        return List.copyOf(topology.state().tenants());
    }
}
