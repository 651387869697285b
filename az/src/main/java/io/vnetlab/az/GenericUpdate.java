package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An update command with the Azure CLI's generic update options, {@code --set}, {@code --add}, {@code --remove} and
 * {@code --force-string}, as every generic update of the CLI has them: the edits are applied to the resource as
 * {@code show} prints it ({@link JsonEdits}), and each property they changed becomes the update's own option (an
 * edited {@code enableIpForwarding} is {@code --ip-forwarding}), so the change goes through the same
 * create-or-update validation as the typed options, whole or not at all. An edit of a property vnetlab does not
 * model is refused before anything changes, naming the property and those it models
 * (docs/azure/cli-and-network-watcher.md#generic-update).
 *
 * <pre>{@code
 * GenericUpdate.of(new NicCommands.Update(), new NicCommands.Show(),
 *         Property.scalar("enableIpForwarding", "ip_forwarding"),
 *         Property.reference("networkSecurityGroup", "nsg"), Property.tags())
 * // az network nic update -g rg -n web-nic --set enableIpForwarding=true --remove networkSecurityGroup
 * }</pre>
 */
final class GenericUpdate implements AzCommand {

    private static final Set<String> EDITS = Set.of("set", "add", "remove");
    private static final Set<String> GENERIC = Set.of("set", "add", "remove", "force_string");

    /**
     * A property of the printed resource that the edits may change ({@code addressSpace.addressPrefixes}), the
     * update option it becomes, and how its edited value is written as that option's values.
     */
    record Property(String path, String dest, Function<JsonNode, List<String>> values) {

        /** A single value: its text; removed, an empty value (which the option reads as "none" where it can). */
        static Property scalar(String path, String dest) {
            return new Property(path, dest, v -> List.of(v == null || v.isNull() ? "" : v.asText()));
        }

        /** A list of values (or of references, by their ids). */
        static Property list(String path, String dest) {
            return new Property(path, dest, v -> {
                List<String> values = new ArrayList<>();
                if (v != null && v.isArray()) {
                    v.forEach(item -> values.add(item.has("id") ? item.get("id").asText() : item.asText()));
                }
                return values.isEmpty() ? List.of("") : values;
            });
        }

        /**
         * A list of objects, each written as its {@code field} ({@code serviceEndpoints}: each endpoint's
         * {@code service}); emptied or removed, an empty value.
         */
        static Property objects(String path, String field, String dest) {
            return new Property(path, dest, v -> {
                List<String> values = new ArrayList<>();
                if (v != null && v.isArray()) {
                    v.forEach(item -> values.add(item.path(field).asText()));
                }
                return values.isEmpty() ? List.of("") : values;
            });
        }

        /** A reference to another resource ({@code {"id": ...}}): its id; removed, none. */
        static Property reference(String path, String dest) {
            return new Property(path, dest, v -> List.of(v != null && v.has("id") ? v.get("id").asText()
                    : v != null && v.isTextual() ? v.asText() : ""));
        }

        /** The resource's tags, as {@code --tags key=value ...}; none left, {@code --tags ""}. */
        static Property tags() {
            return new Property("tags", "tags", v -> {
                List<String> words = new ArrayList<>();
                if (v != null && v.isObject()) {
                    v.properties().forEach(e -> words.add(e.getKey() + "=" + e.getValue().asText()));
                }
                return words.isEmpty() ? List.of("") : words;
            });
        }
    }

    private final AzCommand update;
    private final AzCommand show;
    private final List<Property> properties;

    private GenericUpdate(AzCommand update, AzCommand show, List<Property> properties) {
        this.update = update;
        this.show = show;
        this.properties = List.copyOf(properties);
    }

    /** {@code update} with the generic options over what {@code show} prints; tags are always among the properties. */
    static GenericUpdate of(AzCommand update, AzCommand show, Property... properties) {
        List<Property> all = new ArrayList<>(List.of(properties));
        all.add(Property.tags());
        return new GenericUpdate(update, show, all);
    }

    public String name() {
        return update.name();
    }

    public List<Param> params() {
        List<Param> params = new ArrayList<>(update.params());
        if (params.stream().noneMatch(p -> p.dest().equals("tags"))) {
            params.add(Param.list("tags", "--tags").emptyMeansNone());
        }
        params.add(Param.append("set", "--set"));
        params.add(Param.append("add", "--add"));
        params.add(Param.append("remove", "--remove"));
        params.add(Param.flag("force_string", "--force-string"));
        return params;
    }

    public boolean changesState() {
        return true;
    }

    public UnaryOperator<JsonNode> tableTransformer() {
        return update.tableTransformer();
    }

    public JsonNode run(Session s, Args a) {
        List<Map.Entry<String, List<String>>> edits = a.occurrences(EDITS);
        if (edits.isEmpty()) {
            return update.run(s, a);
        }
        ObjectNode before = (ObjectNode) Tags.show(show.run(s, a).deepCopy(), s.topology().state());
        ObjectNode after = before.deepCopy();
        for (Map.Entry<String, List<String>> edit : edits) {
            apply(after, edit.getKey(), edit.getValue(), a.flag("force_string"), modelledPaths());
            refuseUnmodelled(before, after, edit.getKey());
        }
        List<String> tokens = new ArrayList<>(a.tokensWithout(GENERIC));
        boolean tagsEdited = false;
        for (Property p : properties) {
            JsonNode edited = JsonEdits.at(after, p.path());
            if (!java.util.Objects.equals(JsonEdits.at(before, p.path()), edited)) {
                tokens.addAll(option(p.dest(), p.values().apply(edited)));
                tagsEdited |= p.dest().equals("tags");
            }
        }
        Args typed = Args.parse("az " + name(), params(), tokens);
        JsonNode result = update.run(s, typed);
        if (tagsEdited) {
            Tags.store(s.topology(), ResourceId.parse(before.get("id").asText()), Tags.parse(typed.list("tags")));
        }
        return result;
    }

    private static void apply(ObjectNode resource, String action, List<String> values, boolean forceString,
                              Set<String> modelled) {
        switch (action) {
            case "set" -> values.forEach(expression -> JsonEdits.set(resource, expression, forceString, modelled));
            case "add" -> JsonEdits.add(resource, values, forceString, modelled);
            default -> JsonEdits.remove(resource, values, modelled);
        }
    }

    private Set<String> modelledPaths() {
        return properties.stream().map(Property::path).collect(java.util.stream.Collectors.toSet());
    }

    /** An edit that changed a property outside those modelled: refused, naming it, before anything is changed. */
    private void refuseUnmodelled(ObjectNode before, ObjectNode after, String action) {
        JsonNode outsideBefore = withoutModelled(before);
        String changed = JsonEdits.firstDifference(outsideBefore, withoutModelled(after), "");
        if (changed != null) {
            throw AzError.usage("argument --" + action + ": vnetlab does not emulate changing '" + changed
                    + "' with 'az " + name() + "'; the properties it changes with --set, --add and --remove are: "
                    + String.join(", ", properties.stream().map(Property::path).sorted().toList()) + ".");
        }
    }

    private JsonNode withoutModelled(ObjectNode resource) {
        ObjectNode copy = resource.deepCopy();
        properties.forEach(p -> JsonEdits.removeAt(copy, p.path()));
        return copy;
    }

    /** The update's own option, as it would be typed, with these values. */
    private List<String> option(String dest, List<String> values) {
        Param param = params().stream().filter(p -> p.dest().equals(dest)).findFirst().orElseThrow();
        String name = param.names().get(0);
        if (param.kind() == Param.Kind.VALUE || param.kind() == Param.Kind.BOOLEAN) {
            return List.of(name + "=" + values.get(0));
        }
        List<String> tokens = new ArrayList<>();
        tokens.add(name);
        tokens.addAll(values);
        return tokens;
    }
}
