package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.controlplane.VirtualNetworkGatewayRequest;

import io.vnetlab.model.GatewayType;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;
import io.vnetlab.model.VpnType;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The VPN and ExpressRoute gateways of a topology, in the Azure SDK's vocabulary (docs/azure/gateways.md).
 *
 * <pre>{@code
 * topology.virtualNetworkGateways().define("hub-vpn")
 *         .withExistingNetwork("hub")            // deployed in the hub's GatewaySubnet
 *         .withRouteBasedVpn()
 *         .withSku("VpnGw1")
 *         .withBgp(65515)
 *         .create();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class VirtualNetworkGateways {

    private final Topology topology;

    VirtualNetworkGateways(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Arguments.requireText(name, "virtual network gateway name");
        return new Definition(topology, name);
    }

    public VirtualNetworkGateway get(String nameOrId) {
        return Resolver.find(topology.state(), VirtualNetworkGateway.class, nameOrId, VirtualNetworkGateway::id,
                VirtualNetworkGateway::name, "virtual network gateway");
    }

    public List<VirtualNetworkGateway> list() {
        return List.copyOf(topology.state().all(VirtualNetworkGateway.class));
    }

    /** A new gateway; single use. Its region and resource group are its network's. */
    public static final class Definition extends PlacedDefinition<Definition> {
        private String network;
        private String subnet = "GatewaySubnet";
        private GatewayType type;
        private VpnType vpnType;
        private String sku;
        private Long bgpAsn;
        private final List<String> publicIpAddresses = new ArrayList<>();

        Definition(Topology topology, String name) {
            super(topology, name, "gateway", "virtualNetworkGateways()");
        }

        /** The network whose {@code GatewaySubnet} the gateway goes in; required. */
        public Definition withExistingNetwork(String networkNameOrId) {
            Arguments.requireText(networkNameOrId, "virtual network");
            this.network = networkNameOrId;
            return this;
        }

        /**
         * Names the subnet explicitly, as an ARM template's ip configuration does; Azure accepts only
         * {@code GatewaySubnet} ({@code GatewayMustBeInGatewaySubnet} otherwise).
         */
        public Definition withExistingSubnet(String networkNameOrId, String subnetName) {
            Arguments.requireText(subnetName, "subnet name");
            this.subnet = subnetName;
            return withExistingNetwork(networkNameOrId);
        }

        /**
         * A route-based VPN gateway (the only kind a user route can point at,
         * docs/azure/routing.md#user-route-next-hops). Default SKU VpnGw1.
         */
        public Definition withRouteBasedVpn() {
            this.type = GatewayType.Vpn;
            this.vpnType = VpnType.RouteBased;
            return this;
        }

        /** A policy-based VPN gateway. Default SKU Basic. */
        public Definition withPolicyBasedVpn() {
            this.type = GatewayType.Vpn;
            this.vpnType = VpnType.PolicyBased;
            return this;
        }

        /** An ExpressRoute gateway. Default SKU Standard. */
        public Definition withExpressRoute() {
            this.type = GatewayType.ExpressRoute;
            this.vpnType = null;
            return this;
        }

        /** The SKU, such as {@code VpnGw1}, {@code VpnGw2AZ} or {@code ErGw1AZ}. */
        public Definition withSku(String skuName) {
            Arguments.requireText(skuName, "gateway SKU");
            this.sku = skuName;
            return this;
        }

        /**
         * A public IP address of the gateway, as {@code az network vnet-gateway create --public-ip-address} names it:
         * a site whose device address is this address stands for the gateway
         * (docs/azure/gateways.md#site-to-site-between-networks). Call once per address.
         */
        public Definition withPublicIpAddress(String publicIpNameOrId) {
            Arguments.requireText(publicIpNameOrId, "public IP address");
            publicIpAddresses.add(publicIpNameOrId);
            return this;
        }

        /** Turns BGP on with this autonomous system number (Azure's default ASN is 65515). */
        public Definition withBgp(long asn) {
            this.bgpAsn = asn;
            return this;
        }

        public VirtualNetworkGateway create() {
            return createOnce(this::put, VirtualNetworkGateway::id);
        }

        private VirtualNetworkGateway put() {
            if (network == null) {
                throw new IllegalStateException("Gateway '" + name + "' needs a network: call"
                        + " withExistingNetwork(\"...\").");
            }
            if (type == null) {
                throw new IllegalStateException("Gateway '" + name + "' needs a type: call withRouteBasedVpn(),"
                        + " withPolicyBasedVpn() or withExpressRoute().");
            }
            String chosenSku = sku != null ? sku : type == GatewayType.ExpressRoute ? "Standard"
                    : vpnType == VpnType.PolicyBased ? "Basic" : "VpnGw1";
            return topology.apply(s -> {
                VirtualNetwork net = Resolver.network(s, network);
                Region gatewayRegion = region() != null ? region() : net.region();
                String groupName = group.isChosen() ? group.name() : net.resourceGroup();
                String sub = group.subscriptionId(net.subscriptionId());
                TopologyState withGroup = group.isChosen() ? group.ensure(s, topology, gatewayRegion) : s;
                ResourceId id = ResourceId.resource(sub, groupName, ResourceId.NETWORK, "virtualNetworkGateways", name);
                ResourceId subnetId = net.id().child("subnets", net.subnet(subnet).map(x -> x.name()).orElse(subnet));
                List<ResourceId> addressIds = new ArrayList<>();
                for (String address : publicIpAddresses) {
                    addressIds.add(PublicIpAddresses.find(s, address).id());
                }
                TopologyState next = ResourceManager.putVirtualNetworkGateway(withGroup, new VirtualNetworkGatewayRequest(
                        id, gatewayRegion, subnetId, type, vpnType, chosenSku, bgpAsn, addressIds), PutMode.CREATE);
                return new Operation.Result<>(next, next.get(VirtualNetworkGateway.class, id).orElseThrow());
            });
        }
    }
}
