package io.vnetlab.assertj;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.RouteSource;
import io.vnetlab.dataplane.RouteState;

import java.util.Objects;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A route an effective route table is expected to hold: a prefix and a next hop type, and, when given, the next
 * hop IP, the source and the state (the columns of {@code az network nic show-effective-route-table}).
 *
 * <pre>{@code
 * assertThat(azure).vm("SalesVM").hasEffectiveRoute(route("10.2.0.0/16", NextHopType.VNetPeering));
 * assertThat(routes).containsRoute(route("0.0.0.0/0", NextHopType.Internet).withSource(RouteSource.Default)
 *                                                                            .withState(RouteState.Active));
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class ExpectedRoute {

    private final Cidr prefix;
    private final NextHopType nextHopType;
    private final IpAddress nextHopIp;
    private final RouteSource source;
    private final RouteState state;

    private ExpectedRoute(Cidr prefix, NextHopType nextHopType, IpAddress nextHopIp, RouteSource source,
                          RouteState state) {
        this.prefix = prefix;
        this.nextHopType = nextHopType;
        this.nextHopIp = nextHopIp;
        this.source = source;
        this.state = state;
    }

    /** A route for {@code addressPrefix} (CIDR) with next hop type {@code nextHopType}. */
    public static ExpectedRoute route(String addressPrefix, NextHopType nextHopType) {
        Objects.requireNonNull(addressPrefix, "'addressPrefix' cannot be null.");
        Objects.requireNonNull(nextHopType, "'nextHopType' cannot be null.");
        return new ExpectedRoute(Cidr.parse(addressPrefix), nextHopType, null, null, null);
    }

    /** ... whose next hop IP is {@code address} (an appliance's, say). */
    public ExpectedRoute withNextHopIp(String address) {
        return new ExpectedRoute(prefix, nextHopType, IpAddress.parse(address), source, state);
    }

    /** ... created by {@code source}. */
    public ExpectedRoute withSource(RouteSource source) {
        return new ExpectedRoute(prefix, nextHopType, nextHopIp, Objects.requireNonNull(source, "'source' cannot be null."),
                state);
    }

    /** ... in state {@code state}. */
    public ExpectedRoute withState(RouteState state) {
        return new ExpectedRoute(prefix, nextHopType, nextHopIp, source, Objects.requireNonNull(state,
                "'state' cannot be null."));
    }

    /** Whether {@code route} has every attribute given. */
    public boolean matches(EffectiveRoute route) {
        return route.addressPrefix().equals(prefix) && route.nextHopType() == nextHopType
                && (nextHopIp == null || route.nextHopIpAddresses().contains(nextHopIp))
                && (source == null || route.source() == source) && (state == null || route.state() == state);
    }

    /** {@code 10.2.0.0/16 -> VNetPeering}, with the next hop IP, {@code (source)} and state when given. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(prefix).append(" -> ").append(nextHopType);
        if (nextHopIp != null) {
            text.append(' ').append(nextHopIp);
        }
        if (source != null) {
            text.append(" (").append(source).append(')');
        }
        if (state != null) {
            text.append(' ').append(state);
        }
        return text.toString();
    }
}
