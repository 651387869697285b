package io.vnetlab;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.LoadBalancer.LoadDistribution;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rule and probe settings the Java DSL records (docs/azure/load-balancers.md#rule-settings): Azure's defaults,
 * settings given in the definition or in an update, kept across later changes, and the values Azure refuses.
 */
class LoadBalancerSettingsTest {

    private final Topology t = ReferenceTopologies.hubAndSpokeWithHaAppliances();

    private LoadBalancers.Definition web() {
        return t.loadBalancers().define("ilb").withRegion(Region.WEST_EUROPE)
                .withPrivateFrontend("fe", "hub", "default", null)
                .withBackendPool("pool")
                .withHttpProbe("http", 80, "/health")
                .withRule("http", "Tcp", 80, 80, "fe", "pool", "http")
                .withInboundNatRule("ssh", "Tcp", 2201, 22, "fe", null);
    }

    @Test
    void rules_and_probes_that_are_given_no_settings_have_azures_defaults() {
        LoadBalancer lb = web().create();

        LoadBalancer.Rule rule = lb.rule("http").orElseThrow();
        assertThat(rule.idleTimeoutInMinutes()).isEqualTo(4);
        assertThat(rule.enableTcpReset()).isFalse();
        assertThat(rule.loadDistribution()).isEqualTo(LoadDistribution.Default);
        LoadBalancer.InboundNatRule nat = lb.inboundNatRules().get(0);
        assertThat(nat.enableFloatingIp()).isFalse();
        assertThat(nat.idleTimeoutInMinutes()).isEqualTo(4);
        assertThat(nat.enableTcpReset()).isFalse();
        LoadBalancer.Probe probe = lb.probes().get(0);
        assertThat(probe.intervalInSeconds()).isEqualTo(15);
        assertThat(probe.numberOfProbes()).isEqualTo(2);
        assertThat(probe.probeThreshold()).isEqualTo(1);
    }

    @Test
    void settings_given_in_a_definition_are_recorded_and_a_later_update_of_another_part_keeps_them() {
        // snippet:lb-settings
        t.loadBalancers().define("ilb").withRegion(Region.WEST_EUROPE)
                .withPrivateFrontend("fe", "hub", "default", null)
                .withBackendPool("pool")
                .withHttpProbe("http", 80, "/health")
                .withRule("http", "Tcp", 80, 80, "fe", "pool", "http")
                .withInboundNatRule("ssh", "Tcp", 2201, 22, "fe", null)
                .withRuleSettings("http", 30, true, LoadDistribution.SourceIP)   // idle minutes, TCP reset
                .withInboundNatRuleSettings("ssh", true, 15, true)               // floating IP, idle, TCP reset
                .withProbeSettings("http", 5, 3, 2)                              // interval, probes, threshold
                .create();
        // end-snippet

        LoadBalancer lb = t.loadBalancers().update("ilb").withOutboundSnatDisabled("http").apply();

        LoadBalancer.Rule rule = lb.rule("http").orElseThrow();
        assertThat(rule.disableOutboundSnat()).isTrue();
        assertThat(rule.idleTimeoutInMinutes()).isEqualTo(30);
        assertThat(rule.enableTcpReset()).isTrue();
        assertThat(rule.loadDistribution()).isEqualTo(LoadDistribution.SourceIP);
        LoadBalancer.InboundNatRule nat = lb.inboundNatRules().get(0);
        assertThat(nat.enableFloatingIp()).isTrue();
        assertThat(nat.idleTimeoutInMinutes()).isEqualTo(15);
        assertThat(nat.enableTcpReset()).isTrue();
        LoadBalancer.Probe probe = lb.probes().get(0);
        assertThat(probe.intervalInSeconds()).isEqualTo(5);
        assertThat(probe.numberOfProbes()).isEqualTo(3);
        assertThat(probe.probeThreshold()).isEqualTo(2);
    }

    @Test
    void an_idle_timeout_outside_4_to_100_minutes_is_refused_and_changes_nothing() {
        web().create();

        var refused = rejects(t, AzureErrorCode.LoadBalancerIdleTimeoutOutOfRange, () -> t.loadBalancers()
                .update("ilb").withInboundNatRuleSettings("ssh", false, 101, false).apply());

        assertThat(refused.getMessage()).isEqualTo("The idle timeout of ssh is 101 minutes; it must be between 4 and"
                + " 100.");
        assertThat(t.loadBalancers().get("ilb").inboundNatRules().get(0).idleTimeoutInMinutes()).isEqualTo(4);
    }

    @Test
    void a_probe_interval_under_5_seconds_is_refused() {
        var refused = rejects(t, AzureErrorCode.InvalidProbeSetting,
                () -> web().withProbeSettings("http", 4, 2, 1).create());

        assertThat(refused.getMessage()).isEqualTo("The interval in seconds of probe http is 4; it must be 5 or"
                + " more.");
    }

    @Test
    void settings_for_a_rule_the_load_balancer_does_not_have_name_it() {
        web().create();

        IllegalArgumentException missing = catchThrowableOfType(IllegalArgumentException.class,
                () -> t.loadBalancers().update("ilb").withRuleSettings("https", 4, false, LoadDistribution.Default)
                        .apply());

        assertThat(missing).hasMessage("Load balancer 'ilb' has no load-balancing rule named 'https'.");
    }
}
