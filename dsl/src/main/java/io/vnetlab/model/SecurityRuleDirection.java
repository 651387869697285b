package io.vnetlab.model;

/** Which traffic a security rule filters: entering or leaving the subnet or interface (AZURE-SEMANTICS §5.1.1). */
public enum SecurityRuleDirection {
    Inbound,
    Outbound
}
