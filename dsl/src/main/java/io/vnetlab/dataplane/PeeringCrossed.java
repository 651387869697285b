package io.vnetlab.dataplane;

import io.vnetlab.model.PeeringState;
import io.vnetlab.model.ResourceId;

/** The peering a hop crossed, in the state it was in. */
public record PeeringCrossed(ResourceId peering, PeeringState state) {
}
