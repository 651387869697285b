package io.vnetlab.model;

/**
 * The state Azure shows for a gateway connection (REST {@code VirtualNetworkGatewayConnectionStatus}): a VNet-to-VNet
 * connection is {@link #Connected} only once the other gateway has a connection back to it
 * (docs/azure/gateways.md#vnet-to-vnet).
 */
public enum ConnectionStatus {
    /** The tunnel is up and carries traffic. */
    Connected,
    /** The tunnel is down: it carries no traffic and teaches no routes. */
    NotConnected
}
