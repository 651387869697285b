package io.vnetlab;

import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.Arguments;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every definition of a resource that Azure places in a resource group and a region offers alike: the region,
 * the resource group (existing or made for it), the subscription, tags, and being single use. {@code SELF} is the
 * concrete definition, so that each of these calls returns it and the chain goes on with its own methods.
 *
 * @param <SELF> the concrete definition
 */
abstract class PlacedDefinition<SELF extends PlacedDefinition<SELF>> {

    final Topology topology;
    final String name;
    final GroupChoice group = new GroupChoice();
    private final String kind;
    private final String accessor;
    private Region region;
    private final Map<String, String> tags = new LinkedHashMap<>();
    private boolean created;

    /**
     * @param kind     the resource as messages name it, such as {@code "route table"}
     * @param accessor the topology method that starts a new definition, such as {@code "routeTables()"}
     */
    PlacedDefinition(Topology topology, String name, String kind, String accessor) {
        this.topology = topology;
        this.name = name;
        this.kind = kind;
        this.accessor = accessor;
    }

    @SuppressWarnings("unchecked")
    private SELF self() {
        return (SELF) this;
    }

    /** The region, such as {@code Region.WEST_EUROPE}. */
    public SELF withRegion(Region region) {
        if (region == null) {
            throw new IllegalArgumentException(missingRegion());
        }
        this.region = region;
        return self();
    }

    /** The region by name, {@code westeurope} or {@code West Europe}. */
    public SELF withRegion(String region) {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException(missingRegion());
        }
        return withRegion(Region.fromName(region));
    }

    private String missingRegion() {
        return "The region of " + kind + " '" + name + "' cannot be empty: give one, such as Region.WEST_EUROPE or"
                + " \"westeurope\".";
    }

    /** Puts the resource in an existing resource group; {@code ResourceGroupNotFound} on create if there is none. */
    public SELF withExistingResourceGroup(String resourceGroup) {
        group.existing(resourceGroup);
        return self();
    }

    /** Puts the resource in a resource group made for it, in its region, if the group does not exist yet. */
    public SELF withNewResourceGroup(String resourceGroup) {
        group.created(resourceGroup);
        return self();
    }

    /** Puts the resource in another subscription than the topology's current one. */
    public SELF inSubscription(String subscriptionId) {
        group.subscription(subscriptionId);
        return self();
    }

    /**
     * Adds a tag (docs/azure/naming.md#tags), which network groups' {@code tags['name']} conditions match
     * (docs/azure/virtual-network-manager.md#conditional-membership); an empty value is a tag without a value.
     *
     * <pre>{@code
     * azure.networks().define("spoke1").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
     *         .withTag("env", "prod").create();
     * }</pre>
     */
    public SELF withTag(String tagName, String value) {
        Arguments.requireText(tagName, "tag name");
        tags.put(tagName, value == null ? "" : value);
        return self();
    }

    /** The region given, or {@code null}. */
    Region region() {
        return region;
    }

    /** The region, which this resource requires. */
    Region requireRegion(String example) {
        if (region == null) {
            throw new IllegalStateException(kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1) + " '"
                    + name + "' needs a region: call withRegion(...)" + example + ".");
        }
        return region;
    }

    /**
     * Runs {@code creation} (its own checks, then the PUT) once: a definition creates one resource. The PUT carries
     * the tags given, and the resource has those and no others; {@code idOf} names the resource created.
     */
    final <T> T createOnce(Supplier<T> creation, Function<T, ResourceId> idOf) {
        if (created) {
            throw new IllegalStateException("Definition of " + kind + " '" + name + "' was already created; start a"
                    + " new one with " + accessor + ".define(...).");
        }
        T result = tags.isEmpty() ? creation.get() : topology.batch(b -> {
            T resource = creation.get();
            b.apply(s -> ResourceManager.putTags(s, idOf.apply(resource), tags));
            return resource;
        });
        created = true;
        return result;
    }
}
