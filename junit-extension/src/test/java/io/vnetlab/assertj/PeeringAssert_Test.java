package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.error.ShouldHaveProperty.shouldHave;
import static org.assertj.core.api.BDDAssertions.then;

class PeeringAssert_Test {

    private final Topology azure = ReferenceTopologies.learnModule();

    // docs/azure/peering.md#peering-state
    @Test
    void should_pass_on_a_connected_regional_peering_with_the_java_dsl_defaults() {
        assertThat(azure).peering("SalesVNet", "SalesVNet-To-MarketingVNet")
                .isConnected().hasState(PeeringState.Connected).isFullyInSync().isRegional()
                .hasRemoteNetwork("MarketingVNet")
                .allowsVirtualNetworkAccess().doesNotAllowForwardedTraffic()
                .doesNotAllowGatewayTransit().doesNotUseRemoteGateways();
    }

    // docs/azure/peering.md#regional-and-global
    @Test
    void should_pass_on_a_global_peering() {
        assertThat(azure.peering("MarketingVNet", "MarketingVNet-To-ResearchVNet")).isGlobal().isConnected();
    }

    // docs/azure/peering.md#sync-level
    @Test
    void should_pass_on_an_initiated_peering_not_in_sync() {
        Topology oneSided = ReferenceTopologies.learnModuleUnpeered();
        oneSided.peer("SalesVNet").to("MarketingVNet").create();
        assertThat(oneSided).peering("SalesVNet", "SalesVNet-To-MarketingVNet").isInitiated()
                .hasSyncLevel(PeeringSyncLevel.RemoteNotInSync);
    }

    // docs/azure/peering.md#peering-state
    @Test
    void should_pass_on_a_disconnected_peering() {
        Topology azure = ReferenceTopologies.learnModule();
        azure.peerings().delete("MarketingVNet", "MarketingVNet-To-SalesVNet");
        assertThat(azure).peering("SalesVNet", "SalesVNet-To-MarketingVNet").isDisconnected();
    }

    // docs/azure/peering.md#peering-state
    @Test
    void should_fail_on_an_initiated_peering_explaining_what_initiated_means() {
        // GIVEN
        Topology oneSided = ReferenceTopologies.learnModuleUnpeered();
        oneSided.peer("SalesVNet").to("MarketingVNet").create();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(oneSided)
                .peering("SalesVNet", "SalesVNet-To-MarketingVNet").isConnected());
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  peering 'SalesVNet/SalesVNet-To-MarketingVNet' -> MarketingVNet (Initiated)%n"
                + "to have peeringState:%n"
                + "  Connected%n"
                + "but had:%n"
                + "  Initiated%n"
                + "(MarketingVNet has no peering back to SalesVNet; traffic flows only when both directions are"
                + " Connected.)%n"));
    }

    @Test
    void should_fail_on_another_sync_level() {
        Peering peering = azure.peering("SalesVNet", "SalesVNet-To-MarketingVNet");
        then(expectAssertionError(() -> assertThat(peering).hasSyncLevel(PeeringSyncLevel.LocalNotInSync)))
                .hasMessage(shouldHave(peering, "peeringSyncLevel", PeeringSyncLevel.LocalNotInSync,
                        PeeringSyncLevel.FullyInSync).create());
    }

    @Test
    void should_fail_on_each_flag() {
        Peering peering = azure.peering("SalesVNet", "SalesVNet-To-MarketingVNet");
        then(expectAssertionError(() -> assertThat(peering).allowsForwardedTraffic()))
                .hasMessage(shouldHave(peering, "allowForwardedTraffic", true, false).create());
        then(expectAssertionError(() -> assertThat(peering).doesNotAllowVirtualNetworkAccess()))
                .hasMessage(shouldHave(peering, "allowVirtualNetworkAccess", false, true).create());
        then(expectAssertionError(() -> assertThat(peering).allowsGatewayTransit()))
                .hasMessage(shouldHave(peering, "allowGatewayTransit", true, false).create());
        then(expectAssertionError(() -> assertThat(peering).usesRemoteGateways()))
                .hasMessage(shouldHave(peering, "useRemoteGateways", true, false).create());
        then(expectAssertionError(() -> assertThat(peering).isGlobal()))
                .hasMessage(shouldHave(peering, "global peering (networks in different regions)", true, false)
                        .create());
        then(expectAssertionError(() -> assertThat(peering).hasRemoteNetwork("ResearchVNet")))
                .hasMessage(shouldHave(peering, "remote network", "ResearchVNet", "MarketingVNet").create());
    }

    @Test
    void should_fail_on_a_null_peering() {
        then(expectAssertionError(() -> assertThat((Peering) null).isConnected()))
                .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void should_fail_on_the_negative_flags_and_states() {
        Peering peering = azure.peering("SalesVNet", "SalesVNet-To-MarketingVNet");
        Peering global = azure.peering("MarketingVNet", "MarketingVNet-To-ResearchVNet");
        then(expectAssertionError(() -> assertThat(peering).doesNotAllowForwardedTraffic().allowsVirtualNetworkAccess()
                .doesNotAllowGatewayTransit().doesNotUseRemoteGateways().isInitiated()))
                .hasMessage(shouldHave(peering, "peeringState", PeeringState.Initiated, PeeringState.Connected,
                        "(Both directions exist.)").create());
        then(expectAssertionError(() -> assertThat(peering).isDisconnected())).hasMessageContaining("Disconnected");
        then(expectAssertionError(() -> assertThat(global).isRegional()))
                .hasMessage(shouldHave(global, "global peering (networks in different regions)", false, true)
                        .create());
        then(expectAssertionError(() -> assertThat(peering).isFullyInSync().hasState(PeeringState.Disconnected)))
                .hasMessageContaining("to have peeringState:");
    }

    // docs/azure/peering.md#peering-state
    @Test
    void should_explain_a_disconnected_peering_when_connected_was_expected() {
        Topology azure = ReferenceTopologies.learnModule();
        azure.peerings().delete("MarketingVNet", "MarketingVNet-To-SalesVNet");
        Peering disconnected = azure.peering("SalesVNet", "SalesVNet-To-MarketingVNet");
        then(expectAssertionError(() -> assertThat(disconnected).isConnected()))
                .hasMessage(shouldHave(disconnected, "peeringState", PeeringState.Connected, PeeringState.Disconnected,
                        "(Its counterpart in MarketingVNet, or MarketingVNet itself, was deleted: update or re-create"
                                + " this peering, then the other side.)").create());
    }
}
