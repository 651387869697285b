package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** What a matching security rule does with a new connection (docs/azure/network-security-groups.md#rules). */
@API(status = MAINTAINED, since = "0.1")
public enum SecurityRuleAccess {
    Allow,
    Deny
}
