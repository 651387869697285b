package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.Topology;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.ResourceTags;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --tags} as the CLI takes and prints it (docs/azure/cli-and-network-watcher.md#tags): a command that takes
 * {@code --tags} stores them in the state's tags of the resource when it succeeds (a create without {@code --tags}
 * clears them, as its PUT carries none), and every resource the CLI prints shows its stored tags. The state keeps
 * them per resource id (docs/azure/naming.md#tags), so network groups' tag conditions see them.
 *
 * <pre>{@code
 * az network nsg create -g rg -n web --tags env=test owner   ->  "tags": {"env": "test", "owner": ""}
 * }</pre>
 */
final class Tags {

    private Tags() {
    }

    /** {@code --tags a=b c}: {@code {"a": "b", "c": ""}}; {@code --tags ""} clears them (azure-cli {@code validate_tags}). */
    static Map<String, String> parse(List<String> words) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            int eq = word.indexOf('=');
            tags.put(eq < 0 ? word : word.substring(0, eq), eq < 0 ? "" : word.substring(eq + 1));
        }
        return tags;
    }

    /**
     * After a command that takes {@code --tags} succeeded: stores its tags on the resource it printed, or none when
     * a create sent none. Runs inside the command's batch, so the tags commit or fail with the change.
     */
    static void record(Topology topology, AzCommand command, Args args, JsonNode result) {
        boolean takesTags = command.params().stream().anyMatch(p -> p.dest().equals("tags"));
        if (!takesTags || result == null) {
            return;
        }
        Optional<ResourceId> id = resourceId(result);
        if (id.isEmpty()) {
            return;
        }
        if (args.has("tags")) {
            store(topology, id.get(), parse(args.list("tags")));
        } else if (command.name().endsWith(" create") && !answersNoTags(result)) {
            store(topology, id.get(), Map.of());
        }
    }

    static void store(Topology topology, ResourceId id, Map<String, String> tags) {
        topology.batch(b -> {
            b.putTags(id, tags);
            return null;
        });
    }

    /** The resource a command printed: its {@code id}, or the id of the one resource it wraps ({@code {"NewNSG": ...}}). */
    private static Optional<ResourceId> resourceId(JsonNode result) {
        JsonNode node = result;
        if (!node.has("id") && node.isObject() && node.size() == 1) {
            node = node.elements().next();
        }
        JsonNode id = node.path("id");
        return id.isTextual() && ResourceId.looksLikeId(id.textValue()) ? Optional.of(ResourceId.parse(id.textValue()))
                : Optional.empty();
    }

    /**
     * Whether the service answers a resource created without tags with none at all rather than {@code {}}: the private
     * DNS service's zones and links (azure-cli's private DNS tests check {@code tags} is null after a create without
     * {@code --tags}, and {@code {}} after {@code update --tags ""}).
     */
    private static boolean answersNoTags(JsonNode result) {
        JsonNode resource = result.has("id") || !result.isObject() || result.size() != 1 ? result
                : result.elements().next();
        JsonNode type = resource.get("type");
        return type != null && type.isTextual()
                && type.textValue().toLowerCase(java.util.Locale.ROOT).startsWith("microsoft.network/privatednszones");
    }

    /** Sets {@code tags} on every printed resource (an object with an {@code id}) that has stored tags. */
    static JsonNode show(JsonNode result, TopologyState state) {
        if (result == null) {
            return null;
        }
        if (result.isObject()) {
            ObjectNode o = (ObjectNode) result;
            JsonNode id = o.get("id");
            // a resource shape has tags (or at least its type); a command's summary (vm create's) has neither
            boolean resource = o.has("tags") || o.has("type");
            if (resource && id != null && id.isTextual() && ResourceId.looksLikeId(id.textValue())) {
                state.get(ResourceTags.class, ResourceId.parse(id.textValue())).ifPresent(t -> {
                    ObjectNode tags = Json.object();
                    t.values().forEach(tags::put);
                    o.set("tags", tags);
                });
            }
            o.elements().forEachRemaining(child -> show(child, state));
        } else if (result.isArray()) {
            result.forEach(child -> show(child, state));
        }
        return result;
    }
}
