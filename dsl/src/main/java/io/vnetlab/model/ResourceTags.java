package io.vnetlab.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The tags of one resource (docs/azure/naming.md#tags): name-value pairs a PUT carries with the resource, kept in the
 * state by the resource's id so that every resource type has them. Azure compares tag names without regard to case;
 * {@link #value(String)} does too. Network groups' {@code tags['key']} conditions read them
 * (docs/azure/virtual-network-manager.md#conditional-membership).
 *
 * <pre>{@code
 * ResourceTags tags = new ResourceTags(vnetId, Map.of("env", "prod"));
 * tags.value("Env");   // Optional[prod]
 * }</pre>
 *
 * @param resourceId the tagged resource
 * @param values     the tags in the order given; a value may be empty
 */
@API(status = MAINTAINED, since = "0.1")
public record ResourceTags(ResourceId resourceId, Map<String, String> values) {

    public ResourceTags {
        Arguments.requireGiven(resourceId, "tagged resource id");
        Arguments.requireGiven(values, "tags");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of tag {@code name}, whose case does not matter; empty if the resource has no such tag. */
    public Optional<String> value(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
