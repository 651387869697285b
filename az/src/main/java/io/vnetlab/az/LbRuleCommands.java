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
final class LbRuleCommands implements LbPart<Rule> {

    static List<AzCommand> commands() {
        return LbPartCommands.of(new LbRuleCommands());
    }

    public String group() {
        return "rule";
    }

    public String collection() {
        return "loadBalancingRules";
    }

    public List<Rule> of(LoadBalancerRequest lb) {
        return lb.rules();
    }

    public LoadBalancerRequest with(LoadBalancerRequest lb, List<Rule> parts) {
        return lb.withRules(parts);
    }

    public String name(Rule part) {
        return part.name();
    }

    public List<Param> params() {
        return List.of(Param.value("protocol", "--protocol").choices("All", "Tcp", "Udp").mandatory(),
                Param.value("frontend_port", "--frontend-port").mandatory(),
                Param.value("backend_port", "--backend-port").mandatory(),
                Param.value("frontend_ip", "--frontend-ip-name", "--frontend-ip"),
                Param.value("backend_pool", "--backend-pool-name", "--backend-pool"),
                Param.value("probe", "--probe-name", "--probe"), Param.bool("floating_ip", "--floating-ip"),
                Param.bool("disable_outbound_snat", "--disable-outbound-snat"),
                Param.value("idle_timeout", "--idle-timeout", "--idle-timeout-in-minutes"),
                Param.bool("tcp_reset", "--enable-tcp-reset"),
                Param.value("load_distribution", "--load-distribution").choices("Default", "SourceIP",
                        "SourceIPProtocol"));
    }

    public Rule build(Session s, Args a, LoadBalancer lb, String name, Optional<Rule> existing) {
        return new Rule(name,
                a.has("frontend_ip") || existing.isEmpty()
                        ? LoadBalancerCommands.frontend(lb, a.value("frontend_ip")) : existing.get().frontendId(),
                a.has("backend_pool") || existing.isEmpty()
                        ? LoadBalancerCommands.pool(lb, a.value("backend_pool")) : existing.get().backendPoolId(),
                a.value("probe").map(p -> LoadBalancerCommands.part(lb, "probes", p))
                        .orElseGet(() -> existing.map(Rule::probeId).orElse(null)),
                a.value("protocol").orElseGet(() -> existing.map(Rule::protocol).orElse(null)),
                LbPartCommands.number(a, "frontend_port", "--frontend-port", existing.map(Rule::frontendPort).orElse(0)),
                LbPartCommands.number(a, "backend_port", "--backend-port", existing.map(Rule::backendPort).orElse(0)),
                LbPartCommands.bool(a, "floating_ip", existing.map(Rule::enableFloatingIp).orElse(false)),
                LbPartCommands.bool(a, "disable_outbound_snat",
                        existing.map(Rule::disableOutboundSnat).orElse(false)));
    }
}
