package io.vnetlab.model;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * An Azure Resource Manager id, such as
 * {@code /subscriptions/0000…/resourceGroups/learn-rg/providers/Microsoft.Network/virtualNetworks/SalesVNet}.
 * Compared case-insensitively, as ARM compares names (docs/azure/addressing.md#resource-ids); printed as written.
 */
@API(status = MAINTAINED, since = "0.1")
public final class ResourceId implements Comparable<ResourceId> {

    public static final String NETWORK = "Microsoft.Network";
    public static final String COMPUTE = "Microsoft.Compute";

    private final String value;
    private final String key;
    private final String[] parts;   // split once: ids are read far more often than made
    private Optional<ResourceId> parent;   // computed on first use; a benign race computes an equal value

    private ResourceId(String value) {
        this.value = value;
        this.key = value.toLowerCase(Locale.ROOT);
        this.parts = value.split("/");
    }


    /**
     * Parses an ARM id: one in a subscription, or one above subscriptions, which starts with {@code /providers/}
     * (a management group, {@code /providers/Microsoft.Management/managementGroups/{name}}, and what is deployed to
     * it or to the tenant).
     *
     * @throws IllegalArgumentException if the text starts neither with {@code /subscriptions/{id}} nor with
     *                                  {@code /providers/{namespace}/{type}/{name}}
     */
    public static ResourceId parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("'resourceId' cannot be null.");
        }
        String trimmed = text.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String[] parts = trimmed.split("/", -1);
        boolean aboveSubscriptions = parts.length >= 5 && parts[0].isEmpty() && parts[1].equalsIgnoreCase("providers")
                && !parts[2].isEmpty() && !parts[3].isEmpty() && !parts[4].isEmpty();
        if (!aboveSubscriptions && (parts.length < 3 || !parts[0].isEmpty()
                || !parts[1].equalsIgnoreCase("subscriptions") || parts[2].isEmpty())) {
            throw new IllegalArgumentException("'" + text + "' is not an Azure resource id; it should look like"
                    + " /subscriptions/{subscriptionId}/resourceGroups/{group}/providers/Microsoft.Network/virtualNetworks/{name}.");
        }
        return new ResourceId(trimmed);
    }

    /** Whether {@code text} looks like an ARM id rather than a bare name. */
    public static boolean looksLikeId(String text) {
        return text != null && (text.trim().regionMatches(true, 0, "/subscriptions/", 0, "/subscriptions/".length())
                || text.trim().regionMatches(true, 0, MANAGEMENT_GROUPS, 0, MANAGEMENT_GROUPS.length()));
    }

    private static final String MANAGEMENT_GROUPS = "/providers/Microsoft.Management/managementGroups/";

    /** A management group: {@code /providers/Microsoft.Management/managementGroups/{name}}. */
    public static ResourceId managementGroup(String name) {
        return new ResourceId(MANAGEMENT_GROUPS + name);
    }

    public static ResourceId subscription(String subscriptionId) {
        return new ResourceId("/subscriptions/" + subscriptionId);
    }

    public static ResourceId resourceGroup(String subscriptionId, String group) {
        return new ResourceId("/subscriptions/" + subscriptionId + "/resourceGroups/" + group);
    }

    /** A top-level resource: {@code .../resourceGroups/{group}/providers/{namespace}/{type}/{name}}. */
    public static ResourceId resource(String subscriptionId, String group, String namespace, String type, String name) {
        return new ResourceId("/subscriptions/" + subscriptionId + "/resourceGroups/" + group
                + "/providers/" + namespace + "/" + type + "/" + name);
    }

    /** A child of this resource: {@code this/{type}/{name}}. */
    public ResourceId child(String type, String name) {
        // the parent is this very object: an interface's network id is then its network's own, and the walks'
        // lookups by network compare ids by identity before comparing their text
        ResourceId child = new ResourceId(value + "/" + type + "/" + name);
        if (isSegment(type) && isSegment(name) && !value.endsWith("/") && lastProviders() >= 0
                && parts.length - lastProviders() > 2) {
            child.parent = Optional.of(this);   // what computeParent would find, as this very object
        }
        return child;
    }

    private static boolean isSegment(String text) {
        return !text.isEmpty() && text.indexOf('/') < 0 && !text.equalsIgnoreCase("providers");
    }

    private int lastProviders() {
        for (int i = parts.length - 1; i >= 0; i--) {
            if (parts[i].equalsIgnoreCase("providers")) {
                return i;
            }
        }
        return -1;
    }

    private String[] parts() {
        return parts;
    }

    /** The subscription's id; empty for an id above subscriptions (a management group's, the tenant's). */
    public String subscriptionId() {
        return parts[1].equalsIgnoreCase("subscriptions") ? parts[2] : "";
    }

    /** The resource group's name, if the id is inside one. */
    public Optional<String> resourceGroupName() {
        String[] p = parts();
        return p.length > 4 && p[3].equalsIgnoreCase("resourceGroups") ? Optional.of(p[4]) : Optional.empty();
    }

    /** The resource group's name; empty string for a subscription id. */
    public String resourceGroup() {
        return resourceGroupName().orElse("");
    }

    /** The last segment: the resource's own name. */
    public String name() {
        String[] p = parts();
        return p[p.length - 1];
    }

    /** The resource type, such as {@code Microsoft.Network/virtualNetworks/subnets}; empty for groups. */
    public String type() {
        String[] p = parts();
        int providers = lastProviders();
        if (providers < 0 || providers + 2 >= p.length) {
            return p.length > 4 ? "Microsoft.Resources/resourceGroups" : "Microsoft.Resources/subscriptions";
        }
        StringBuilder type = new StringBuilder(p[providers + 1]);
        for (int i = providers + 2; i < p.length; i += 2) {
            type.append('/').append(p[i]);
        }
        return type.toString();
    }

    /** The parent of a child resource (a subnet's network); empty for a top-level resource. */
    public Optional<ResourceId> parent() {
        Optional<ResourceId> known = parent;
        if (known == null) {
            known = computeParent();
            parent = known;
        }
        return known;
    }

    private Optional<ResourceId> computeParent() {
        String[] p = parts();
        int providers = lastProviders();
        if (providers < 0 || p.length - providers <= 4) {
            return Optional.empty();
        }
        return Optional.of(new ResourceId(value.substring(0, value.lastIndexOf('/', value.lastIndexOf('/') - 1))));
    }

    @Override
    public int compareTo(ResourceId other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object o) {
        // ids of one resource are mostly one object, and ids of two resources mostly differ in their hash (cached
        // by the key): the text is compared only when both agree
        return this == o || o instanceof ResourceId other && key.hashCode() == other.key.hashCode()
                && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
