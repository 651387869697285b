package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.RouteSource;
import io.vnetlab.dataplane.RouteState;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.ExpectedRoute.route;
import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.error.ShouldContainRoute.shouldContainRoute;
import static io.vnetlab.assertj.error.ShouldContainRoute.shouldNotContainRoute;
import static io.vnetlab.assertj.error.ShouldHaveNextHopType.shouldHaveNextHopType;
import static org.assertj.core.api.BDDAssertions.then;

class EffectiveRouteTableAssert_Test {

    private final Topology azure = ReferenceTopologies.learnModule();
    private final EffectiveRouteTable sales = azure.effectiveRoutes("SalesVM");

    // docs/azure/learn-module.md#unit-4
    @Test
    void should_pass_on_the_routes_of_unit_4() {
        assertThat(sales)
                .containsRoute(route("10.1.0.0/16", NextHopType.VnetLocal))
                .containsRoute(route("10.2.0.0/16", NextHopType.VNetPeering).withSource(RouteSource.Default)
                        .withState(RouteState.Active))
                .containsRoute(route("172.16.0.0/12", NextHopType.None))
                .doesNotContainRoute(route("10.3.0.0/16", NextHopType.VNetGlobalPeering))
                .hasNextHopTypeFor("10.2.1.4", NextHopType.VNetPeering)
                .hasNextHopTypeFor("10.3.1.4", NextHopType.None)
                .hasNextHopTypeFor("8.8.8.8", NextHopType.Internet);
        assertThat(azure).effectiveRoutesOf("MarketingVM").containsRoute(route("10.3.0.0/16",
                NextHopType.VNetGlobalPeering));
        assertThat(azure).vm("MarketingVM").hasEffectiveRoute(route("10.1.0.0/16", NextHopType.VNetPeering))
                .doesNotHaveEffectiveRoute(route("10.1.0.0/16", NextHopType.VnetLocal))
                .hasNextHopTypeFor("10.3.1.4", NextHopType.VNetGlobalPeering);
    }

    @Test
    void should_fail_listing_the_table_when_the_route_is_missing() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .hasEffectiveRoute(route("10.3.0.0/16", NextHopType.VNetGlobalPeering)));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  effective routes of SalesVNet/Apps%n"
                + "to contain a route:%n"
                + "  10.3.0.0/16 -> VNetGlobalPeering%n"
                + "but it does not. Its routes:%n")
                + "Source    State    Address Prefix    Next Hop Type    Next Hop IP\n"
                + "--------  -------  ----------------  ---------------  -------------\n"
                + "Default   Active   10.1.0.0/16       VnetLocal\n"
                + "Default   Active   10.2.0.0/16       VNetPeering\n"
                + "Default   Active   0.0.0.0/0         Internet\n"
                + "Default   Active   10.0.0.0/8        None\n"
                + "Default   Active   100.64.0.0/10     None\n"
                + "Default   Active   172.16.0.0/12     None\n"
                + "Default   Active   192.168.0.0/16    None\n");
    }

    @Test
    void should_fail_when_a_given_attribute_differs() {
        ExpectedRoute user = route("10.2.0.0/16", NextHopType.VNetPeering).withSource(RouteSource.User);
        then(expectAssertionError(() -> assertThat(sales).containsRoute(user)))
                .hasMessage(shouldContainRoute(sales, user).create());
        ExpectedRoute viaAppliance = route("10.2.0.0/16", NextHopType.VNetPeering).withNextHopIp("10.0.1.4");
        then(expectAssertionError(() -> assertThat(sales).containsRoute(viaAppliance)))
                .hasMessage(shouldContainRoute(sales, viaAppliance).create());
        then(viaAppliance.withState(RouteState.Invalid)).hasToString("10.2.0.0/16 -> VNetPeering 10.0.1.4 Invalid");
        then(user).hasToString("10.2.0.0/16 -> VNetPeering (User)");
    }

    @Test
    void should_fail_when_an_unwanted_route_is_there() {
        ExpectedRoute local = route("10.1.0.0/16", NextHopType.VnetLocal);
        then(expectAssertionError(() -> assertThat(sales).doesNotContainRoute(local)))
                .hasMessage(shouldNotContainRoute(sales, local).create());
    }

    // docs/azure/routing.md#route-selection
    @Test
    void should_fail_naming_the_deciding_route_when_the_next_hop_type_differs() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(sales)
                .hasNextHopTypeFor("10.3.1.4", NextHopType.VNetGlobalPeering));
        // THEN
        then(error).hasMessage(shouldHaveNextHopType(sales, IpAddress.parse("10.3.1.4"), NextHopType.VNetGlobalPeering,
                sales.lookup(IpAddress.parse("10.3.1.4")).orElseThrow()).create());
        then(error.getMessage()).contains("but the route that decides is:\n  route 10.0.0.0/8 -> None (Default)");
    }

    @Test
    void should_fail_on_a_vms_routes_as_on_its_table() {
        ExpectedRoute local = route("10.1.0.0/16", NextHopType.VnetLocal);
        then(expectAssertionError(() -> assertThat(azure).vm("SalesVM").doesNotHaveEffectiveRoute(local)))
                .hasMessage(shouldNotContainRoute(sales, local).create());
        then(expectAssertionError(() -> assertThat(azure).vm("SalesVM").hasNextHopTypeFor("10.2.1.4",
                NextHopType.VnetLocal)))
                .hasMessage(shouldHaveNextHopType(sales, IpAddress.parse("10.2.1.4"), NextHopType.VnetLocal,
                        sales.lookup(IpAddress.parse("10.2.1.4")).orElseThrow()).create());
    }

    @Test
    void should_fail_saying_no_route_matches_when_none_does() {
        // GIVEN a table with no default route (Azure always has one; built from a user's view of a table)
        EffectiveRouteTable empty = ReferenceTopologies.learnModule().effectiveRoutes("SalesVM");
        then(expectAssertionError(() -> assertThat(azure).vm("SalesVM").hasNextHopTypeFor("10.2.1.4",
                NextHopType.VirtualAppliance))).hasMessageContaining("but the route that decides is:");
        then(shouldHaveNextHopType(empty, IpAddress.parse("10.2.1.4"), NextHopType.VnetLocal).create())
                .endsWith(String.format("but no route matches it.%n"));
    }
}
