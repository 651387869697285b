package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the data plane knows of a load balancer's outbound rules, for outbound precedence to rank
 * (docs/azure/load-balancers.md#outbound-rules): the rule whose pool holds an interface, and its public addresses.
 */
class LoadBalancerOutboundRuleTest {

    @Test
    void an_interface_in_an_outbound_rules_pool_gets_the_rules_public_addresses() {
        Topology t = ReferenceTopologies.hubAndSpoke();
        t.publicIpAddresses().define("egress-ip").withRegion(Region.WEST_EUROPE).create();
        t.loadBalancers().define("egress-lb").withRegion(Region.WEST_EUROPE)
                .withPublicFrontend("fe", "egress-ip").withBackendPool("pool", "spoke1-vm")
                .withOutboundRule("out", "fe", "pool").create();
        LoadBalancerSnat balancers = new LoadBalancerSnat(t.state());

        LoadBalancerSnat.Snat snat = balancers.outboundRuleFor(t.networkInterface("spoke1-vmVMNic").snapshot(), null)
                .orElseThrow();
        assertThat(snat.rule().name()).isEqualTo("out");
        assertThat(snat.publicAddresses()).containsExactly(t.publicIpAddresses().get("egress-ip").ipAddress());
        assertThat(balancers.outboundRuleFor(t.networkInterface("spoke2-vmVMNic").snapshot(), null)).isEmpty();
    }

    @Test
    void a_rule_translates_the_transport_protocols_it_names_and_never_icmp() {
        assertThat(LoadBalancerSnat.translates(LoadBalancer.TransportProtocol.Tcp, Protocol.Tcp)).isTrue();
        assertThat(LoadBalancerSnat.translates(LoadBalancer.TransportProtocol.Tcp, Protocol.Udp)).isFalse();
        assertThat(LoadBalancerSnat.translates(LoadBalancer.TransportProtocol.Udp, Protocol.Udp)).isTrue();
        assertThat(LoadBalancerSnat.translates(LoadBalancer.TransportProtocol.All, Protocol.Udp)).isTrue();
        assertThat(LoadBalancerSnat.translates(LoadBalancer.TransportProtocol.All, Protocol.Icmp)).isFalse();
        assertThat(LoadBalancerSnat.translates(LoadBalancer.TransportProtocol.Udp, Protocol.Any)).isTrue();
        assertThat(LoadBalancerSnat.translates(LoadBalancer.TransportProtocol.Udp, null)).isTrue();
    }
}
