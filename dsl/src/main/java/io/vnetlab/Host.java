package io.vnetlab;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Arguments;
import io.vnetlab.model.Protocol;
import io.vnetlab.render.VerdictRenderer;

import java.util.Objects;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A live handle on something traffic leaves from or arrives at, bound to its {@link Topology}: a {@link Vm}, a
 * {@link Nic}, an {@link OnPremisesHost} or an {@link AddressHost}. A handle holds only its identity (a resource id,
 * an address); everything it answers is read from the topology's current state, so it sees every change made to
 * its topology after it was obtained. The records of {@code io.vnetlab.model} are the immutable snapshots.
 *
 * <pre>{@code
 * Topology azure = ReferenceTopologies.learnModule();
 * Vm sales = azure.vm("SalesVM");
 * Vm research = azure.vm("ResearchVM");
 * sales.reach(research).reachable();                  // false: peering is not transitive
 * sales.reach(research, Protocol.Tcp, 22);            // one protocol and port
 * System.out.print(sales.explain(research));         // hop by hop, with what would fix it
 * }</pre>
 *
 * <p><b>Stability:</b> public API. Handles compare equal when they name the same thing in the same topology; a
 * {@link Topology#fork() fork} is another topology, so get handles from the topology you ask.
 */
@API(status = STABLE, since = "0.1")
public abstract sealed class Host permits ResourceHost, OnPremisesHost, AddressHost {

    private final Topology topology;

    Host(Topology topology) {
        this.topology = Objects.requireNonNull(topology, "topology");
    }

    /** The topology this handle reads. */
    public final Topology topology() {
        return topology;
    }

    /**
     * This host as a flow endpoint now: a value of the current state, for {@link Flow} and the data plane.
     *
     * @throws IllegalStateException if the resource behind the handle was deleted since
     */
    public abstract Endpoint endpoint();

    /** The address its traffic uses now: a network interface's private address, a host's address. */
    public final IpAddress address() {
        return endpoint().address();
    }

    /**
     * Whether, and how, a new connection of any protocol gets from this host to {@code other}, as
     * {@link Topology#reach(Host, Host)} answers it.
     *
     * @throws IllegalArgumentException if {@code other} is a handle of another topology
     */
    public final Verdict reach(Host other) {
        return topology.reach(this, other);
    }

    /** Whether, and how, a new connection of {@code protocol} to {@code port} gets from this host to {@code other}. */
    public final Verdict reach(Host other, Protocol protocol, int port) {
        Arguments.requireGiven(protocol, "protocol");
        return topology.evaluate(Flow.from(endpoint()).to(topology.sameTopology(other).endpoint()).on(protocol, port));
    }

    /** {@link #reach(Host)}, explained hop by hop as plain text. */
    public final String explain(Host other) {
        return VerdictRenderer.render(reach(other));
    }

    /** What the handle names, whatever this host's type: its id, or its site and address. */
    abstract Object identity();

    @Override
    public final boolean equals(Object o) {
        return o instanceof Host other && other.getClass() == getClass() && other.topology == topology
                && other.identity().equals(identity());
    }

    @Override
    public final int hashCode() {
        return identity().hashCode();
    }
}
