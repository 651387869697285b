package io.vnetlab.dataplane;

/** {@code Active}, or {@code Invalid} when a user route of the same prefix overrides a default one (§4.3.3). */
public enum RouteState {
    Active,
    Invalid
}
