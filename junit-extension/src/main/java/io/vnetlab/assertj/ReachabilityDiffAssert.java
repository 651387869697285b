package io.vnetlab.assertj;

import io.vnetlab.address.PortRangeSet;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.diff.FlowChange;
import io.vnetlab.diff.ReachabilityDiff;
import io.vnetlab.model.Protocol;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

import java.util.List;

import static io.vnetlab.assertj.error.ShouldChangeReachability.shouldChangeOnly;
import static io.vnetlab.assertj.error.ShouldChangeReachability.shouldCloseNothing;
import static io.vnetlab.assertj.error.ShouldChangeReachability.shouldOpenNothing;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What a change does to reachability, from {@code assertThat(after).comparedTo(before)}: the gate a pull request's
 * network change passes.
 *
 * <pre>{@code
 * Topology after = before.fork();
 * after.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(true).apply();
 * assertThat(after).comparedTo(before)
 *         .closesNothing()
 *         .changesOnly(Flow.from(after.vm("spoke1-vm").endpoint()).to(onPrem),
 *                      Flow.from(onPrem).to(after.vm("spoke1-vm").endpoint()));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ReachabilityDiffAssert extends AbstractAssert<ReachabilityDiffAssert, ReachabilityDiff> {

    public ReachabilityDiffAssert(ReachabilityDiff actual) {
        super(actual, ReachabilityDiffAssert.class);
    }

    /** No flow class gets through after that did not before. */
    public ReachabilityDiffAssert opensNothing() {
        isNotNull();
        if (!actual.opened().isEmpty()) {
            throwAssertionError(shouldOpenNothing(actual.opened()));
        }
        return this;
    }

    /** No flow class that got through before is blocked after. */
    public ReachabilityDiffAssert closesNothing() {
        isNotNull();
        if (!actual.closed().isEmpty()) {
            throwAssertionError(shouldCloseNothing(actual.closed()));
        }
        return this;
    }

    /**
     * Every changed flow class is one of {@code flows}, and each of {@code flows} changed. A flow names its source
     * and destination class by any member, and covers every protocol and port unless it names them ({@code
     * flow.on(Protocol.Tcp, 22)} covers exactly the class TCP 22).
     */
    public ReachabilityDiffAssert changesOnly(Flow... flows) {
        isNotNull();
        List<Flow> allowed = List.of(flows);
        List<FlowChange> unexpected = actual.flows().stream()
                .filter(change -> allowed.stream().noneMatch(change::coveredBy)).toList();
        List<Flow> unchanged = allowed.stream()
                .filter(flow -> actual.flows().stream().noneMatch(change -> touches(change, flow))).toList();
        if (!unexpected.isEmpty() || !unchanged.isEmpty()) {
            throwAssertionError(shouldChangeOnly(allowed, unexpected, unchanged));
        }
        return this;
    }

    /** Whether {@code flow} is one of the flows {@code change} stands for. */
    private static boolean touches(FlowChange change, Flow flow) {
        if (!change.source().contains(flow.source()) || !change.destination().contains(flow.destination())) {
            return false;
        }
        boolean protocol = flow.protocol() == Protocol.Any || change.protocol() == Protocol.Any
                || change.protocol() == flow.protocol();
        return protocol && (flow.destinationPort().isEmpty() || change.protocol() == Protocol.Icmp
                || change.ports().contains(flow.destinationPort().getAsInt())
                || change.ports().equals(PortRangeSet.ALL));
    }
}
