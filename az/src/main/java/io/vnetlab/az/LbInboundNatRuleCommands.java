package io.vnetlab.az;

import io.vnetlab.controlplane.LoadBalancerRequest;
import io.vnetlab.controlplane.LoadBalancerRequest.InboundNatRule;
import io.vnetlab.model.LoadBalancer;

import java.util.List;
import java.util.Optional;

/**
 * {@code az network lb inbound-nat-rule create|show|list|update|delete} (docs/azure/load-balancers.md#inbound-nat-rules):
 * one frontend port to one IP configuration, which the interface's side attaches
 * ({@code az network nic create --lb-inbound-nat-rules}, {@code nic ip-config inbound-nat-rule add}).
 */
final class LbInboundNatRuleCommands implements LbPart<InboundNatRule> {

    static List<AzCommand> commands() {
        return LbPartCommands.of(new LbInboundNatRuleCommands());
    }

    public String group() {
        return "inbound-nat-rule";
    }

    public String collection() {
        return "inboundNatRules";
    }

    public List<InboundNatRule> of(LoadBalancerRequest lb) {
        return lb.inboundNatRules();
    }

    public LoadBalancerRequest with(LoadBalancerRequest lb, List<InboundNatRule> parts) {
        return lb.withInboundNatRules(parts);
    }

    public String name(InboundNatRule part) {
        return part.name();
    }

    public List<Param> params() {
        return List.of(Param.value("protocol", "--protocol").choices("All", "Tcp", "Udp").mandatory(),
                Param.value("frontend_port", "--frontend-port").mandatory(),
                Param.value("backend_port", "--backend-port").mandatory(),
                Param.value("frontend_ip", "--frontend-ip-name", "--frontend-ip"),
                Param.bool("floating_ip", "--floating-ip"),
                Param.value("idle_timeout", "--idle-timeout", "--idle-timeout-in-minutes"),
                Param.bool("tcp_reset", "--enable-tcp-reset"));
    }

    public InboundNatRule build(Session s, Args a, LoadBalancer lb, String name, Optional<InboundNatRule> existing) {
        return new InboundNatRule(name,
                a.has("frontend_ip") || existing.isEmpty()
                        ? LoadBalancerCommands.frontend(lb, a.value("frontend_ip")) : existing.get().frontendId(),
                a.value("protocol").orElseGet(() -> existing.map(InboundNatRule::protocol).orElse(null)),
                LbPartCommands.number(a, "frontend_port", "--frontend-port",
                        existing.map(InboundNatRule::frontendPort).orElse(0)),
                LbPartCommands.number(a, "backend_port", "--backend-port",
                        existing.map(InboundNatRule::backendPort).orElse(0)),
                existing.map(InboundNatRule::targetIpConfigurationId).orElse(null));
    }
}
