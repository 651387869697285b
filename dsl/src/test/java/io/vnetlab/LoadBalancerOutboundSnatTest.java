package io.vnetlab;

import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.OutboundAccess;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.render.VerdictRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Standard load balancer's load-balancing rules and outbound SNAT (docs/azure/outbound-access.md#load-balancers):
 * a public rule translates its backends' flows of its own protocol to its frontend unless it disables outbound SNAT,
 * and a Standard load balancer's backends get no default outbound access.
 */
class LoadBalancerOutboundSnatTest {

    private final Topology t = ReferenceTopologies.hubAndSpoke();

    /** A public Standard load balancer sending TCP port 80 to spoke1-vm. */
    private void standardWebLoadBalancer() {
        t.publicIpAddresses().define("web-ip").withRegion(Region.WEST_EUROPE).create();
        t.loadBalancers().define("web-lb").withRegion(Region.WEST_EUROPE).withPublicFrontend("fe", "web-ip")
                .withBackendPool("pool", "spoke1-vm").withTcpProbe("http", 80)
                .withRule("http", "Tcp", 80, 80, "fe", "pool", "http").create();
    }

    private Verdict toInternet(String vm, Protocol protocol, int port) {
        return t.evaluate(Flow.from(t.endpoint(vm)).to(Endpoint.address("198.51.100.7")).on(protocol, port));
    }

    private String webIp() {
        return t.publicIpAddresses().get("web-ip").ipAddress().toString();
    }

    @Test
    void a_backend_of_a_standard_public_rule_goes_out_from_the_rules_frontend_and_the_verdict_names_the_rule() {
        standardWebLoadBalancer();
        OutboundAccess out = t.outboundAccess("spoke1-vm");
        assertThat(out.method()).isEqualTo(OutboundAccess.Method.LOAD_BALANCER_RULE);
        assertThat(out.through()).isEqualTo(t.loadBalancers().get("web-lb").id());
        assertThat(out.loadBalancerRule()).contains(t.loadBalancers().get("web-lb").rule("http").orElseThrow().id());
        assertThat(out.sourceAddress()).contains(t.publicIpAddresses().get("web-ip").ipAddress());

        Verdict v = toInternet("spoke1-vm", Protocol.Tcp, 443);
        assertThat(v.reachable()).isTrue();
        assertThat(VerdictRenderer.render(v)).contains("source NAT by load-balancing rule 'http' of load balancer"
                + " 'web-lb' to public IP 'web-ip' " + webIp());
    }

    @Test
    void a_standard_rule_translates_only_its_own_transport_protocol() {
        standardWebLoadBalancer();
        Verdict udp = toInternet("spoke1-vm", Protocol.Udp, 53);
        assertThat(udp.reachable()).isFalse();
        assertThat(udp.outboundAccess().orElseThrow().method()).isEqualTo(OutboundAccess.Method.NONE);
        assertThat(VerdictRenderer.blockers(udp)).containsExactly("nic 'spoke1-vmVMNic' is in a backend pool of"
                + " Standard load balancer 'web-lb', which gives its backends no default outbound access, and none of"
                + " its rules translates this UDP flow: load-balancing rule 'http' translates TCP only (a load balancer"
                + " translates TCP and UDP, each rule its own protocol); subnet 'spoke1/app' has no NAT gateway and the"
                + " interface no public IP, so the packet has no path to the Internet.");
        assertThat(toInternet("spoke1-vm", Protocol.Icmp, 0).reachable()).isFalse();
        assertThat(t.outboundAccess("spoke1-vm", Protocol.Udp).method()).isEqualTo(OutboundAccess.Method.NONE);
        assertThat(t.outboundAccess("spoke1-vm", Protocol.Tcp).method())
                .isEqualTo(OutboundAccess.Method.LOAD_BALANCER_RULE);
        assertThat(toInternet("spoke1-vm", Protocol.Tcp, 443).reachable()).isTrue();
    }

    @Test
    void disabling_outbound_snat_on_the_rule_leaves_a_standard_backend_without_outbound_access() {
        standardWebLoadBalancer();
        t.loadBalancers().update("web-lb").withOutboundSnatDisabled("http").apply();
        assertThat(t.loadBalancers().get("web-lb").rule("http").orElseThrow().disableOutboundSnat()).isTrue();

        OutboundAccess out = t.outboundAccess("spoke1-vm");
        assertThat(out.method()).isEqualTo(OutboundAccess.Method.NONE);
        assertThat(out.through()).isEqualTo(t.loadBalancers().get("web-lb").id());
        Verdict v = toInternet("spoke1-vm", Protocol.Tcp, 443);
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.render(v)).contains("no outbound access: nic 'spoke1-vmVMNic' is in a pool of"
                + " Standard load balancer 'web-lb', and no rule of it translates this flow");
        assertThat(VerdictRenderer.blockers(v)).containsExactly("nic 'spoke1-vmVMNic' is in a backend pool of"
                + " Standard load balancer 'web-lb', which gives its backends no default outbound access, and no"
                + " outbound rule of it, and no load-balancing rule with outbound SNAT, covers the interface; subnet"
                + " 'spoke1/app' has no NAT gateway and the interface no public IP, so the packet has no path to the"
                + " Internet.");
        assertThat(t.outboundAccess("spoke2-vm").method()).isEqualTo(OutboundAccess.Method.DEFAULT_OUTBOUND_ACCESS);
    }

    @Test
    void an_outbound_rule_decides_before_a_load_balancing_rule_that_keeps_snat_on() {
        standardWebLoadBalancer();
        t.publicIpAddresses().define("egress-ip").withRegion(Region.WEST_EUROPE).create();
        t.loadBalancers().update("web-lb").withPublicFrontend("egress", "egress-ip")
                .withOutboundRule("out", "egress", "pool").apply();
        OutboundAccess out = t.outboundAccess("spoke1-vm");
        assertThat(out.method()).isEqualTo(OutboundAccess.Method.LOAD_BALANCER_OUTBOUND_RULE);
        assertThat(out.loadBalancerRule().orElseThrow().name()).isEqualTo("out");
        assertThat(out.sourceAddress()).contains(t.publicIpAddresses().get("egress-ip").ipAddress());
    }

    @Test
    void an_instance_public_ip_and_a_nat_gateway_decide_before_the_rule() {
        standardWebLoadBalancer();
        t.virtualMachines().define("edge-vm").withExistingPrimaryNetwork("spoke1").withSubnet("app")
                .withNewPrimaryPublicIPAddress().create();
        t.loadBalancers().update("web-lb").withBackendPool("pool", "spoke1-vm", "edge-vm").apply();
        assertThat(t.outboundAccess("edge-vm").method()).isEqualTo(OutboundAccess.Method.INSTANCE_PUBLIC_IP);

        t.publicIpAddresses().define("nat-ip").withRegion(Region.WEST_EUROPE).create();
        t.natGateways().define("nat").withRegion(Region.WEST_EUROPE).withPublicIpAddress("nat-ip").create();
        t.natGateways().associateWithSubnet("nat", "spoke1", "app");
        assertThat(t.outboundAccess("spoke1-vm").method()).isEqualTo(OutboundAccess.Method.NAT_GATEWAY);
        assertThat(t.outboundAccess("edge-vm").method()).isEqualTo(OutboundAccess.Method.NAT_GATEWAY);
    }

    @Test
    void a_backend_of_an_internal_standard_load_balancer_has_no_outbound_access_and_a_private_subnet_says_so_first() {
        t.loadBalancers().define("ilb").withRegion(Region.WEST_EUROPE).withPrivateFrontend("fe", "spoke1", "app", null)
                .withBackendPool("pool", "spoke1-vm").withRule("http", "Tcp", 80, 80, "fe", "pool", null).create();
        OutboundAccess out = t.outboundAccess("spoke1-vm");
        assertThat(out.method()).isEqualTo(OutboundAccess.Method.NONE);
        assertThat(out.through()).isEqualTo(t.loadBalancers().get("ilb").id());

        t.networks().define("priv").withRegion(Region.WEST_EUROPE).withAddressSpace("10.9.0.0/16")
                .withPrivateSubnet("app", "10.9.0.0/24").create();
        t.virtualMachines().define("priv-vm").withExistingPrimaryNetwork("priv").withSubnet("app").create();
        t.loadBalancers().define("priv-ilb").withRegion(Region.WEST_EUROPE)
                .withPrivateFrontend("fe", "priv", "app", null).withBackendPool("pool", "priv-vm").create();
        OutboundAccess inPrivateSubnet = t.outboundAccess("priv-vm");
        assertThat(inPrivateSubnet.method()).isEqualTo(OutboundAccess.Method.NONE);
        assertThat(inPrivateSubnet.through()).isEqualTo(t.subnet("priv", "app").id());
    }

    @Test
    void disabling_outbound_snat_on_a_rule_the_load_balancer_does_not_have_is_refused() {
        standardWebLoadBalancer();
        assertThatThrownBy(() -> t.loadBalancers().update("web-lb").withOutboundSnatDisabled("https").apply())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Load balancer 'web-lb' has no load-balancing rule named 'https'.");
        assertThat(t.loadBalancers().get("web-lb").rule("http").orElseThrow().disableOutboundSnat()).isFalse();
    }
}
