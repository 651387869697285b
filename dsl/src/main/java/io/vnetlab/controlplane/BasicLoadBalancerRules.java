package io.vnetlab.controlplane;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.LoadBalancerSku;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;

import java.util.Optional;

/**
 * What a Basic load balancer cannot have (docs/azure/load-balancers.md#skus): outbound rules, HTTPS probes, TCP reset
 * on its rules, and backends in a subnet with a NAT gateway. HA ports are refused with the rule that names them, for every load balancer
 * that is not internal Standard; the public IP SKU with the frontend that names it.
 */
final class BasicLoadBalancerRules {

    private BasicLoadBalancerRules() {
    }

    /** Checks a Basic load balancer about to be stored; a Standard one passes. */
    static void require(TopologyState s, LoadBalancer lb) {
        if (lb.sku() != LoadBalancerSku.Basic) {
            return;
        }
        if (!lb.outboundRules().isEmpty()) {
            LoadBalancer.OutboundRule rule = lb.outboundRules().get(0);
            throw new AzureException(AzureErrorCode.OutboundRulesRequireStandardLoadBalancer, "Outbound rule "
                    + rule.name() + " cannot be added to Basic load balancer " + lb.id() + ": outbound rules are only"
                    + " available on Standard load balancers. A Basic public load balancer translates its backends'"
                    + " outbound flows to the frontend of their load-balancing rule.", rule.id(), lb.id());
        }
        for (LoadBalancer.Probe probe : lb.probes()) {
            if (probe.protocol() == LoadBalancer.ProbeProtocol.Https) {
                throw new AzureException(AzureErrorCode.HttpsProbeRequiresStandardLoadBalancer, "Probe "
                        + probe.name() + " of Basic load balancer " + lb.id() + " uses protocol Https; a Basic load"
                        + " balancer probes with Tcp or Http only.", probe.id(), lb.id());
            }
        }
        for (LoadBalancer.Rule rule : lb.rules()) {
            if (rule.enableTcpReset()) {
                throw tcpReset(lb, rule.name(), rule.id());
            }
        }
        for (LoadBalancer.InboundNatRule rule : lb.inboundNatRules()) {
            if (rule.enableTcpReset()) {
                throw tcpReset(lb, rule.name(), rule.id());
            }
        }
        for (LoadBalancer.BackendPool pool : lb.backendPools()) {
            for (ResourceId nicId : pool.networkInterfaceIds()) {
                Optional<NetworkInterface> nic = s.networkInterface(nicId);
                Optional<Subnet> subnet = nic.flatMap(n -> s.subnet(n.subnetId()));
                if (subnet.isPresent() && subnet.get().natGatewayId() != null) {
                    throw natGatewayConflict(subnet.get().id(), nicId, lb.id());
                }
            }
        }
    }

    /**
     * The Basic load balancer whose pool holds {@code nicId}, if one does: a subnet with such an interface takes no
     * NAT gateway (docs/azure/outbound-access.md#nat-gateway-rules).
     */
    static Optional<LoadBalancer> basicLoadBalancerOf(TopologyState s, ResourceId nicId) {
        for (LoadBalancer lb : s.all(LoadBalancer.class)) {
            if (lb.sku() != LoadBalancerSku.Basic) {
                continue;
            }
            for (LoadBalancer.BackendPool pool : lb.backendPools()) {
                if (pool.networkInterfaceIds().contains(nicId)) {
                    return Optional.of(lb);
                }
            }
        }
        return Optional.empty();
    }

    private static AzureException tcpReset(LoadBalancer lb, String ruleName, ResourceId ruleId) {
        return new AzureException(AzureErrorCode.TcpResetRequiresStandardLoadBalancer, "Rule " + ruleName
                + " of Basic load balancer " + lb.id() + " enables TCP reset; TCP reset on idle is only available on"
                + " Standard load balancers.", ruleId, lb.id());
    }

    static AzureException natGatewayConflict(ResourceId subnetId, ResourceId nicId, ResourceId lbId) {
        return new AzureException(AzureErrorCode.SubnetWithNatGatewayAndBasicSkuResourceNotAllowed, "NAT Gateway"
                + " cannot be deployed on subnet containing Basic SKU Public IP addresses or Basic SKU Load Balancer."
                + " Subnet " + subnetId + " holds network interface " + nicId + ", a backend of Basic load balancer "
                + lbId + ".", subnetId, nicId, lbId);
    }
}
