package io.vnetlab.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.ResourceId;

/**
 * The two parts of a load balancer that ARM also deploys as resources of their own:
 * {@code Microsoft.Network/loadBalancers/inboundNatRules} and
 * {@code Microsoft.Network/loadBalancers/backendAddressPools} (docs/azure/load-balancers.md#child-resources). Each
 * is a PUT of one part of an existing load balancer; the interfaces that name the part in their IP configurations
 * fill it, as with a part declared inline.
 */
abstract class LoadBalancerPartHandler implements ResourceHandler {

    static LoadBalancerPartHandler inboundNatRules() {
        return new LoadBalancerPartHandler("inboundNatRules") {
            @Override
            void put(ResourceContext r, ResourceId lbId) {
                LoadBalancerHandler.natRule(r, lbId.name(), r.id().name(), r.properties(), null)
                        .ifPresent(rule -> r.batch().putInboundNatRule(r.id(), rule));
            }
        };
    }

    static LoadBalancerPartHandler backendAddressPools() {
        return new LoadBalancerPartHandler("backendAddressPools") {
            @Override
            void put(ResourceContext r, ResourceId lbId) {
                LoadBalancerHandler.warnOfAddressesByIp(r, lbId.name(), r.id().name(), r.properties());
                r.batch().putBackendPool(r.id());
            }
        };
    }

    private final String collection;

    private LoadBalancerPartHandler(String collection) {
        this.collection = collection;
    }

    @Override
    public String type() {
        return "Microsoft.Network/loadBalancers/" + collection;
    }

    /** PUTs the part named by the resource's id into the load balancer {@code lbId}. */
    abstract void put(ResourceContext r, ResourceId lbId);

    @Override
    public ObjectNode deploy(ResourceContext r) {
        ResourceId lbId = r.id().parent().orElseThrow();
        put(r, lbId);
        // a part that is not simulated (a NAT rule over a port range) shows what the template declared
        return r.batch().state().get(LoadBalancer.class, lbId)
                .flatMap(lb -> ResourceJson.loadBalancerPart(lb, r.id()))
                .map(ResourceJson::properties)
                .orElseGet(() -> r.properties() instanceof ObjectNode declared ? declared.deepCopy() : Values.object());
    }
}
