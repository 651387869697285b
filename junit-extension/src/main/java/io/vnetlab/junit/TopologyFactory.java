package io.vnetlab.junit;

import io.vnetlab.Topology;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Builds a topology for a {@link TestTopology @TestTopology} field that has no initializer. Implementations need
 * a no-argument constructor; a {@code shared} field's factory runs once per test run.
 *
 * <pre>{@code
 * public class HubAndSpokeFactory implements TopologyFactory {
 *     public Topology create() {
 *         return ReferenceTopologies.hubAndSpokeWithGatewayTransit();
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
@API(status = STABLE, since = "0.1")
public interface TopologyFactory {

    /** A new topology; it must not be null. */
    Topology create();
}
