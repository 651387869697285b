package io.vnetlab.model;

/**
 * Which traffic a security rule filters: entering or leaving the subnet or interface
 * (docs/azure/network-security-groups.md#rules).
 */
public enum SecurityRuleDirection {
    Inbound,
    Outbound
}
