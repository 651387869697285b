package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Which traffic a security rule filters: entering or leaving the subnet or interface
 * (docs/azure/network-security-groups.md#rules).
 */
@API(status = MAINTAINED, since = "0.1")
public enum SecurityRuleDirection {
    Inbound,
    Outbound
}
