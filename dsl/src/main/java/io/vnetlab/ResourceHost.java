package io.vnetlab;

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
