package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * {@code peeringState} of one direction of a peering (docs/azure/peering.md#peering-state): {@code Initiated} while
 * only this side exists, {@code Connected} once both sides exist, {@code Disconnected} once the other side (or its
 * network) was deleted. Traffic flows only when both sides are {@code Connected}.
 */
@API(status = MAINTAINED, since = "0.1")
public enum PeeringState {
    Initiated,
    Connected,
    Disconnected
}
