package io.vnetlab.model;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One Azure Policy condition of conditional network group membership, in the subset vnetlab evaluates
 * (docs/azure/virtual-network-manager.md#conditional-membership): a field ({@code name}, {@code id},
 * {@code location}, {@code resourceGroup} or {@code tags['key']}), an operator and a value, compared ignoring case
 * as Azure Policy compares strings.
 *
 * <pre>{@code
 * MembershipCondition.of("name", MembershipCondition.Operator.contains, "spoke");
 * MembershipCondition.of("tags['env']", MembershipCondition.Operator.equals, "prod");
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MembershipCondition(String field, Operator operator, String value) {

    /** The Azure Policy operators vnetlab evaluates. */
    public enum Operator {
        equals, notEquals, contains, notContains, like, notLike, exists
    }

    private static final Pattern TAG = Pattern.compile("(?i)tags\\['([^']+)'\\]|tags\\.(.+)");

    public MembershipCondition {
        Arguments.requireText(field, "condition field");
        Arguments.requireGiven(operator, "condition operator");
        if (!isKnownField(field)) {
            throw new IllegalArgumentException("Conditional membership field '" + field + "' is not one vnetlab"
                    + " evaluates: use name, id, location, resourceGroup or tags['key'].");
        }
        value = value == null ? "" : value;
    }

    public static MembershipCondition of(String field, Operator operator, String value) {
        return new MembershipCondition(field, operator, value);
    }

    private static boolean isKnownField(String field) {
        return switch (field.toLowerCase(Locale.ROOT)) {
            case "name", "id", "location", "resourcegroup" -> true;
            default -> TAG.matcher(field).matches();
        };
    }

    /** Whether network {@code network}, with tags {@code tags}, meets this condition. */
    public boolean matches(VirtualNetwork network, Map<String, String> tags) {
        String actual = actual(network, tags);
        if (operator == Operator.exists) {
            return (actual != null) == !value.equalsIgnoreCase("false");
        }
        String a = actual == null ? "" : actual.toLowerCase(Locale.ROOT);
        String v = value.toLowerCase(Locale.ROOT);
        return switch (operator) {
            case equals -> actual != null && a.equals(v);
            case notEquals -> actual == null || !a.equals(v);
            case contains -> actual != null && a.contains(v);
            case notContains -> actual == null || !a.contains(v);
            case like -> actual != null && like(a, v);
            case notLike -> actual == null || !like(a, v);
            case exists -> throw new IllegalStateException();
        };
    }

    private String actual(VirtualNetwork network, Map<String, String> tags) {
        switch (field.toLowerCase(Locale.ROOT)) {
            case "name":
                return network.name();
            case "id":
                return network.id().toString();
            case "location":
                return network.region().name();
            case "resourcegroup":
                return network.resourceGroup();
            default: {
                var m = TAG.matcher(field);
                m.matches();
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                for (Map.Entry<String, String> e : tags.entrySet()) {
                    if (e.getKey().equalsIgnoreCase(key)) {
                        return e.getValue();
                    }
                }
                return null;
            }
        }
    }

    /** Azure Policy's {@code like}: {@code *} matches any run of characters. */
    private static boolean like(String actual, String pattern) {
        String[] parts = pattern.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return actual.matches(regex.toString());
    }
}
