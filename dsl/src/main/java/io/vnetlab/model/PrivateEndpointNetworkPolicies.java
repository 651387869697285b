package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A subnet's {@code privateEndpointNetworkPolicies}: whether the subnet's network security group and the route tables
 * of the networks that reach its private endpoints apply to traffic to those endpoints
 * (docs/azure/private-endpoints.md#network-policies). Azure's default is {@code Disabled}: neither applies.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum PrivateEndpointNetworkPolicies {
    Disabled,
    Enabled,
    NetworkSecurityGroupEnabled,
    RouteTableEnabled;

    /** Whether the subnet's network security group filters traffic to its private endpoints. */
    public boolean appliesNetworkSecurityGroups() {
        return this == Enabled || this == NetworkSecurityGroupEnabled;
    }

    /** Whether a user route can take traffic to the subnet's private endpoints away from their /32 routes. */
    public boolean appliesRouteTables() {
        return this == Enabled || this == RouteTableEnabled;
    }
}
