package io.vnetlab.junit;

import io.vnetlab.Topology;

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
public interface TopologyFactory {

    /** A new topology; it must not be null. */
    Topology create();
}
