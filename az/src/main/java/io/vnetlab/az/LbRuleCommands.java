package io.vnetlab.az;

import io.vnetlab.controlplane.LoadBalancerRequest;
import io.vnetlab.controlplane.LoadBalancerRequest.Rule;
import io.vnetlab.model.LoadBalancer;

import java.util.List;
import java.util.Optional;

/**
 * {@code az network lb rule create|show|list|update|delete} (docs/azure/load-balancers.md#ha-ports): protocol All with
 * ports 0 is an HA ports rule. The frontend and pool default to the load balancer's only one, as the CLI's do.
 */
final class LbRuleCommands extends LbPart<Rule> {

    static List<AzCommand> commands() {
        return LbPartCommands.of(new LbRuleCommands());
    }

    LbRuleCommands() {
        super("rule", "loadBalancingRules", LoadBalancerRequest::rules, LoadBalancerRequest::withRules, Rule::name);
    }

    public List<Param> params() {
        return List.of(LbRuleOptions.PROTOCOL, LbRuleOptions.FRONTEND_PORT, LbRuleOptions.BACKEND_PORT,
                LbRuleOptions.FRONTEND_IP, Param.value("backend_pool", "--backend-pool-name", "--backend-pool"),
                Param.value("probe", "--probe-name", "--probe"), LbRuleOptions.FLOATING_IP,
                Param.bool("disable_outbound_snat", "--disable-outbound-snat"), LbRuleOptions.IDLE_TIMEOUT,
                LbRuleOptions.TCP_RESET, Param.value("load_distribution", "--load-distribution").choices("Default",
                        "SourceIP", "SourceIPProtocol"));
    }

    public Rule build(Session s, Args a, LoadBalancer lb, String name, Optional<Rule> existing) {
        return new Rule(name, LbRuleOptions.frontend(a, lb, existing, Rule::frontendId),
                a.has("backend_pool") || existing.isEmpty()
                        ? LoadBalancerCommands.pool(lb, a.value("backend_pool")) : existing.get().backendPoolId(),
                a.value("probe").map(p -> LoadBalancerCommands.part(lb, "probes", p))
                        .orElseGet(() -> existing.map(Rule::probeId).orElse(null)),
                LbRuleOptions.protocol(a, existing.map(Rule::protocol)),
                LbRuleOptions.frontendPort(a, existing.map(Rule::frontendPort)),
                LbRuleOptions.backendPort(a, existing.map(Rule::backendPort)),
                LbRuleOptions.floatingIp(a, existing.map(Rule::enableFloatingIp)),
                LbPartCommands.bool(a, "disable_outbound_snat",
                        existing.map(Rule::disableOutboundSnat).orElse(false)),
                LbRuleOptions.idleTimeout(a, existing.map(Rule::idleTimeoutInMinutes)),
                LbRuleOptions.tcpReset(a, existing.map(Rule::enableTcpReset)),
                a.value("load_distribution").orElseGet(() -> existing.map(Rule::loadDistribution).orElse(null)));
    }

    @Override
    List<GenericUpdate.Property> editable() {
        return List.of(GenericUpdate.Property.scalar("protocol", "protocol"),
                GenericUpdate.Property.scalar("frontendPort", "frontend_port"),
                GenericUpdate.Property.scalar("backendPort", "backend_port"),
                GenericUpdate.Property.scalar("enableFloatingIP", "floating_ip"),
                GenericUpdate.Property.scalar("disableOutboundSnat", "disable_outbound_snat"),
                GenericUpdate.Property.scalar("idleTimeoutInMinutes", "idle_timeout"),
                GenericUpdate.Property.scalar("enableTcpReset", "tcp_reset"),
                GenericUpdate.Property.scalar("loadDistribution", "load_distribution"),
                GenericUpdate.Property.reference("frontendIPConfiguration", "frontend_ip"),
                GenericUpdate.Property.reference("backendAddressPool", "backend_pool"),
                GenericUpdate.Property.reference("probe", "probe"));
    }
}
