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
final class LbInboundNatRuleCommands extends LbPart<InboundNatRule> {

    static List<AzCommand> commands() {
        return LbPartCommands.of(new LbInboundNatRuleCommands());
    }

    LbInboundNatRuleCommands() {
        super("inbound-nat-rule", "inboundNatRules",
                LoadBalancerRequest::inboundNatRules, LoadBalancerRequest::withInboundNatRules, InboundNatRule::name);
    }

    public List<Param> params() {
        return List.of(LbRuleOptions.PROTOCOL, LbRuleOptions.FRONTEND_PORT, LbRuleOptions.BACKEND_PORT,
                LbRuleOptions.FRONTEND_IP, LbRuleOptions.FLOATING_IP, LbRuleOptions.IDLE_TIMEOUT,
                LbRuleOptions.TCP_RESET);
    }

    public InboundNatRule build(Session s, Args a, LoadBalancer lb, String name, Optional<InboundNatRule> existing) {
        return new InboundNatRule(name, LbRuleOptions.frontend(a, lb, existing, InboundNatRule::frontendId),
                LbRuleOptions.protocol(a, existing.map(InboundNatRule::protocol)),
                LbRuleOptions.frontendPort(a, existing.map(InboundNatRule::frontendPort)),
                LbRuleOptions.backendPort(a, existing.map(InboundNatRule::backendPort)),
                existing.map(InboundNatRule::targetIpConfigurationId).orElse(null),
                LbRuleOptions.floatingIp(a, existing.map(InboundNatRule::enableFloatingIp)),
                LbRuleOptions.idleTimeout(a, existing.map(InboundNatRule::idleTimeoutInMinutes)),
                LbRuleOptions.tcpReset(a, existing.map(InboundNatRule::enableTcpReset)));
    }

    @Override
    List<GenericUpdate.Property> editable() {
        return List.of(GenericUpdate.Property.scalar("protocol", "protocol"),
                GenericUpdate.Property.scalar("frontendPort", "frontend_port"),
                GenericUpdate.Property.scalar("backendPort", "backend_port"),
                GenericUpdate.Property.scalar("enableFloatingIP", "floating_ip"),
                GenericUpdate.Property.scalar("idleTimeoutInMinutes", "idle_timeout"),
                GenericUpdate.Property.scalar("enableTcpReset", "tcp_reset"),
                GenericUpdate.Property.reference("frontendIPConfiguration", "frontend_ip"));
    }
}
