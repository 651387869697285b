package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.LoadBalancerRequest;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.LoadBalancerSku;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code Microsoft.Network/loadBalancers}: a PUT of the whole load balancer with its inline frontends, backend pools,
 * probes, load-balancing rules, inbound NAT rules and outbound rules (docs/azure/load-balancers.md#components). Pool
 * members come from the interfaces' IP configurations ({@code loadBalancerBackendAddressPools}), which the interface
 * handler applies; IP-address-based pool members and NAT rules over a port range are not simulated and warned about.
 * A load balancer without {@code sku} is Basic, as the API reads it, and deploys with the warning that Azure no longer
 * creates one.
 */
final class LoadBalancerHandler implements ResourceHandler {

    /** The SKU of a load balancer that chains appliances into another's flows (docs/azure/load-balancers.md#skus). */
    private static final String GATEWAY = "Gateway";
    /** The SKU the API gives a load balancer whose request names none (docs/azure/load-balancers.md#skus). */
    private static final String BASIC = "Basic";

    @Override
    public String type() {
        return "Microsoft.Network/loadBalancers";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        Optional<String> named = r.text(r.body(), "sku.name");
        String sku = named.orElse(BASIC);
        if (GATEWAY.equalsIgnoreCase(sku)) {
            throw r.notSimulated("it is a Gateway load balancer, which chains another load balancer's frontend to"
                    + " network virtual appliances through tunnel interfaces; traffic through it is not evaluated");
        }
        Optional<LoadBalancer> before = r.batch().state().get(LoadBalancer.class, r.id());
        List<LoadBalancerRequest.Frontend> frontends = new ArrayList<>();
        for (JsonNode f : list(r, p, "frontendIPConfigurations")) {
            JsonNode fp = props(f);
            if (BASIC.equalsIgnoreCase(sku)) {
                requireNoZones(r, f);
            }
            boolean isStatic = r.text(fp, "privateIPAllocationMethod").orElse("Dynamic").equalsIgnoreCase("Static");
            frontends.add(new LoadBalancerRequest.Frontend(name(r, f, "frontendIPConfigurations"),
                    r.reference(fp, "subnet").orElse(null),
                    isStatic ? r.text(fp, "privateIPAddress").orElse(null) : null,
                    r.reference(fp, "publicIPAddress").orElse(null)));
        }
        List<LoadBalancerRequest.BackendPool> pools = new ArrayList<>();
        for (JsonNode b : list(r, p, "backendAddressPools")) {
            String poolName = name(r, b, "backendAddressPools");
            warnOfAddressesByIp(r, r.id().name(), poolName, props(b));
            // a PUT of the load balancer keeps the members the interfaces' side added
            List<ResourceId> members = before.flatMap(lb -> lb.backendPool(poolName))
                    .map(LoadBalancer.BackendPool::ipConfigurationIds).orElse(List.of());
            pools.add(new LoadBalancerRequest.BackendPool(poolName, members));
        }
        List<LoadBalancerRequest.Probe> probes = new ArrayList<>();
        for (JsonNode pr : list(r, p, "probes")) {
            JsonNode pp = props(pr);
            probes.add(new LoadBalancerRequest.Probe(name(r, pr, "probes"), r.text(pp, "protocol").orElse("Tcp"),
                    number(r, pp, "port"), r.text(pp, "requestPath").orElse(null),
                    number(r, pp, "intervalInSeconds", LoadBalancer.Probe.DEFAULT_INTERVAL_IN_SECONDS),
                    number(r, pp, "numberOfProbes", LoadBalancer.Probe.DEFAULT_NUMBER_OF_PROBES),
                    number(r, pp, "probeThreshold", LoadBalancer.Probe.DEFAULT_PROBE_THRESHOLD)));
        }
        List<LoadBalancerRequest.Rule> rules = new ArrayList<>();
        for (JsonNode ru : list(r, p, "loadBalancingRules")) {
            JsonNode rp = props(ru);
            ResourceId pool = r.reference(rp, "backendAddressPool").or(() -> r.reference(rp, "backendAddressPools.0"))
                    .orElse(null);
            rules.add(new LoadBalancerRequest.Rule(name(r, ru, "loadBalancingRules"),
                    r.reference(rp, "frontendIPConfiguration").orElse(null), pool, r.reference(rp, "probe").orElse(null),
                    r.text(rp, "protocol").orElse(null), number(r, rp, "frontendPort"), number(r, rp, "backendPort"),
                    r.flag(rp, "enableFloatingIP"), r.flag(rp, "disableOutboundSnat"),
                    number(r, rp, "idleTimeoutInMinutes", LoadBalancer.DEFAULT_IDLE_TIMEOUT_IN_MINUTES),
                    r.flag(rp, "enableTcpReset"), r.text(rp, "loadDistribution").orElse(null)));
        }
        List<LoadBalancerRequest.InboundNatRule> nats = new ArrayList<>();
        for (JsonNode n : list(r, p, "inboundNatRules")) {
            String natName = name(r, n, "inboundNatRules");
            ResourceId target = before.flatMap(lb -> lb.inboundNatRules().stream()
                    .filter(x -> x.name().equalsIgnoreCase(natName)).findFirst())
                    .map(LoadBalancer.InboundNatRule::targetIpConfigurationId).orElse(null);
            natRule(r, r.id().name(), natName, props(n), target).ifPresent(nats::add);
        }
        List<LoadBalancerRequest.OutboundRule> outbound = new ArrayList<>();
        for (JsonNode o : list(r, p, "outboundRules")) {
            JsonNode op = props(o);
            List<ResourceId> fronts = new ArrayList<>();
            JsonNode fl = r.at(op, "frontendIPConfigurations").orElse(Values.NODES.arrayNode());
            for (int i = 0; i < fl.size(); i++) {
                r.reference(fl, String.valueOf(i)).ifPresent(fronts::add);
            }
            outbound.add(new LoadBalancerRequest.OutboundRule(name(r, o, "outboundRules"), fronts,
                    r.reference(op, "backendAddressPool").orElse(null), r.text(op, "protocol").orElse("All"),
                    r.at(op, "allocatedOutboundPorts").map(JsonNode::asInt).orElse(0),
                    r.at(op, "idleTimeoutInMinutes").map(JsonNode::asInt).orElse(4),
                    // on unless the template sets it off, as vnetlab shows an outbound rule that does not say
                    r.at(op, "enableTcpReset").filter(v -> !v.isNull()).map(v -> r.flag(op, "enableTcpReset"))
                            .orElse(true)));
        }
        LoadBalancerRequest request = new LoadBalancerRequest(r.id(), r.region(), sku, frontends, pools, probes, rules,
                nats, outbound);
        LoadBalancer lb;
        try {
            lb = r.batch().putLoadBalancer(request);
        } catch (AzureException e) {
            throw named.isEmpty() && e.code() == AzureErrorCode.PublicIPAndLBSkuDoNotMatch ? skuNotGiven(e) : e;
        }
        if (before.isEmpty() && lb.sku() == LoadBalancerSku.Basic) {
            r.warn(basicWarning(lb.name(), named.isEmpty()));
        }
        return ResourceJson.properties(ResourceJson.loadBalancer(lb));
    }

    /**
     * Azure no longer creates Basic load balancers (docs/azure/load-balancers.md#skus); vnetlab deploys one, with
     * Basic's rules, to model the topologies that still hold them, and says what Azure would answer.
     */
    static String basicWarning(String name, boolean skuAbsent) {
        return "load balancer '" + name + "' is Basic" + (skuAbsent ? " (the SKU of a load balancer whose template"
                + " names none)" : "") + ": Azure no longer creates Basic load balancers and refuses this one"
                + " (BasicSkuLoadBalancerRetired); vnetlab deploys it as Basic. Give it and its public IP addresses"
                + " sku Standard to deploy it in Azure.";
    }

    /**
     * A template that names no SKU gets a Basic load balancer, as the API reads it; when its public IP names Standard,
     * the mismatch names a SKU the template never gave: say where it comes from.
     */
    private static AzureException skuNotGiven(AzureException mismatch) {
        return new AzureException(mismatch.code(), mismatch.getMessage() + " The template gives the load balancer no"
                + " SKU, which the API reads as Basic; give the load balancer and its public IP addresses the same"
                + " SKU (Standard: Basic load balancers were retired on 30 September 2025).", mismatch.resources());
    }

    /** A Basic load balancer has no availability zones (docs/azure/load-balancers.md#skus). */
    private static void requireNoZones(ResourceContext r, JsonNode frontend) {
        if (r.at(frontend, "zones").filter(z -> z.isArray() && z.size() > 0).isPresent()) {
            ResourceId fid = r.id().child("frontendIPConfigurations", r.text(frontend, "name").orElse("?"));
            throw new AzureException(AzureErrorCode.AvailabilityZonesRequireStandardLoadBalancer, "Frontend IP"
                    + " configuration " + fid + " of Basic load balancer " + r.id() + " names availability zones;"
                    + " zonal and zone-redundant frontends are only available on Standard load balancers.", fid);
        }
    }

    /**
     * An inbound NAT rule as the load balancer's PUT or the rule's own PUT carries it; empty, with a warning, for a
     * rule over a port range, which is not simulated.
     */
    static Optional<LoadBalancerRequest.InboundNatRule> natRule(ResourceContext r, String lbName, String natName,
                                                                JsonNode np, ResourceId target) {
        if (r.at(np, "frontendPortRangeStart").isPresent()) {
            r.warn("load balancer '" + lbName + "': inbound NAT rule '" + natName + "' maps a port range"
                    + " to a pool; only single-port NAT rules are simulated.");
            return Optional.empty();
        }
        return Optional.of(new LoadBalancerRequest.InboundNatRule(natName, r.reference(np, "frontendIPConfiguration")
                .orElse(null), r.text(np, "protocol").orElse(null), number(r, np, "frontendPort"),
                number(r, np, "backendPort"), target, r.flag(np, "enableFloatingIP"),
                number(r, np, "idleTimeoutInMinutes", LoadBalancer.DEFAULT_IDLE_TIMEOUT_IN_MINUTES),
                r.flag(np, "enableTcpReset")));
    }

    /** Pools by IP address are not simulated: a pool's members are network interface IP configurations. */
    static void warnOfAddressesByIp(ResourceContext r, String lbName, String poolName, JsonNode poolProperties) {
        if (r.at(poolProperties, "loadBalancerBackendAddresses").filter(a -> a.size() > 0).isPresent()) {
            r.warn("load balancer '" + lbName + "': pool '" + poolName + "' lists backend addresses by IP;"
                    + " only pools of network interface IP configurations are simulated.");
        }
    }

    private static List<JsonNode> list(ResourceContext r, JsonNode p, String name) {
        List<JsonNode> result = new ArrayList<>();
        r.at(p, name).filter(JsonNode::isArray).ifPresent(a -> a.forEach(result::add));
        return result;
    }

    private static JsonNode props(JsonNode part) {
        return Values.property(part, "properties").orElse(Values.object());
    }

    private static String name(ResourceContext r, JsonNode part, String collection) {
        return r.text(part, "name").orElseThrow(() -> r.invalid(collection, "has an element without a name"));
    }

    private static int number(ResourceContext r, JsonNode from, String name) {
        return integer(r, name, r.at(from, name).orElseThrow(() -> r.invalid(name, "is required")));
    }

    /** An optional integer property: Azure's default when the template leaves it out. */
    private static int number(ResourceContext r, JsonNode from, String name, int fallback) {
        return r.at(from, name).filter(v -> !v.isNull()).map(v -> integer(r, name, v)).orElse(fallback);
    }

    private static int integer(ResourceContext r, String name, JsonNode v) {
        if (!v.canConvertToInt() && !(v.isTextual() && v.textValue().matches("\\d+"))) {
            throw r.invalid(name, "must be an integer; it is " + Values.text(v));
        }
        return v.asInt();
    }
}
