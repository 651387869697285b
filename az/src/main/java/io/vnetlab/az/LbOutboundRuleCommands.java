package io.vnetlab.az;

import io.vnetlab.controlplane.LoadBalancerRequest;
import io.vnetlab.controlplane.LoadBalancerRequest.OutboundRule;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Optional;

/** {@code az network lb outbound-rule create|show|list|update|delete} (docs/azure/load-balancers.md#outbound-rules). */
final class LbOutboundRuleCommands extends LbPart<OutboundRule> {

    static List<AzCommand> commands() {
        return LbPartCommands.of(new LbOutboundRuleCommands());
    }

    LbOutboundRuleCommands() {
        super("outbound-rule", "outboundRules",
                LoadBalancerRequest::outboundRules, LoadBalancerRequest::withOutboundRules, OutboundRule::name);
    }

    public List<Param> params() {
        return List.of(Param.list("frontend_ips", "--frontend-ip-configs").mandatory(),
                LbRuleOptions.PROTOCOL,
                Param.value("address_pool", "--address-pool", "--backend-address-pool").mandatory(),
                Param.value("outbound_ports", "--outbound-ports", "--allocated-outbound-ports"),
                LbRuleOptions.IDLE_TIMEOUT, LbRuleOptions.TCP_RESET);
    }

    public OutboundRule build(Session s, Args a, LoadBalancer lb, String name, Optional<OutboundRule> existing) {
        List<ResourceId> frontends = a.has("frontend_ips") ? a.list("frontend_ips").stream()
                .map(f -> LoadBalancerCommands.part(lb, "frontendIPConfigurations", f)).toList()
                : existing.map(OutboundRule::frontendIds).orElse(List.of());
        return new OutboundRule(name, frontends,
                a.value("address_pool").map(p -> LoadBalancerCommands.part(lb, "backendAddressPools", p))
                        .orElseGet(() -> existing.map(OutboundRule::backendPoolId).orElse(null)),
                a.value("protocol").orElseGet(() -> existing.map(OutboundRule::protocol).orElse("All")),
                LbPartCommands.number(a, "outbound_ports", "--outbound-ports",
                        existing.map(OutboundRule::allocatedOutboundPorts).orElse(0)),
                LbPartCommands.number(a, "idle_timeout", "--idle-timeout",
                        existing.map(OutboundRule::idleTimeoutInMinutes).orElse(4)),
                // on unless set off, as vnetlab shows an outbound rule that does not say (docs/azure/decisions.md)
                LbPartCommands.bool(a, "tcp_reset", existing.map(OutboundRule::enableTcpReset).orElse(true)));
    }

    @Override
    List<GenericUpdate.Property> editable() {
        return List.of(GenericUpdate.Property.scalar("protocol", "protocol"),
                GenericUpdate.Property.scalar("allocatedOutboundPorts", "outbound_ports"),
                GenericUpdate.Property.scalar("idleTimeoutInMinutes", "idle_timeout"),
                GenericUpdate.Property.scalar("enableTcpReset", "tcp_reset"),
                GenericUpdate.Property.list("frontendIPConfigurations", "frontend_ips"),
                GenericUpdate.Property.reference("backendAddressPool", "address_pool"));
    }
}
