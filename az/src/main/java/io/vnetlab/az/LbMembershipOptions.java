package io.vnetlab.az;

import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;

/**
 * The load balancer options an IP configuration is created with — {@code --lb-name}, {@code --lb-address-pools},
 * {@code --lb-inbound-nat-rules} — as {@code az network nic create} and {@code nic ip-config create} take them: each
 * pool or NAT rule is a name under {@code --lb-name}, or an id (docs/azure/load-balancers.md#backend-pools).
 *
 * <pre>{@code
 * az network nic create -g rg -n nic1 --vnet-name vnet --subnet web --lb-name lb --lb-address-pools pool \
 *     --lb-inbound-nat-rules ssh1
 * }</pre>
 */
final class LbMembershipOptions {

    private static final String POOLS = "lb_address_pools";
    private static final String NAT_RULES = "lb_inbound_nat_rules";

    private LbMembershipOptions() {
    }

    /** The three options, as the CLI spells them. */
    static List<Param> params() {
        return List.of(Param.value("lb_name", "--lb-name"), Param.list(POOLS, "--lb-address-pools").emptyMeansNone(),
                Param.list(NAT_RULES, "--lb-inbound-nat-rules").emptyMeansNone());
    }

    /**
     * The pools and NAT rules the options name, resolved before anything changes: a name needs {@code --lb-name}; a
     * pool or rule that does not exist is the network provider's {@code InvalidResourceReference} from {@code by},
     * the resource being put.
     */
    static Membership resolve(Session s, String group, Args a, ResourceId by) {
        return new Membership(ids(s, group, a, POOLS, "--lb-address-pools", "backendAddressPools", by),
                ids(s, group, a, NAT_RULES, "--lb-inbound-nat-rules", "inboundNatRules", by));
    }

    private static List<ResourceId> ids(Session s, String group, Args a, String dest, String option,
                                        String collection, ResourceId by) {
        List<ResourceId> result = new ArrayList<>();
        for (String given : a.list(dest)) {
            if (given.isEmpty()) {      // "" names none: an update empties the list
                continue;
            }
            ResourceId id;
            if (ResourceId.looksLikeId(given)) {
                id = ResourceId.parse(given);
            } else {
                String lbName = a.value("lb_name").orElseThrow(() -> AzError.usage("usage error: " + option
                        + " ID [ID ...] | " + option + " NAME [NAME ...] --lb-name NAME"));
                id = Commands.reference(s, group, "loadBalancers", lbName).child(collection, given);
            }
            if (!exists(s, id, collection)) {
                throw Commands.invalidReference(id, by);
            }
            result.add(id);
        }
        return result;
    }

    private static boolean exists(Session s, ResourceId part, String collection) {
        return part.parent().flatMap(lb -> s.topology().state().get(LoadBalancer.class, lb))
                .map(lb -> collection.equals("inboundNatRules")
                        ? lb.inboundNatRules().stream().anyMatch(r -> r.id().equals(part))
                        : lb.backendPool(part).isPresent())
                .orElse(false);
    }

    /** Whether the options name backend pools at all ({@code ""} included): an update then replaces the list. */
    static boolean namesPools(Args a) {
        return a.has(POOLS);
    }

    /** Whether the options name inbound NAT rules at all: an update then replaces the list. */
    static boolean namesNatRules(Args a) {
        return a.has(NAT_RULES);
    }

    /** The backend pools to join and the inbound NAT rules to be the target of. */
    record Membership(List<ResourceId> backendPools, List<ResourceId> inboundNatRules) {
        Membership {
            backendPools = List.copyOf(backendPools);
            inboundNatRules = List.copyOf(inboundNatRules);
        }

        boolean isEmpty() {
            return backendPools.isEmpty() && inboundNatRules.isEmpty();
        }

        /**
         * {@code ipConfiguration}'s pools, when {@code pools}, and NAT rules, when {@code natRules}, made exactly these
         * ones: it leaves the others, as the CLI's update puts the configuration with the lists it was given.
         */
        TopologyState replaceIn(TopologyState state, ResourceId ipConfiguration, boolean pools, boolean natRules) {
            TopologyState next = state;
            for (LoadBalancer lb : state.all(LoadBalancer.class)) {
                for (var pool : lb.backendPools()) {
                    if (pools && pool.ipConfigurationIds().contains(ipConfiguration)
                            && !backendPools.contains(pool.id())) {
                        next = ResourceManager.setBackendPoolMembership(next, pool.id(), ipConfiguration, false);
                    }
                }
                for (var rule : lb.inboundNatRules()) {
                    if (natRules && ipConfiguration.equals(rule.targetIpConfigurationId())
                            && !inboundNatRules.contains(rule.id())) {
                        next = ResourceManager.setInboundNatRuleTarget(next, rule.id(), null);
                    }
                }
            }
            return applyTo(next, ipConfiguration);
        }

        /** {@code ipConfiguration} joined to every pool and made every NAT rule's target, in one state change. */
        TopologyState applyTo(TopologyState state, ResourceId ipConfiguration) {
            TopologyState next = state;
            for (ResourceId pool : backendPools) {
                next = ResourceManager.setBackendPoolMembership(next, pool, ipConfiguration, true);
            }
            for (ResourceId rule : inboundNatRules) {
                next = ResourceManager.setInboundNatRuleTarget(next, rule, ipConfiguration);
            }
            return next;
        }
    }
}
