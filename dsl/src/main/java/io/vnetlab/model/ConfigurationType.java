package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The kinds of network manager configuration, as scope accesses and as commit types
 * (docs/azure/virtual-network-manager.md#deployments).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ConfigurationType {
    Connectivity,
    SecurityAdmin
}
