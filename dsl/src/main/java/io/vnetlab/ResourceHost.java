package io.vnetlab;

import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.model.ResourceId;

import java.util.Optional;

/**
 * What the handles on resources of the topology ({@link Vm}, {@link Nic}) share: they are named by their resource
 * id, and read their record from the topology's current state.
 */
abstract sealed class ResourceHost<R> extends Host permits Vm, Nic {

    private final ResourceId id;

    ResourceHost(Topology topology, ResourceId id) {
        super(topology);
        this.id = id;
    }

    /** The record as it is now, if the resource still exists. */
    abstract Optional<R> current();

    /** What the resource is, in words: "VM", "Network interface". */
    abstract String kind();

    /**
     * The resource's record as it is now: an immutable snapshot.
     *
     * @throws IllegalStateException if the resource was deleted since the handle was obtained
     */
    public final R snapshot() {
        return current().orElseThrow(() -> new IllegalStateException(
                kind() + " '" + id.name() + "' no longer exists in " + topology() + ": it was deleted."));
    }

    /**
     * The flow endpoint it stands for now. The topology reads it from the state once per state and remembers it:
     * tests ask with the same handles again and again.
     *
     * @throws IllegalStateException if the resource was deleted since the handle was obtained
     */
    @Override
    public final Endpoint endpoint() {
        return topology().endpointOf(this);
    }

    /** Its endpoint, read from the topology's current state. */
    abstract Endpoint endpointNow();

    public final ResourceId id() {
        return id;
    }

    public final String name() {
        return id.name();
    }

    public final String resourceGroup() {
        return id.resourceGroup();
    }

    @Override
    final Object identity() {
        return id;
    }
}
