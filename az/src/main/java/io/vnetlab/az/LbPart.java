package io.vnetlab.az;

import io.vnetlab.controlplane.LoadBalancerRequest;
import io.vnetlab.model.LoadBalancer;

import java.util.List;
import java.util.Optional;

/**
 * One collection of a load balancer's parts as {@code az network lb <group> create|show|list|update|delete} sees
 * it: where its parts sit in the load balancer's PUT, their options, and how a create or an update makes a part from
 * them. {@link LbPartCommands} makes the five verbs from it, once for every collection.
 *
 * @param <R> the part's request record
 */
interface LbPart<R> {

    /** The CLI group under {@code az network lb}, such as {@code probe}. */
    String group();

    /** The part's collection in ARM, such as {@code probes}. */
    String collection();

    List<R> of(LoadBalancerRequest lb);

    LoadBalancerRequest with(LoadBalancerRequest lb, List<R> parts);

    String name(R part);

    /** The options of create, beyond {@code -g}, {@code --lb-name} and {@code -n}; update takes them all optional. */
    List<Param> params();

    /** The part {@code name} as the options make it, over {@code existing} for an update. */
    R build(Session s, Args a, LoadBalancer lb, String name, Optional<R> existing);
}
