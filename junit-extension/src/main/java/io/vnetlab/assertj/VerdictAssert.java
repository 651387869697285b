package io.vnetlab.assertj;

import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Protocol;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

import java.util.Objects;

import static io.vnetlab.assertj.error.ShouldNotReach.shouldNotReach;
import static io.vnetlab.assertj.error.ShouldReach.shouldReach;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Assertions on a verdict already evaluated ({@code topology.evaluate(flow)}, {@code topology.reach(a, b)}).
 *
 * <pre>{@code
 * assertThat(azure.reach("SalesVM", "MarketingVM")).isReachable()
 *         .passesThrough(Via.peering("SalesVNet-To-MarketingVNet"));
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public class VerdictAssert extends AbstractAssert<VerdictAssert, Verdict> {

    public VerdictAssert(Verdict actual) {
        super(actual, VerdictAssert.class);
    }

    /** The flow gets through. */
    public VerdictAssert isReachable() {
        isNotNull();
        if (!actual.reachable()) {
            throwAssertionError(shouldReach(actual, traffic(actual)));
        }
        return myself;
    }

    /** The flow does not get through; the failure shows the path that does. */
    public VerdictAssert isNotReachable() {
        isNotNull();
        if (actual.reachable()) {
            throwAssertionError(shouldNotReach(actual, traffic(actual)));
        }
        return myself;
    }

    /** The flow gets through, and its path passes {@code via}. */
    public VerdictAssert passesThrough(Via via) {
        isNotNull();
        Objects.requireNonNull(via, "'via' cannot be null.");
        Reachability.reachesThrough(actual, via.resolveIn(actual)).ifPresent(this::throwAssertionError);
        return myself;
    }

    /**
     * The flow gets through, and its path does not pass {@code via}. A verdict does not carry its topology, so a
     * {@code via} naming nothing cannot be told from one the path avoids: prefer
     * {@link EndpointAssert#canReachAvoiding(String, Via)}, which resolves {@code via} in the topology.
     */
    public VerdictAssert doesNotPassThrough(Via via) {
        isNotNull();
        Objects.requireNonNull(via, "'via' cannot be null.");
        Reachability.reachesAvoiding(actual, via.resolveIn(actual)).ifPresent(this::throwAssertionError);
        return myself;
    }

    /** {@code TCP/22}, {@code UDP}, or {@code ""} for a flow of any traffic. */
    private static String traffic(Verdict verdict) {
        Flow flow = verdict.flow();
        if (flow.protocol() == Protocol.Any && flow.destinationPort().isEmpty()) {
            return "";
        }
        return Traffic.label(flow.protocol()) + (flow.destinationPort().isPresent()
                ? "/" + flow.destinationPort().getAsInt() : "");
    }
}
