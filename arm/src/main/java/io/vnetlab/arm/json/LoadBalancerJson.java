package io.vnetlab.arm.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.function.Predicate;

import static io.vnetlab.arm.json.ArmObjects.properties;
import static io.vnetlab.arm.json.ArmObjects.reference;
import static io.vnetlab.arm.json.ArmObjects.references;
import static io.vnetlab.arm.json.ArmObjects.resource;

/**
 * A load balancer as ARM answers it (docs/azure/load-balancers.md#components): its parts inline, each with its id,
 * and the back references Azure fills in (the rules that use a frontend, pool or probe).
 */
final class LoadBalancerJson {

    static final String TYPE = "Microsoft.Network/loadBalancers";

    private LoadBalancerJson() {
    }

    static ObjectNode loadBalancer(LoadBalancer lb) {
        ObjectNode o = resource(lb.id(), TYPE, lb.region().name(), true);
        o.putObject("sku").put("name", lb.sku().name()).put("tier", "Regional");
        ObjectNode p = properties(o);
        p.put("resourceGuid", StableIds.guid("loadBalancer:" + lb.id()));
        ArrayNode frontends = p.putArray("frontendIPConfigurations");
        lb.frontends().forEach(f -> frontends.add(frontend(lb, f)));
        ArrayNode pools = p.putArray("backendAddressPools");
        lb.backendPools().forEach(b -> pools.add(backendPool(lb, b)));
        ArrayNode probes = p.putArray("probes");
        lb.probes().forEach(pr -> probes.add(probe(lb, pr)));
        ArrayNode rules = p.putArray("loadBalancingRules");
        lb.rules().forEach(r -> rules.add(rule(r)));
        ArrayNode nats = p.putArray("inboundNatRules");
        lb.inboundNatRules().forEach(n -> nats.add(inboundNatRule(n)));
        ArrayNode outbound = p.putArray("outboundRules");
        lb.outboundRules().forEach(r -> outbound.add(outboundRule(r)));
        p.putArray("inboundNatPools");
        return o;
    }

    static ObjectNode frontend(LoadBalancer lb, LoadBalancer.Frontend f) {
        ObjectNode o = resource(f.id(), TYPE + "/frontendIPConfigurations", null, true);
        ObjectNode p = properties(o);
        if (f.isPublic()) {
            // Azure shows a public frontend's (unused) private allocation as Dynamic: the CLI's own recorded
            // lb create answers check it (docs/azure/load-balancers.md#frontends)
            p.put("privateIPAllocationMethod", "Dynamic");
            p.set("publicIPAddress", reference(f.publicIpAddressId()));
        } else {
            p.put("privateIPAddress", f.privateIpAddress().toString());
            p.put("privateIPAddressVersion", "IPv4");
            p.put("privateIPAllocationMethod", f.allocationMethod().name());
            p.set("subnet", reference(f.subnetId()));
        }
        putIfAny(p, "loadBalancingRules", ids(lb.rules(), r -> r.frontendId().equals(f.id()), LoadBalancer.Rule::id));
        putIfAny(p, "inboundNatRules", ids(lb.inboundNatRules(), r -> r.frontendId().equals(f.id()),
                LoadBalancer.InboundNatRule::id));
        putIfAny(p, "outboundRules", ids(lb.outboundRules(), r -> r.frontendIds().contains(f.id()),
                LoadBalancer.OutboundRule::id));
        return o;
    }

    static ObjectNode backendPool(LoadBalancer lb, LoadBalancer.BackendPool b) {
        ObjectNode o = resource(b.id(), TYPE + "/backendAddressPools", null, true);
        ObjectNode p = properties(o);
        putIfAny(p, "backendIPConfigurations", b.ipConfigurationIds());
        putIfAny(p, "loadBalancingRules", ids(lb.rules(), r -> b.id().equals(r.backendPoolId()),
                LoadBalancer.Rule::id));
        putIfAny(p, "outboundRules", ids(lb.outboundRules(), r -> b.id().equals(r.backendPoolId()),
                LoadBalancer.OutboundRule::id));
        return o;
    }

    static ObjectNode probe(LoadBalancer lb, LoadBalancer.Probe pr) {
        ObjectNode o = resource(pr.id(), TYPE + "/probes", null, true);
        ObjectNode p = properties(o);
        p.put("intervalInSeconds", pr.intervalInSeconds());
        p.put("numberOfProbes", pr.numberOfProbes());
        p.put("port", pr.port());
        p.put("probeThreshold", pr.probeThreshold());
        p.put("protocol", pr.protocol().name());
        if (pr.requestPath() != null) {
            p.put("requestPath", pr.requestPath());
        }
        putIfAny(p, "loadBalancingRules", ids(lb.rules(), r -> pr.id().equals(r.probeId()), LoadBalancer.Rule::id));
        return o;
    }

    static ObjectNode rule(LoadBalancer.Rule r) {
        ObjectNode o = resource(r.id(), TYPE + "/loadBalancingRules", null, true);
        ObjectNode p = properties(o);
        if (r.backendPoolId() != null) {
            p.set("backendAddressPool", reference(r.backendPoolId()));
            p.set("backendAddressPools", references(List.of(r.backendPoolId())));
        }
        p.put("backendPort", r.backendPort());
        p.put("disableOutboundSnat", r.disableOutboundSnat());
        p.put("enableFloatingIP", r.enableFloatingIp());
        p.put("enableTcpReset", r.enableTcpReset());
        p.set("frontendIPConfiguration", reference(r.frontendId()));
        p.put("frontendPort", r.frontendPort());
        p.put("idleTimeoutInMinutes", r.idleTimeoutInMinutes());
        p.put("loadDistribution", r.loadDistribution().name());
        r.probe().ifPresent(id -> p.set("probe", reference(id)));
        p.put("protocol", r.protocol().name());
        return o;
    }

    static ObjectNode inboundNatRule(LoadBalancer.InboundNatRule n) {
        ObjectNode o = resource(n.id(), TYPE + "/inboundNatRules", null, true);
        ObjectNode p = properties(o);
        n.target().ifPresent(id -> p.set("backendIPConfiguration", reference(id)));
        p.put("backendPort", n.backendPort());
        p.put("enableFloatingIP", n.enableFloatingIp());
        p.put("enableTcpReset", n.enableTcpReset());
        p.set("frontendIPConfiguration", reference(n.frontendId()));
        p.put("frontendPort", n.frontendPort());
        p.put("idleTimeoutInMinutes", n.idleTimeoutInMinutes());
        p.put("protocol", n.protocol().name());
        return o;
    }

    static ObjectNode outboundRule(LoadBalancer.OutboundRule r) {
        ObjectNode o = resource(r.id(), TYPE + "/outboundRules", null, true);
        ObjectNode p = properties(o);
        p.put("allocatedOutboundPorts", r.allocatedOutboundPorts());
        p.set("backendAddressPool", reference(r.backendPoolId()));
        p.put("enableTcpReset", r.enableTcpReset());
        p.set("frontendIPConfigurations", references(r.frontendIds()));
        p.put("idleTimeoutInMinutes", r.idleTimeoutInMinutes());
        p.put("protocol", r.protocol().name());
        return o;
    }

    private static <T> List<ResourceId> ids(List<T> parts, Predicate<T> which, java.util.function.Function<T,
            ResourceId> id) {
        return parts.stream().filter(which).map(id).toList();
    }

    private static void putIfAny(ObjectNode p, String name, List<ResourceId> ids) {
        if (!ids.isEmpty()) {
            p.set(name, references(ids));
        }
    }
}
