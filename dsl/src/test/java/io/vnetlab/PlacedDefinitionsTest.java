package io.vnetlab;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every definition of a resource that Azure places in a resource group and a region offers the same placement —
 * {@code withRegion}, {@code withExistingResourceGroup}, {@code withNewResourceGroup}, {@code inSubscription} — and
 * is single use, alike.
 */
class PlacedDefinitionsTest {

    private static final String OTHER_SUBSCRIPTION = "00000000-0000-0000-0000-0000000000b2";

    /** One kind of definition: how to start it with what it needs besides its placement, and how to create it. */
    record Kind(String name, Function<Topology, PlacedDefinition<?>> define,
                Function<PlacedDefinition<?>, ResourceId> create) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("network", t -> t.networks().define("xy").withAddressSpace("10.9.0.0/16"),
                        d -> ((Networks.Definition) d).create().id()),
                new Kind("route table", t -> t.routeTables().define("xy"),
                        d -> ((RouteTables.Definition) d).create().id()),
                new Kind("network security group", t -> t.networkSecurityGroups().define("xy"),
                        d -> ((NetworkSecurityGroups.Definition) d).create().id()),
                new Kind("application security group", t -> t.applicationSecurityGroups().define("xy"),
                        d -> ((ApplicationSecurityGroups.Definition) d).create().id()),
                new Kind("public IP address", t -> t.publicIpAddresses().define("xy"),
                        d -> ((PublicIpAddresses.Definition) d).create().id()),
                new Kind("local network gateway", t -> t.localNetworkGateways().define("xy")
                        .withIPAddress("203.0.113.10").withAddressSpace("192.168.0.0/16"),
                        d -> ((LocalNetworkGateways.Definition) d).create().id()),
                new Kind("VM", t -> t.virtualMachines().define("xy").withExistingPrimaryNetwork("hub")
                        .withSubnet("apps"), d -> ((VirtualMachines.Definition) d).create().id()),
                new Kind("gateway", t -> t.virtualNetworkGateways().define("xy").withExistingNetwork("hub")
                        .withRouteBasedVpn(), d -> ((VirtualNetworkGateways.Definition) d).create().id()));
    }

    private static Topology topology() {
        Topology t = Topology.create();
        t.subscriptions().add(OTHER_SUBSCRIPTION, "other", Topology.DEFAULT_TENANT_ID);
        t.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        t.networks().define("hub").withRegion(Region.WEST_EUROPE).withExistingResourceGroup("rg")
                .withAddressSpace("10.0.0.0/16").withSubnet("apps", "10.0.1.0/24")
                .withSubnet("GatewaySubnet", "10.0.255.0/27").create();
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void a_new_resource_group_is_made_in_the_resource_s_region_and_holds_it(Kind kind) {
        Topology t = topology();

        ResourceId id = kind.create().apply(kind.define().apply(t).withRegion(Region.WEST_EUROPE)
                .withNewResourceGroup("made"));

        assertThat(id.resourceGroup()).isEqualTo("made");
        ResourceGroup made = t.resourceGroups().get("made");
        assertThat(made.region()).isEqualTo(Region.WEST_EUROPE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void an_existing_resource_group_must_exist(Kind kind) {
        Topology t = topology();

        rejects(t, AzureErrorCode.ResourceGroupNotFound, () -> kind.create().apply(kind.define().apply(t)
                .withRegion("westeurope").withExistingResourceGroup("missing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void another_subscription_places_the_resource_there(Kind kind) {
        Topology t = topology();

        ResourceId id = kind.create().apply(kind.define().apply(t).withRegion(Region.WEST_EUROPE)
                .inSubscription(OTHER_SUBSCRIPTION).withNewResourceGroup("elsewhere"));

        assertThat(id.subscriptionId()).isEqualTo(OTHER_SUBSCRIPTION);
        assertThat(id.resourceGroup()).isEqualTo("elsewhere");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void a_missing_region_is_refused_when_it_is_given_naming_the_region_not_a_parameter(Kind kind) {
        PlacedDefinition<?> definition = kind.define().apply(topology());

        assertThatThrownBy(() -> definition.withRegion((Region) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The region of " + kind + " 'xy' cannot be empty: give one, such as Region.WEST_EUROPE or"
                        + " \"westeurope\".");
        assertThatThrownBy(() -> definition.withRegion(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The region of " + kind + " 'xy' cannot be empty");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void a_definition_creates_one_resource(Kind kind) {
        PlacedDefinition<?> definition = kind.define().apply(topology()).withRegion(Region.WEST_EUROPE)
                .withExistingResourceGroup("rg");
        kind.create().apply(definition);

        assertThatThrownBy(() -> kind.create().apply(definition)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Definition of " + kind + " 'xy' was already created; start a new one with ");
    }
}
