package io.vnetlab.assertj;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.dataplane.NextHopType;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.Objects;
import java.util.Optional;

import static io.vnetlab.assertj.error.ShouldContainRoute.shouldContainRoute;
import static io.vnetlab.assertj.error.ShouldContainRoute.shouldNotContainRoute;
import static io.vnetlab.assertj.error.ShouldHaveNextHopType.shouldHaveNextHopType;

/** The route checks shared by {@link EffectiveRouteTableAssert} and {@link EndpointAssert}. */
final class Routes {

    private Routes() {
    }

    static Optional<ErrorMessageFactory> contains(EffectiveRouteTable table, ExpectedRoute expected) {
        Objects.requireNonNull(expected, "'expected' cannot be null.");
        return table.routes().stream().anyMatch(expected::matches) ? Optional.empty()
                : Optional.of(shouldContainRoute(table, expected));
    }

    static Optional<ErrorMessageFactory> doesNotContain(EffectiveRouteTable table, ExpectedRoute expected) {
        Objects.requireNonNull(expected, "'expected' cannot be null.");
        return table.routes().stream().anyMatch(expected::matches) ? Optional.of(shouldNotContainRoute(table, expected))
                : Optional.empty();
    }

    static Optional<ErrorMessageFactory> nextHopType(EffectiveRouteTable table, IpAddress address, NextHopType type) {
        Objects.requireNonNull(type, "'type' cannot be null.");
        Optional<EffectiveRoute> route = table.lookup(address);
        if (route.isEmpty()) {
            return Optional.of(shouldHaveNextHopType(table, address, type));
        }
        return route.get().nextHopType() == type ? Optional.empty()
                : Optional.of(shouldHaveNextHopType(table, address, type, route.get()));
    }
}
