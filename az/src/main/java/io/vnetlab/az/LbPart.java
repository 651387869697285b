package io.vnetlab.az;

import io.vnetlab.controlplane.LoadBalancerRequest;
import io.vnetlab.model.LoadBalancer;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One collection of a load balancer's parts as {@code az network lb <group> create|show|list|update|delete} sees
 * it: where its parts sit in the load balancer's PUT, their options, and how a create or an update makes a part from
 * them. {@link LbPartCommands} makes the five verbs from it, once for every collection.
 *
 * @param <R> the part's request record
 */
abstract class LbPart<R> {

    private final String group;
    private final String collection;
    private final Function<LoadBalancerRequest, List<R>> parts;
    private final BiFunction<LoadBalancerRequest, List<R>, LoadBalancerRequest> withParts;
    private final Function<R, String> name;

    /**
     * @param group      the CLI group under {@code az network lb}, such as {@code probe}
     * @param collection the parts' collection in ARM, such as {@code probes}
     * @param parts      the parts of a load balancer's PUT
     * @param withParts  the PUT with other parts
     * @param name       a part's name
     */
    LbPart(String group, String collection, Function<LoadBalancerRequest, List<R>> parts,
           BiFunction<LoadBalancerRequest, List<R>, LoadBalancerRequest> withParts, Function<R, String> name) {
        this.group = group;
        this.collection = collection;
        this.parts = parts;
        this.withParts = withParts;
        this.name = name;
    }

    /** The CLI group under {@code az network lb}, such as {@code probe}. */
    final String group() {
        return group;
    }

    /** The part's collection in ARM, such as {@code probes}. */
    final String collection() {
        return collection;
    }

    final List<R> of(LoadBalancerRequest lb) {
        return parts.apply(lb);
    }

    final LoadBalancerRequest with(LoadBalancerRequest lb, List<R> parts) {
        return withParts.apply(lb, parts);
    }

    final String name(R part) {
        return name.apply(part);
    }

    /** The options of create, beyond {@code -g}, {@code --lb-name} and {@code -n}; update takes them all optional. */
    abstract List<Param> params();

    /** The part {@code name} as the options make it, over {@code existing} for an update. */
    abstract R build(Session s, Args a, LoadBalancer lb, String name, Optional<R> existing);

    /**
     * The properties of the part, as {@code show} prints them, that the update's {@code --set}, {@code --add} and
     * {@code --remove} may change, each with the update option it becomes; those vnetlab does not simulate are
     * left out, so an edit of them is refused by name (docs/azure/cli-and-network-watcher.md#generic-update).
     */
    List<GenericUpdate.Property> editable() {
        return List.of();
    }
}
