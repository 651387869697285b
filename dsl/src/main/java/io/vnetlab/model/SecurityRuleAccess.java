package io.vnetlab.model;

/** What a matching security rule does with a new connection (AZURE-SEMANTICS §5.1.1). */
public enum SecurityRuleAccess {
    Allow,
    Deny
}
