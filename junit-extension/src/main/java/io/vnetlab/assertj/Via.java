package io.vnetlab.assertj;

import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.Verdict;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A place on a packet's path — a peering, a network, a next hop (an appliance's address, a gateway) — matched
 * against the hops of a {@link Verdict}, for "reaches B through X" and "reaches B without passing X".
 *
 * <pre>{@code
 * assertThat(azure).vm("SalesVM").canReachThrough("MarketingVM", Via.peering("SalesVNet-To-MarketingVNet"));
 * assertThat(azure).vm("Spoke1VM").canReachThrough("Spoke2VM", Via.nextHop("10.0.1.4"));   // the hub's appliance
 * assertThat(azure).vm("SpokeVM").canReachThrough("10.100.0.10", Via.nextHopType(NextHopType.VirtualNetworkGateway));
 * assertThat(azure).vm("SpokeVM").canReachThrough("10.100.0.10", Via.gateway("HubVpn"));
 * }</pre>
 *
 * A hop matches by what the verdict shows of it: its location, where it went, and the route or rule that decided
 * it. {@link #toString()} is the description used in failure messages.
 */
public final class Via {

    private final String description;
    private final Predicate<Hop> matches;

    private Via(String description, Predicate<Hop> matches) {
        this.description = description;
        this.matches = matches;
    }

    /** The peering of this name (either network's side of it carries its own name). */
    public static Via peering(String peeringName) {
        String name = require(peeringName, "peeringName");
        String needle = "peering '" + name.toLowerCase(Locale.ROOT) + "'";
        return new Via("peering '" + name + "'", hop -> lower(hop.decision()).contains(needle));
    }

    /**
     * Any hop taken in, or into, the virtual network of this name: its subnets, and the appliances and gateways in
     * it ({@code appliance 10.0.1.4 (Hub/Nva)}, {@code gateway 'HubVpn' (Hub)}).
     */
    public static Via network(String networkName) {
        String name = require(networkName, "networkName").toLowerCase(Locale.ROOT);
        return new Via("virtual network '" + networkName + "'", hop -> inNetwork(hop.from(), name)
                || hop.destination().map(to -> inNetwork(to, name)).orElse(false));
    }

    /** A hop to or from the virtual network gateway of this name (a VPN or ExpressRoute gateway). */
    public static Via gateway(String gatewayName) {
        String name = require(gatewayName, "gatewayName");
        String needle = "gateway '" + name.toLowerCase(Locale.ROOT) + "'";
        return new Via("gateway '" + name + "'", hop -> lower(hop.from()).contains(needle)
                || hop.destination().map(to -> lower(to).contains(needle)).orElse(false));
    }

    /** A hop decided by a route with this next hop type, such as {@code VirtualAppliance}. */
    public static Via nextHopType(NextHopType type) {
        Objects.requireNonNull(type, "'type' cannot be null.");
        Pattern route = Pattern.compile("-> " + Pattern.quote(type.name()) + "(\\s|$)");
        return new Via("a route with next hop type " + type, hop -> route.matcher(hop.decision()).find());
    }

    /** A hop decided by a route whose next hop is this address: an appliance, a gateway's address. */
    public static Via nextHop(String ipAddress) {
        String address = require(ipAddress, "ipAddress");
        Pattern route = Pattern.compile("-> \\w+ " + Pattern.quote(address) + "(\\s|$)");
        return new Via("next hop " + address, hop -> route.matcher(hop.decision()).find()
                || hop.destination().map(address::equals).orElse(false));
    }

    /** Any hop for which {@code predicate} holds, described as {@code description} in failures. */
    public static Via hop(String description, Predicate<Hop> predicate) {
        require(description, "description");
        Objects.requireNonNull(predicate, "'predicate' cannot be null.");
        return new Via(description, predicate);
    }

    /** Whether {@code hop} is at this place. */
    public boolean matches(Hop hop) {
        return matches.test(hop);
    }

    /** The first hop of {@code verdict} at this place. */
    public Optional<Hop> firstIn(Verdict verdict) {
        return verdict.hops().stream().filter(this::matches).findFirst();
    }

    /** {@code Hub}, {@code Hub/Nva}, or a place in Hub as hops name it: {@code appliance 10.0.1.4 (Hub/Nva)}. */
    private static boolean inNetwork(String location, String network) {
        String l = lower(location);
        return l.equals(network) || l.startsWith(network + "/") || l.endsWith("(" + network + ")")
                || l.contains("(" + network + "/");
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' cannot be null or blank.");
        }
        return value;
    }

    @Override
    public String toString() {
        return description;
    }
}
