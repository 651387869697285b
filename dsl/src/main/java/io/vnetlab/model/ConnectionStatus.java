package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The state Azure shows for a gateway connection (REST {@code VirtualNetworkGatewayConnectionStatus}): a VNet-to-VNet
 * connection is {@link #Connected} only once the other gateway has a connection back to it
 * (docs/azure/gateways.md#vnet-to-vnet).
 */
@API(status = MAINTAINED, since = "0.1")
public enum ConnectionStatus {
    /** The tunnel is up and carries traffic. */
    Connected,
    /** The tunnel is down: it carries no traffic and teaches no routes. */
    NotConnected
}
