package io.vnetlab.model;

/** What a matching security rule does with a new connection (docs/azure/network-security-groups.md#rules). */
public enum SecurityRuleAccess {
    Allow,
    Deny
}
