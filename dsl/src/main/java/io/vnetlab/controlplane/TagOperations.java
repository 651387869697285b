package io.vnetlab.controlplane;

import io.vnetlab.model.ResourceId;
import io.vnetlab.model.ResourceTags;

import java.util.Map;

/**
 * The tags a PUT carries (docs/azure/naming.md#tags): they replace the resource's tags whole, as a PUT replaces the
 * resource; a PUT that carries none leaves the resource with none.
 */
final class TagOperations {

    private TagOperations() {
    }

    /** The state with {@code tags} as the resource's only tags; an empty map stores an empty set of tags. */
    static TopologyState put(TopologyState s, ResourceId resourceId, Map<String, String> tags) {
        ResourceTags next = new ResourceTags(resourceId, tags);
        return s.get(ResourceTags.class, resourceId).filter(next::equals).isPresent() ? s
                : s.with(ResourceTags.class, resourceId, next);
    }

    /** The state without any tags stored for the resource (a PUT that sends no {@code tags} property). */
    static TopologyState clear(TopologyState s, ResourceId resourceId) {
        return s.without(ResourceTags.class, resourceId);
    }
}
