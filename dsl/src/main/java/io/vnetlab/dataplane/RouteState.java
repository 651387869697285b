package io.vnetlab.dataplane;

/**
 * {@code Active}, or {@code Invalid} when a route of the same prefix from a preferred source overrides it
 * (docs/azure/routing.md#invalid-routes).
 */
public enum RouteState {
    Active,
    Invalid
}
