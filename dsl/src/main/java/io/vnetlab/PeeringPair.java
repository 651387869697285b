package io.vnetlab;

import io.vnetlab.model.Peering;

/** Both directions of a peering, as {@link Topology#peer(String)}{@code .with(...)} creates them. */
public record PeeringPair(Peering forward, Peering back) {
}
