package io.vnetlab.az;

import io.vnetlab.dataplane.Fix;
import io.vnetlab.model.ResourceId;
import io.vnetlab.render.FixText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The same fix, worded for a Java DSL reader and for an {@code az} user: the change is shared, the "how" is not. */
class AzFixTextTest {

    private static ResourceId resource(String type, String name) {
        return ResourceId.resource("sub", "rg", "Microsoft.Network", type, name);
    }

    @Test
    void gateway_route_propagation_is_a_dsl_call_in_plain_text_and_an_az_command_for_az_users() {
        Fix fix = Fix.of(Fix.Kind.ENABLE_GATEWAY_ROUTE_PROPAGATION, List.of(resource("routeTables", "spoke-rt")));

        assertThat(FixText.PLAIN.render(fix)).isEqualTo("turn gateway route propagation back on for route table"
                + " 'spoke-rt' (withEnableBgpRoutePropagation())");
        assertThat(AzFixText.AZ.render(fix)).isEqualTo("turn gateway route propagation back on for route table"
                + " 'spoke-rt' (az network route-table update -g rg -n spoke-rt --disable-bgp-route-propagation false)");
    }

    @Test
    void a_peering_setting_names_the_az_peering_update_that_turns_it_on() {
        ResourceId peering = resource("virtualNetworks", "spoke2").child("virtualNetworkPeerings", "spoke2-To-hub");
        Fix fix = Fix.of(Fix.Kind.SET_PEERING_SETTINGS, List.of(peering), Fix.PeeringSetting.allowForwardedTraffic);

        assertThat(FixText.PLAIN.render(fix)).isEqualTo("set allowForwardedTraffic on peering 'spoke2/spoke2-To-hub'");
        assertThat(AzFixText.AZ.render(fix)).isEqualTo("set allowForwardedTraffic on peering 'spoke2/spoke2-To-hub'"
                + " (az network vnet peering update -g rg --vnet-name spoke2 -n spoke2-To-hub"
                + " --set allowForwardedTraffic=true)");
    }
}
