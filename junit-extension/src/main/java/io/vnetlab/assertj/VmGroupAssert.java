package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Verdict;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

import java.util.ArrayList;
import java.util.List;

import static io.vnetlab.assertj.error.ShouldAllReach.shouldAllReach;
import static io.vnetlab.assertj.error.ShouldBeIsolated.shouldBeIsolated;
import static io.vnetlab.assertj.error.ShouldNotBeEmptySelection.shouldHavePairs;
import static io.vnetlab.assertj.error.ShouldNotBeEmptySelection.shouldNotBeEmptySelection;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Assertions on a group of VMs against another: isolation (no VM of one reaches any VM of the other) and full
 * reachability. Both fail when either selection is empty — an assertion over no VMs would pass without checking
 * anything — unless {@link #allowEmpty()} was called.
 *
 * <pre>{@code
 * assertThat(azure).vmsIn("SalesVNet").cannotReachAnyVmIn("ResearchVNet");
 * assertThat(azure).vmsIn("Spoke1").canReachEveryVmIn("Hub");
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public class VmGroupAssert extends AbstractAssert<VmGroupAssert, VmGroup> {

    private Topology topology;
    private boolean allowEmpty;

    /** An assert with no topology yet: use {@link TopologyAssert#vmsIn(String...)} instead. */
    public VmGroupAssert(VmGroup actual) {
        super(actual, VmGroupAssert.class);
    }

    VmGroupAssert within(Topology topology) {
        this.topology = topology;
        return this;
    }

    /** Lets the following assertions pass when a selection is empty. */
    public VmGroupAssert allowEmpty() {
        this.allowEmpty = true;
        return myself;
    }

    /** No VM of this group reaches any VM whose primary interface is in one of {@code networks}, by any traffic. */
    public VmGroupAssert cannotReachAnyVmIn(String... networks) {
        return cannotReachAnyOf(VmGroup.vmsIn(topology(), networks));
    }

    /** No VM of this group reaches any of the VMs named, by any traffic. */
    public VmGroupAssert cannotReachAnyOf(String... vms) {
        return cannotReachAnyOf(VmGroup.vms(topology(), vms));
    }

    /** Every VM of this group reaches every VM whose primary interface is in one of {@code networks}. */
    public VmGroupAssert canReachEveryVmIn(String... networks) {
        return canReachEveryOne(VmGroup.vmsIn(topology(), networks));
    }

    private VmGroupAssert cannotReachAnyOf(VmGroup others) {
        isNotNull();
        if (nonEmpty(others)) {
            List<Verdict> reachable = new ArrayList<>();
            int pairs = 0;
            for (Endpoint from : actual.members()) {
                for (Endpoint to : others.members()) {
                    if (from.equals(to)) {
                        continue;
                    }
                    pairs++;
                    Verdict verdict = topology.evaluate(Flow.from(from).to(to));
                    if (verdict.reachable()) {
                        reachable.add(verdict);
                    }
                }
            }
            requirePairs(pairs, others);
            if (!reachable.isEmpty()) {
                throwAssertionError(shouldBeIsolated(actual, others, reachable, pairs));
            }
        }
        return myself;
    }

    private VmGroupAssert canReachEveryOne(VmGroup others) {
        isNotNull();
        if (nonEmpty(others)) {
            List<Verdict> blocked = new ArrayList<>();
            int pairs = 0;
            for (Endpoint from : actual.members()) {
                for (Endpoint to : others.members()) {
                    if (from.equals(to)) {
                        continue;
                    }
                    pairs++;
                    Verdict verdict = topology.evaluate(Flow.from(from).to(to));
                    if (!verdict.reachable()) {
                        blocked.add(verdict);
                    }
                }
            }
            requirePairs(pairs, others);
            if (!blocked.isEmpty()) {
                throwAssertionError(shouldAllReach(actual, others, blocked, pairs));
            }
        }
        return myself;
    }

    /** Whether there is anything to check; fails on an empty selection unless empty ones are allowed. */
    private boolean nonEmpty(VmGroup others) {
        for (VmGroup group : List.of(actual, others)) {
            if (group.isEmpty()) {
                if (!allowEmpty) {
                    throwAssertionError(shouldNotBeEmptySelection(group));
                }
                return false;
            }
        }
        return true;
    }

    /** Two selections of the same single VM make no pair: as vacuous as an empty selection. */
    private void requirePairs(int pairs, VmGroup others) {
        if (pairs == 0 && !allowEmpty) {
            throwAssertionError(shouldHavePairs(actual, others));
        }
    }

    private Topology topology() {
        if (topology == null) {
            throw new IllegalStateException("A VmGroupAssert needs its topology: write assertThat(topology).vmsIn(..)"
                    + " instead of new VmGroupAssert(group).");
        }
        return topology;
    }
}
