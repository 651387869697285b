package io.vnetlab.dataplane;

/**
 * {@code Active}, or {@code Invalid} when a user route of the same prefix overrides a default one
 * (docs/azure/routing.md#invalid-routes).
 */
public enum RouteState {
    Active,
    Invalid
}
