package io.vnetlab.dataplane;

import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * One reason a flow does not get through, naming the resources involved (a missing peering, a peering in the
 * wrong state, an unsynced address space, a rule).
 */
public record Blocker(String reason, List<ResourceId> resources) {

    public Blocker {
        resources = List.copyOf(resources);
    }

    public static Blocker of(String reason, ResourceId... resources) {
        return new Blocker(reason, List.of(resources));
    }

    @Override
    public String toString() {
        return reason;
    }
}
