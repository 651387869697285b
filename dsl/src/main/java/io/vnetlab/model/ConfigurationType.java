package io.vnetlab.model;

/**
 * The kinds of network manager configuration, as scope accesses and as commit types
 * (docs/azure/virtual-network-manager.md#deployments).
 */
public enum ConfigurationType {
    Connectivity,
    SecurityAdmin
}
