package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.ConnectionRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The connections of virtual network gateways: site-to-site, VNet-to-VNet and ExpressRoute.
 *
 * <pre>{@code
 * topology.connections().define("hub-to-onprem").withSiteToSite("hub-vpn", "OnPrem").create();
 * topology.connections().define("a-to-b").withVnetToVnet("a-vpn", "b-vpn").create();
 * topology.connections().define("hub-er").withExpressRoute("hub-er-gw", "Circuit").create();
 * topology.connections().updateBgp("a-to-b", false);   // the two gateways stop exchanging routes over BGP
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class Connections {

    private final Topology topology;

    Connections(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Arguments.requireText(name, "connection name");
        return new Definition(topology, name);
    }

    public GatewayConnection get(String nameOrId) {
        return Resolver.find(topology.state(), GatewayConnection.class, nameOrId, GatewayConnection::id,
                GatewayConnection::name, "connection");
    }

    public List<GatewayConnection> list() {
        return List.copyOf(topology.state().all(GatewayConnection.class));
    }

    /**
     * Turns BGP on or off on an existing connection (a PUT with {@code enableBgp} changed): routes then propagate
     * across it, or stop (docs/azure/bgp.md#propagation).
     */
    public GatewayConnection updateBgp(String nameOrId, boolean enableBgp) {
        GatewayConnection old = get(nameOrId);
        return topology.apply(s -> {
            TopologyState next = ResourceManager.putConnection(s, new ConnectionRequest(old.id(),
                    old.connectionType(), old.virtualNetworkGateway1Id(), old.virtualNetworkGateway2Id(),
                    old.localNetworkGatewayId(), enableBgp), PutMode.CREATE_OR_UPDATE);
            return new Operation.Result<>(next, next.get(GatewayConnection.class, old.id()).orElseThrow());
        });
    }

    /** A new connection; single use. It goes in its (first) gateway's resource group. */
    public static final class Definition {
        private final Topology topology;
        private final String name;
        private ConnectionType type;
        private String gateway;
        private String other;
        private boolean bgp;
        private boolean created;

        Definition(Topology topology, String name) {
            this.topology = topology;
            this.name = name;
        }

        /** An IPsec site-to-site connection from a VPN gateway to a site. */
        public Definition withSiteToSite(String vpnGateway, String site) {
            return set(ConnectionType.IPsec, vpnGateway, site);
        }

        /** A VNet-to-VNet connection between two VPN gateways. */
        public Definition withVnetToVnet(String vpnGateway, String otherVpnGateway) {
            return set(ConnectionType.Vnet2Vnet, vpnGateway, otherVpnGateway);
        }

        /** An ExpressRoute connection from an ExpressRoute gateway to a circuit (modelled as a site). */
        public Definition withExpressRoute(String expressRouteGateway, String circuit) {
            return set(ConnectionType.ExpressRoute, expressRouteGateway, circuit);
        }

        /** Exchanges routes over BGP. */
        public Definition withBgp() {
            this.bgp = true;
            return this;
        }

        private Definition set(ConnectionType connectionType, String first, String second) {
            Arguments.requireText(first, "virtual network gateway");
            Arguments.requireText(second, connectionType == ConnectionType.Vnet2Vnet ? "other virtual network gateway" : "local network gateway");
            this.type = connectionType;
            this.gateway = first;
            this.other = second;
            return this;
        }

        public GatewayConnection create() {
            if (created) {
                throw new IllegalStateException("Definition of connection '" + name + "' was already created; start"
                        + " a new one with connections().define(...).");
            }
            if (type == null) {
                throw new IllegalStateException("Connection '" + name + "' needs its ends: call withSiteToSite(..),"
                        + " withVnetToVnet(..) or withExpressRoute(..).");
            }
            GatewayConnection connection = topology.apply(s -> {
                VirtualNetworkGateway first = Resolver.find(s, VirtualNetworkGateway.class, gateway,
                        VirtualNetworkGateway::id, VirtualNetworkGateway::name, "virtual network gateway");
                ResourceId second = null;
                ResourceId site = null;
                if (type == ConnectionType.Vnet2Vnet) {
                    second = Resolver.find(s, VirtualNetworkGateway.class, other, VirtualNetworkGateway::id,
                            VirtualNetworkGateway::name, "virtual network gateway").id();
                } else {
                    site = Resolver.find(s, LocalNetworkGateway.class, other, LocalNetworkGateway::id,
                            LocalNetworkGateway::name, "local network gateway").id();
                }
                ResourceId id = ResourceId.resource(first.id().subscriptionId(), first.id().resourceGroup(),
                        ResourceId.NETWORK, "connections", name);
                TopologyState next = ResourceManager.putConnection(s, new ConnectionRequest(id, type, first.id(), second, site, bgp),
                        PutMode.CREATE);
                return new Operation.Result<>(next, next.get(GatewayConnection.class, id).orElseThrow());
            });
            created = true;
            return connection;
        }
    }
}
