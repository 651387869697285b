package io.vnetlab.az;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings {@code az network lb rule}, {@code inbound-nat-rule} and {@code probe} record without simulating them
 * (docs/azure/load-balancers.md#rule-settings): what create and update set, show gives back, with Azure's defaults
 * when they are not given, and the values Azure refuses.
 */
class LbRuleSettingsCommandsTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void loadBalancer() {
        cli.ok("group create -n rg -l westeurope");
        cli.ok("network lb create -g rg -n web");
        cli.ok("network lb probe create -g rg --lb-name web -n http --protocol tcp --port 80");
    }

    @Test
    void a_rule_shows_the_idle_timeout_tcp_reset_and_load_distribution_it_was_created_with() {
        cli.ok("network lb rule create -g rg --lb-name web -n r --protocol tcp --frontend-port 80 --backend-port 80"
                + " --probe-name http --idle-timeout 15 --enable-tcp-reset true --load-distribution SourceIP");
        assertThat(cli.ok("network lb rule show -g rg --lb-name web -n r --query"
                + " [idleTimeoutInMinutes,enableTcpReset,loadDistribution] -o tsv")).isEqualTo("15\ntrue\nSourceIP\n");
    }

    @Test
    void a_rule_that_names_none_shows_azures_defaults_and_an_update_keeps_what_it_does_not_give() {
        cli.ok("network lb rule create -g rg --lb-name web -n r --protocol tcp --frontend-port 80 --backend-port 80");
        assertThat(cli.ok("network lb rule show -g rg --lb-name web -n r --query"
                + " [idleTimeoutInMinutes,enableTcpReset,loadDistribution] -o tsv")).isEqualTo("4\nfalse\nDefault\n");
        cli.ok("network lb rule update -g rg --lb-name web -n r --idle-timeout-in-minutes 30");
        cli.ok("network lb rule update -g rg --lb-name web -n r --load-distribution SourceIPProtocol");
        cli.ok("network lb rule update -g rg --lb-name web -n r --set enableTcpReset=true");
        assertThat(cli.ok("network lb rule show -g rg --lb-name web -n r --query"
                + " [idleTimeoutInMinutes,enableTcpReset,loadDistribution] -o tsv"))
                .isEqualTo("30\ntrue\nSourceIPProtocol\n");
    }

    @Test
    void an_inbound_nat_rule_shows_its_floating_ip_idle_timeout_and_tcp_reset() {
        cli.ok("network lb inbound-nat-rule create -g rg --lb-name web -n ssh --protocol tcp --frontend-port 2201"
                + " --backend-port 22 --enable-floating-ip true --idle-timeout 10 --enable-tcp-reset true");
        assertThat(cli.ok("network lb inbound-nat-rule show -g rg --lb-name web -n ssh --query"
                + " [enableFloatingIP,idleTimeoutInMinutes,enableTcpReset] -o tsv")).isEqualTo("true\n10\ntrue\n");
        cli.ok("network lb inbound-nat-rule update -g rg --lb-name web -n ssh --floating-ip false");
        assertThat(cli.ok("network lb inbound-nat-rule show -g rg --lb-name web -n ssh --query"
                + " [enableFloatingIP,idleTimeoutInMinutes,enableTcpReset] -o tsv")).isEqualTo("false\n10\ntrue\n");
    }

    @Test
    void an_inbound_nat_rule_keeps_its_settings_when_an_interface_attaches_to_it() {
        cli.ok("network vnet create -g rg -n app --address-prefixes 10.1.0.0/16 --subnet-name web"
                + " --subnet-prefixes 10.1.0.0/24");
        cli.ok("network nic create -g rg -n web1 --vnet-name app --subnet web");
        cli.ok("network lb inbound-nat-rule create -g rg --lb-name web -n ssh --protocol tcp --frontend-port 2201"
                + " --backend-port 22 --idle-timeout 20");
        cli.ok("network nic ip-config inbound-nat-rule add -g rg --nic-name web1 -n ipconfig1 --lb-name web"
                + " --inbound-nat-rule ssh");
        assertThat(cli.ok("network lb inbound-nat-rule show -g rg --lb-name web -n ssh --query idleTimeoutInMinutes"))
                .isEqualTo("20\n");
    }

    @Test
    void a_probe_shows_its_interval_and_thresholds_under_either_option_name() {
        assertThat(cli.ok("network lb probe show -g rg --lb-name web -n http --query"
                + " [intervalInSeconds,numberOfProbes,probeThreshold] -o tsv")).isEqualTo("15\n2\n1\n");
        cli.ok("network lb probe create -g rg --lb-name web -n health --protocol http --port 8080 --request-path"
                + " /healthz --interval 5 --threshold 3 --probe-threshold 2");
        assertThat(cli.ok("network lb probe show -g rg --lb-name web -n health --query"
                + " [requestPath,intervalInSeconds,numberOfProbes,probeThreshold] -o tsv"))
                .isEqualTo("/healthz\n5\n3\n2\n");
        cli.ok("network lb probe update -g rg --lb-name web -n health --interval-in-seconds 30 --number-of-probes 4");
        assertThat(cli.ok("network lb probe show -g rg --lb-name web -n health --query"
                + " [intervalInSeconds,numberOfProbes,probeThreshold] -o tsv")).isEqualTo("30\n4\n2\n");
    }

    @Test
    void an_idle_timeout_outside_4_to_100_minutes_is_refused_and_changes_nothing() {
        AzResult low = cli.run("network lb rule create -g rg --lb-name web -n r --protocol tcp --frontend-port 80"
                + " --backend-port 80 --idle-timeout 3");
        assertThat(low.exitCode()).isEqualTo(1);
        assertThat(low.err()).isEqualTo("ERROR: (LoadBalancerIdleTimeoutOutOfRange) The idle timeout of r is 3"
                + " minutes; it must be between 4 and 100.\nCode: LoadBalancerIdleTimeoutOutOfRange\nMessage: The idle"
                + " timeout of r is 3 minutes; it must be between 4 and 100.\n");
        AzResult high = cli.run("network lb inbound-nat-rule create -g rg --lb-name web -n ssh --protocol tcp"
                + " --frontend-port 2201 --backend-port 22 --idle-timeout 101");
        assertThat(high.exitCode()).isEqualTo(1);
        assertThat(high.err()).startsWith("ERROR: (LoadBalancerIdleTimeoutOutOfRange) The idle timeout of ssh is 101"
                + " minutes; it must be between 4 and 100.");
        AzResult outbound = cli.run("network lb outbound-rule create -g rg --lb-name web -n out --frontend-ip-configs"
                + " LoadBalancerFrontEnd --protocol All --address-pool webbepool --idle-timeout 120");
        assertThat(outbound.exitCode()).isEqualTo(1);
        assertThat(outbound.err()).startsWith("ERROR: (LoadBalancerIdleTimeoutOutOfRange) The idle timeout of out is"
                + " 120 minutes; it must be between 4 and 100.");
        assertThat(cli.ok("network lb show -g rg -n web --query"
                + " [length(loadBalancingRules),length(inboundNatRules),length(outboundRules)] -o tsv"))
                .isEqualTo("0\n0\n0\n");
    }

    @Test
    void a_probe_interval_under_5_seconds_or_a_threshold_under_1_is_refused() {
        AzResult interval = cli.run("network lb probe create -g rg --lb-name web -n fast --protocol tcp --port 22"
                + " --interval 4");
        assertThat(interval.exitCode()).isEqualTo(1);
        assertThat(interval.err()).startsWith("ERROR: (InvalidProbeSetting) The interval in seconds of probe fast is"
                + " 4; it must be 5 or more.");
        AzResult threshold = cli.run("network lb probe update -g rg --lb-name web -n http --threshold 0");
        assertThat(threshold.exitCode()).isEqualTo(1);
        assertThat(threshold.err()).startsWith("ERROR: (InvalidProbeSetting) The number of probes of probe http is"
                + " 0; it must be 1 or more.");
    }

    @Test
    void a_load_distribution_azure_does_not_know_is_refused_by_the_cli_with_its_choices() {
        AzResult wrong = cli.run("network lb rule create -g rg --lb-name web -n r --protocol tcp --frontend-port 80"
                + " --backend-port 80 --load-distribution RoundRobin");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("--load-distribution").contains("RoundRobin");
    }

    @Test
    void an_outbound_rule_keeps_the_tcp_reset_it_is_given_and_takes_the_clis_longer_option_names() {
        cli.ok("network lb rule create -g rg --lb-name web -n r --protocol tcp --frontend-port 80 --backend-port 80"
                + " --disable-outbound-snat true");
        cli.ok("network lb outbound-rule create -g rg --lb-name web -n out --frontend-ip-configs LoadBalancerFrontEnd"
                + " --protocol All --backend-address-pool webbepool --allocated-outbound-ports 10000"
                + " --enable-tcp-reset false --idle-timeout 15");
        assertThat(cli.ok("network lb outbound-rule show -g rg --lb-name web -n out --query"
                + " [enableTcpReset,allocatedOutboundPorts,idleTimeoutInMinutes] -o tsv"))
                .isEqualTo("false\n10000\n15\n");
        cli.ok("network lb outbound-rule update -g rg --lb-name web -n out --enable-tcp-reset true");
        assertThat(cli.ok("network lb outbound-rule show -g rg --lb-name web -n out --query enableTcpReset"))
                .isEqualTo("true\n");
    }
}
