package io.vnetlab.assertj;

import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

import java.util.Objects;

import static io.vnetlab.assertj.error.ShouldHaveProperty.shouldHave;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Assertions on one direction of a peering (docs/azure/peering.md): its state, sync level, scope and four flags.
 *
 * <pre>{@code
 * assertThat(azure).peering("SalesVNet", "SalesVNet-To-MarketingVNet")
 *         .isConnected().isFullyInSync().isRegional()
 *         .allowsVirtualNetworkAccess().doesNotAllowForwardedTraffic();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public class PeeringAssert extends AbstractAssert<PeeringAssert, Peering> {

    public PeeringAssert(Peering actual) {
        super(actual, PeeringAssert.class);
    }

    /** {@code peeringState} is {@code expected}. */
    public PeeringAssert hasState(PeeringState expected) {
        isNotNull();
        Objects.requireNonNull(expected, "'expected' cannot be null.");
        if (actual.state() != expected) {
            throwAssertionError(shouldHave(actual, "peeringState", expected, actual.state(), why(actual)));
        }
        return myself;
    }

    public PeeringAssert isConnected() {
        return hasState(PeeringState.Connected);
    }

    public PeeringAssert isInitiated() {
        return hasState(PeeringState.Initiated);
    }

    public PeeringAssert isDisconnected() {
        return hasState(PeeringState.Disconnected);
    }

    /** {@code peeringSyncLevel} is {@code expected}. */
    public PeeringAssert hasSyncLevel(PeeringSyncLevel expected) {
        isNotNull();
        Objects.requireNonNull(expected, "'expected' cannot be null.");
        if (actual.syncLevel() != expected) {
            throwAssertionError(shouldHave(actual, "peeringSyncLevel", expected, actual.syncLevel()));
        }
        return myself;
    }

    public PeeringAssert isFullyInSync() {
        return hasSyncLevel(PeeringSyncLevel.FullyInSync);
    }

    /** The networks are in different regions (docs/azure/peering.md#regional-and-global). */
    public PeeringAssert isGlobal() {
        return flag("global peering (networks in different regions)", true, actual == null || actual.global());
    }

    /** The networks are in the same region. */
    public PeeringAssert isRegional() {
        return flag("global peering (networks in different regions)", false, actual == null || actual.global());
    }

    /** The remote network is the one of this name. */
    public PeeringAssert hasRemoteNetwork(String name) {
        isNotNull();
        if (!actual.remoteNetworkName().equalsIgnoreCase(name)) {
            throwAssertionError(shouldHave(actual, "remote network", name, actual.remoteNetworkName()));
        }
        return myself;
    }

    public PeeringAssert allowsVirtualNetworkAccess() {
        return flag("allowVirtualNetworkAccess", true, actual == null || actual.allowVirtualNetworkAccess());
    }

    public PeeringAssert doesNotAllowVirtualNetworkAccess() {
        return flag("allowVirtualNetworkAccess", false, actual == null || actual.allowVirtualNetworkAccess());
    }

    public PeeringAssert allowsForwardedTraffic() {
        return flag("allowForwardedTraffic", true, actual == null || actual.allowForwardedTraffic());
    }

    public PeeringAssert doesNotAllowForwardedTraffic() {
        return flag("allowForwardedTraffic", false, actual == null || actual.allowForwardedTraffic());
    }

    public PeeringAssert allowsGatewayTransit() {
        return flag("allowGatewayTransit", true, actual == null || actual.allowGatewayTransit());
    }

    public PeeringAssert doesNotAllowGatewayTransit() {
        return flag("allowGatewayTransit", false, actual == null || actual.allowGatewayTransit());
    }

    public PeeringAssert usesRemoteGateways() {
        return flag("useRemoteGateways", true, actual == null || actual.useRemoteGateways());
    }

    public PeeringAssert doesNotUseRemoteGateways() {
        return flag("useRemoteGateways", false, actual == null || actual.useRemoteGateways());
    }

    private PeeringAssert flag(String name, boolean expected, boolean value) {
        isNotNull();
        if (value != expected) {
            throwAssertionError(shouldHave(actual, name, expected, value));
        }
        return myself;
    }

    /** What a state means, for the reader of the failure (docs/azure/peering.md#peering-state). */
    private static String why(Peering peering) {
        switch (peering.state()) {
            case Initiated:
                return "(" + peering.remoteNetworkName() + " has no peering back to " + peering.localNetworkName()
                        + "; traffic flows only when both directions are Connected.)";
            case Disconnected:
                return "(Its counterpart in " + peering.remoteNetworkName() + ", or " + peering.remoteNetworkName()
                        + " itself, was deleted: update or re-create this peering, then the other side.)";
            default:
                return "(Both directions exist.)";
        }
    }
}
