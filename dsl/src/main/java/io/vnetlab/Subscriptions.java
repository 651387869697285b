package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.Subscription;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The subscriptions of a topology. A topology starts with one, {@link Topology#DEFAULT_SUBSCRIPTION_ID}; peering
 * across subscriptions (and tenants) names the remote network by its full resource id
 * (docs/azure/peering.md#across-subscriptions-and-tenants).
 *
 * <pre>{@code
 * topology.subscriptions().add("aaaaaaaa-0000-0000-0000-000000000002", "Contoso Prod", Topology.DEFAULT_TENANT_ID);
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class Subscriptions {

    private final Topology topology;

    Subscriptions(Topology topology) {
        this.topology = topology;
    }

    /** Adds a subscription to an existing tenant. */
    public Subscription add(String id, String name, String tenantId) {
        Arguments.requireText(id, "subscription id");
        Arguments.requireText(name, "subscription name");
        Arguments.requireText(tenantId, "tenant id");
        return topology.apply(s -> {
            TopologyState next = ResourceManager.addSubscription(s, id, name, tenantId);
            return new Operation.Result<>(next, next.subscription(id).orElseThrow());
        });
    }

    public List<Subscription> list() {
        return List.copyOf(topology.state().subscriptions());
    }
}
