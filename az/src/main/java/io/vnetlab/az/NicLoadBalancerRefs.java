package io.vnetlab.az;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;

/**
 * The load balancer side of an interface's JSON: Azure shows on each IP configuration the backend pools it belongs to
 * ({@code loadBalancerBackendAddressPools}) and the inbound NAT rules that target it ({@code loadBalancerInboundNatRules}),
 * though the load balancer holds the membership (docs/azure/load-balancers.md#backend-pools).
 */
final class NicLoadBalancerRefs {

    private NicLoadBalancerRefs() {
    }

    /** {@code nic}'s CLI shape with each IP configuration's load balancer references, when it has any. */
    static ObjectNode nic(TopologyState state, NetworkInterface nic) {
        ObjectNode shown = Shapes.nic(state, nic);
        for (com.fasterxml.jackson.databind.JsonNode config : shown.path("ipConfigurations")) {
            addTo(state, (ObjectNode) config, ResourceId.parse(config.path("id").asText()));
        }
        return shown;
    }

    /** Adds the references of {@code ipConfiguration} to its JSON {@code config}; none, none added. */
    static void addTo(TopologyState state, ObjectNode config, ResourceId ipConfiguration) {
        List<ResourceId> pools = new ArrayList<>();
        List<ResourceId> natRules = new ArrayList<>();
        for (LoadBalancer lb : state.all(LoadBalancer.class)) {
            lb.backendPools().stream().filter(p -> p.ipConfigurationIds().contains(ipConfiguration))
                    .forEach(p -> pools.add(p.id()));
            lb.inboundNatRules().stream().filter(r -> ipConfiguration.equals(r.targetIpConfigurationId()))
                    .forEach(r -> natRules.add(r.id()));
        }
        if (!pools.isEmpty()) {
            config.set("loadBalancerBackendAddressPools", references(pools));
        }
        if (!natRules.isEmpty()) {
            config.set("loadBalancerInboundNatRules", references(natRules));
        }
    }

    private static ArrayNode references(List<ResourceId> ids) {
        ArrayNode refs = Json.array();
        ids.forEach(id -> refs.add(Json.object().put("id", id.toString())));
        return refs;
    }
}
