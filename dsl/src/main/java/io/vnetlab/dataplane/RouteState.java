package io.vnetlab.dataplane;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * {@code Active}, or {@code Invalid} when a route of the same prefix from a preferred source overrides it
 * (docs/azure/routing.md#invalid-routes).
 */
@API(status = MAINTAINED, since = "0.1")
public enum RouteState {
    Active,
    Invalid
}
