package io.vnetlab;

import io.vnetlab.model.Peering;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** Both directions of a peering, as {@link Topology#peer(String)}{@code .with(...)} creates them. */
@API(status = STABLE, since = "0.1")
public record PeeringPair(Peering forward, Peering back) {
}
