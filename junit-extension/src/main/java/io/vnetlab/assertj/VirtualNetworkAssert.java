package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.address.Cidr;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import io.vnetlab.model.Region;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.vnetlab.assertj.error.ShouldBePeeredWith.shouldBePeeredWith;
import static io.vnetlab.assertj.error.ShouldBePeeredWith.shouldNotBePeeredWith;
import static io.vnetlab.assertj.error.ShouldHavePeeringTo.shouldHavePeeringTo;
import static io.vnetlab.assertj.error.ShouldHaveProperty.shouldHave;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Assertions on a virtual network: region, address space, subnets — and, when reached through
 * {@link TopologyAssert#network(String)}, its peerings, which live in the topology.
 *
 * <pre>{@code
 * assertThat(azure).network("SalesVNet")
 *         .isInRegion(Region.NORTH_EUROPE).hasAddressSpace("10.1.0.0/16").hasSubnets("Apps")
 *         .isPeeredWith("MarketingVNet").isNotPeeredWith("ResearchVNet");
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public class VirtualNetworkAssert extends AbstractAssert<VirtualNetworkAssert, VirtualNetwork> {

    private Topology topology;

    public VirtualNetworkAssert(VirtualNetwork actual) {
        super(actual, VirtualNetworkAssert.class);
    }

    VirtualNetworkAssert within(Topology topology) {
        this.topology = topology;
        return this;
    }

    public VirtualNetworkAssert isInRegion(Region expected) {
        isNotNull();
        Objects.requireNonNull(expected, "'expected' cannot be null.");
        if (!actual.region().equals(expected)) {
            throwAssertionError(shouldHave(actual, "region", expected, actual.region()));
        }
        return myself;
    }

    /** The address space is exactly these prefixes, in any order. */
    public VirtualNetworkAssert hasAddressSpace(String... cidrs) {
        isNotNull();
        List<Cidr> expected = Arrays.stream(cidrs).map(Cidr::parse).collect(Collectors.toList());
        if (!Set.copyOf(actual.addressSpace()).equals(Set.copyOf(expected))) {
            throwAssertionError(shouldHave(actual, "address space", expected, actual.addressSpace()));
        }
        return myself;
    }

    /** The subnets are exactly those of these names, in any order. */
    public VirtualNetworkAssert hasSubnets(String... names) {
        isNotNull();
        Set<String> expected = Arrays.stream(names).map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> found = actual.subnets().stream().map(s -> s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (!found.equals(expected)) {
            throwAssertionError(shouldHave(actual, "subnets", List.of(names),
                    actual.subnets().stream().map(Subnet::name).collect(Collectors.toList())));
        }
        return myself;
    }

    /** A subnet of this name has this prefix. */
    public VirtualNetworkAssert hasSubnet(String name, String cidr) {
        isNotNull();
        Cidr expected = Cidr.parse(cidr);
        Optional<Subnet> subnet = actual.subnet(name);
        if (subnet.isEmpty() || !subnet.get().addressPrefix().equals(expected)) {
            throwAssertionError(shouldHave(actual, "subnet", name + " " + expected,
                    subnet.map(s -> s.name() + " " + s.addressPrefix()).orElse("no subnet named " + name)));
        }
        return myself;
    }

    /** Peered with {@code other}: a peering in each direction, both {@code Connected}. */
    public VirtualNetworkAssert isPeeredWith(String other) {
        isNotNull();
        VirtualNetwork remote = topology("isPeeredWith").network(other);
        Optional<Peering> out = peering(actual, remote);
        Optional<Peering> back = peering(remote, actual);
        if (out.filter(Peering::isConnected).isEmpty() || back.filter(Peering::isConnected).isEmpty()) {
            throwAssertionError(shouldBePeeredWith(actual, remote, directions(remote, out, back)));
        }
        return myself;
    }

    /** Not peered with {@code other}: no peering in either direction. */
    public VirtualNetworkAssert isNotPeeredWith(String other) {
        isNotNull();
        VirtualNetwork remote = topology("isNotPeeredWith").network(other);
        Optional<Peering> out = peering(actual, remote);
        Optional<Peering> back = peering(remote, actual);
        if (out.isPresent() || back.isPresent()) {
            throwAssertionError(shouldNotBePeeredWith(actual, remote, directions(remote, out, back)));
        }
        return myself;
    }

    /** This network owns a peering to {@code remote} in state {@code state}. */
    public VirtualNetworkAssert hasPeeringTo(String remote, PeeringState state) {
        return hasPeeringTo(remote, state, null);
    }

    /** This network owns a peering to {@code remote} in state {@code state} and sync level {@code syncLevel}. */
    public VirtualNetworkAssert hasPeeringTo(String remote, PeeringState state, PeeringSyncLevel syncLevel) {
        isNotNull();
        Objects.requireNonNull(state, "'state' cannot be null.");
        VirtualNetwork other = topology("hasPeeringTo").network(remote);
        String expected = "in state " + state + (syncLevel == null ? "" : " with sync level " + syncLevel);
        Optional<Peering> peering = peering(actual, other);
        if (peering.isEmpty()) {
            throwAssertionError(shouldHavePeeringTo(actual, other.name(), expected));
        } else if (peering.get().state() != state || (syncLevel != null && peering.get().syncLevel() != syncLevel)) {
            throwAssertionError(shouldHavePeeringTo(actual, other.name(), expected, peering.get()));
        }
        return myself;
    }

    private Optional<Peering> peering(VirtualNetwork from, VirtualNetwork to) {
        return topology.state().peeringsOf(from.id()).stream().filter(p -> p.remoteNetworkId().equals(to.id()))
                .findFirst();
    }

    private String directions(VirtualNetwork remote, Optional<Peering> out, Optional<Peering> back) {
        return direction(actual, remote, out) + direction(remote, actual, back);
    }

    private static String direction(VirtualNetwork from, VirtualNetwork to, Optional<Peering> peering) {
        return "  " + from.name() + " -> " + to.name() + ": " + peering.map(p -> "peering '" + from.name() + "/"
                + p.name() + "' " + p.state()).orElse("no peering") + "\n";
    }

    private Topology topology(String assertion) {
        if (topology == null) {
            throw new IllegalStateException(assertion + " needs the topology, which holds the peerings: write"
                    + " assertThat(topology).network(\"" + (actual == null ? "name" : actual.name()) + "\")."
                    + assertion + "(..) instead of assertThat(virtualNetwork)." + assertion + "(..).");
        }
        return topology;
    }
}
