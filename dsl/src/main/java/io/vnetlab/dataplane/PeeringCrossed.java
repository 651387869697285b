package io.vnetlab.dataplane;

import io.vnetlab.model.PeeringState;
import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** The peering a hop crossed, in the state it was in. */
@API(status = MAINTAINED, since = "0.1")
public record PeeringCrossed(ResourceId peering, PeeringState state) {
}
