package io.vnetlab.diff;

import io.vnetlab.model.ResourceId;

import java.util.Objects;

/** One resource that one side of a diff has and the other has not, or that both have with different properties. */
public record ResourceChange(ResourceId id, Kind kind) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public ResourceChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
