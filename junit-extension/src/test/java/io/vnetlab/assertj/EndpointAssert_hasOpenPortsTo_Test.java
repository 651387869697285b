package io.vnetlab.assertj;

import io.vnetlab.Topology;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.Traffic.icmp;
import static io.vnetlab.assertj.Traffic.tcp;
import static io.vnetlab.assertj.Traffic.udp;
import static io.vnetlab.assertj.error.ShouldHaveOpenPorts.shouldHaveOpenPorts;
import static org.assertj.core.api.BDDAssertions.then;

/** Without NSGs (issue 4) nothing reads ports, so a reachable pair has every port open and a blocked one none. */
class EndpointAssert_hasOpenPortsTo_Test {

    private final Topology azure = LearnModuleFixture.peered();

    @Test
    void should_pass_when_everything_is_open_between_peered_vms_without_nsgs() {
        assertThat(azure).vm("SalesVM").hasOpenPortsTo("MarketingVM", Traffic.any())
                .hasOpenPortsTo("MarketingVM", tcp(0, 65535), udp(0, 65535), icmp())
                .hasOpenPortsTo("MarketingVM", tcp(0, 1000), tcp(1001, 65535), Traffic.on(io.vnetlab.model.Protocol.Udp),
                        icmp());
    }

    @Test
    void should_pass_when_nothing_is_open_and_nothing_is_expected() {
        assertThat(azure).vm("SalesVM").hasOpenPortsTo("ResearchVM");
    }

    @Test
    void should_fail_listing_the_open_ranges_when_more_is_open_than_expected() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .hasOpenPortsTo("MarketingVM", tcp(22), tcp(443)));
        // THEN
        then(error).hasMessage(shouldHaveOpenPorts(azure.endpoint("SalesVM"), azure.endpoint("MarketingVM"),
                "TCP/22, TCP/443", "TCP/0-65535, UDP/0-65535, ICMP").create());
    }

    @Test
    void should_fail_saying_none_when_the_target_is_unreachable() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .hasOpenPortsTo("ResearchVM", tcp(22)));
        // THEN
        then(error).hasMessage(shouldHaveOpenPorts(azure.endpoint("SalesVM"), azure.endpoint("ResearchVM"),
                "TCP/22", "none").create());
    }
}
