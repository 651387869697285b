package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.model.NetworkManager;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What the {@code az network manager} command groups share (docs/azure/virtual-network-manager.md#cli): the
 * {@code --network-manager-name} option, the manager it names, the CLI's shorthand syntax for object lists
 * ({@code --applies-to-groups network-group-id=... use-hub-gateway=true}), and the show/list/delete shapes of the
 * manager's children.
 */
final class ManagerArgs {

    static final String TYPE = "networkManagers";

    private ManagerArgs() {
    }

    static Param managerParam() {
        return Param.value("manager", "--network-manager-name", "--network-manager").mandatory();
    }

    /** The manager {@code --network-manager-name} names in {@code -g}; the CLI's "not found" otherwise. */
    static NetworkManager manager(Session s, Args a) {
        String group = a.required("resource_group");
        s.group(group);
        ResourceId id = s.id(group, ResourceId.NETWORK, TYPE, a.required("manager"));
        return Commands.existing(s, NetworkManager.class, TYPE, id);
    }

    /** A child resource of a manager, or ARM's "not found" for its id. */
    static <T> T child(Session s, Class<T> type, ResourceId id) {
        return s.topology().state().get(type, id).orElseThrow(() -> Session.childNotFound(id));
    }

    /**
     * The objects of a shorthand list: {@code key=value} words, a repeated key starting the next object; or one JSON
     * array (or object). Keys compare without case, dashes and underscores, so {@code network-group-id} is
     * {@code networkGroupId}.
     */
    static List<Map<String, String>> objects(String option, List<String> words) {
        List<Map<String, String>> objects = new ArrayList<>();
        if (words.size() == 1 && (words.get(0).strip().startsWith("[") || words.get(0).strip().startsWith("{"))) {
            JsonNode json;
            try {
                json = Json.parse(words.get(0));
            } catch (RuntimeException e) {
                throw AzError.usage("argument " + option + ": invalid JSON: " + words.get(0));
            }
            for (JsonNode item : json.isArray() ? json : List.of(json)) {
                Map<String, String> object = new LinkedHashMap<>();
                item.properties().forEach(f -> object.put(key(f.getKey()), f.getValue().asText()));
                objects.add(object);
            }
            return objects;
        }
        Map<String, String> current = new LinkedHashMap<>();
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw AzError.usage("argument " + option + ": expected key=value, got '" + word + "'");
            }
            String key = key(word.substring(0, eq));
            if (current.containsKey(key)) {
                objects.add(current);
                current = new LinkedHashMap<>();
            }
            current.put(key, unquote(word.substring(eq + 1)));
        }
        if (!current.isEmpty()) {
            objects.add(current);
        }
        return objects;
    }

    /** A boolean value of a shorthand object, as the CLI reads it. */
    static boolean bool(String option, Map<String, String> object, String key) {
        String v = object.get(key(key));
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y", "t" -> true;
            case "false", "0", "no", "n", "f" -> false;
            default -> throw AzError.usage("argument " + option + ": " + key + " must be true or false, not '" + v
                    + "'");
        };
    }

    /** A required value of a shorthand object. */
    static String required(String option, Map<String, String> object, String key) {
        String v = object.get(key(key));
        if (v == null || v.isBlank()) {
            throw AzError.usage("argument " + option + ": " + key + " is required");
        }
        return v;
    }

    /** An id given as a full id, or a name resolved by {@code toId}. */
    static ResourceId id(String value, Function<String, ResourceId> toId) {
        return ResourceId.looksLikeId(value) ? ResourceId.parse(value) : toId.apply(value);
    }

    /** {@code --applies-to-groups}: the network groups a connectivity configuration or a rule collection applies to. */
    static Param appliesToGroupsParam() {
        return Param.list("applies_to_groups", "--applies-to-groups").mandatory();
    }

    /** The objects of {@code --applies-to-groups}, one a group. */
    static List<Map<String, String>> appliesToGroups(Args a) {
        return objects("--applies-to-groups", a.list("applies_to_groups"));
    }

    /** The {@code network-group-id} an {@code --applies-to-groups} object must give. */
    static String networkGroupId(Map<String, String> appliesTo) {
        return required("--applies-to-groups", appliesTo, "network-group-id");
    }

    /** A network group of {@code manager}, by id or by name. */
    static ResourceId networkGroup(NetworkManager manager, String idOrName) {
        return id(idOrName, n -> manager.id().child("networkGroups", n));
    }

    /** An integer option, with the CLI's words when it is not one. */
    static int integer(Args a, String dest, String option) {
        String v = a.required(dest);
        try {
            if (!v.strip().matches("-?[0-9]+")) {
                throw new NumberFormatException();   // Integer.parseInt also reads non-ASCII digits
            }
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw AzError.usage("argument " + option + ": invalid int value: '" + v + "'");
        }
    }

    private static String key(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static String unquote(String v) {
        String t = v.strip();
        return t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))
                ? t.substring(1, t.length() - 1) : t;
    }
}
