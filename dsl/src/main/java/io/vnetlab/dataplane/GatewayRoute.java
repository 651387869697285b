package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One route a virtual network gateway has learnt or advertises, with the fields
 * {@code az network vnet-gateway list-learned-routes} and {@code list-advertised-routes} print
 * (docs/azure/bgp.md#learned-routes): the prefix, the BGP next hop, how it was learnt ({@link Origin}), the peer it
 * came from, the AS path and the weight.
 *
 * <pre>{@code
 * List<GatewayRoute> learnt = topology.dataPlane().learnedRoutes(topology.virtualNetworkGateways().get("vNet1-gw"));
 * learnt.get(2).asPathText();   // "65020-65030": vNet3's prefix, through vNet2's gateway
 * }</pre>
 *
 * @param localAddress the gateway's own BGP address
 * @param nextHop the BGP peer to forward to; {@code null} for the gateway's own and static routes
 * @param sourcePeer who the route came from: the peer, or the gateway itself for its own and static routes;
 *                   {@code null} in an advertisement
 * @param asPath the autonomous systems the route crossed, nearest first; empty for the gateway's own routes
 */
@API(status = MAINTAINED, since = "0.1")
public record GatewayRoute(IpAddress localAddress, Cidr network, IpAddress nextHop, Origin origin,
                           IpAddress sourcePeer, List<Long> asPath, int weight) {

    /** The weight Azure's gateways give every route they learn. */
    public static final int WEIGHT = 32768;

    /** How a gateway knows a route, as Azure spells it. */
    public enum Origin {
        /** The gateway's own network, the spokes using it, and static site prefixes. */
        Network,
        /** Learnt from a BGP peer in another autonomous system. */
        EBgp,
        /** How a gateway's advertisements to a peer show every route. */
        Igp
    }

    public GatewayRoute {
        asPath = List.copyOf(asPath);
    }

    public Optional<IpAddress> nextHopAddress() {
        return Optional.ofNullable(nextHop);
    }

    public Optional<IpAddress> sourcePeerAddress() {
        return Optional.ofNullable(sourcePeer);
    }

    /** The AS path as Azure prints it: the numbers joined by {@code -}, empty for the gateway's own routes. */
    public String asPathText() {
        StringBuilder text = new StringBuilder();
        for (Long asn : asPath) {
            text.append(text.length() == 0 ? "" : "-").append(asn);
        }
        return text.toString();
    }
}
