package io.vnetlab.model;

/**
 * {@code peeringState} of one direction of a peering (docs/azure/peering.md#peering-state): {@code Initiated} while
 * only this side exists, {@code Connected} once both sides exist, {@code Disconnected} once the other side (or its
 * network) was deleted. Traffic flows only when both sides are {@code Connected}.
 */
public enum PeeringState {
    Initiated,
    Connected,
    Disconnected
}
