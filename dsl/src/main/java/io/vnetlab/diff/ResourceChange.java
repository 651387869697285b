package io.vnetlab.diff;

import io.vnetlab.model.ResourceId;

import java.util.Objects;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** One resource that one side of a diff has and the other has not, or that both have with different properties. */
@API(status = EXPERIMENTAL, since = "0.1")
public record ResourceChange(ResourceId id, Kind kind) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public ResourceChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
