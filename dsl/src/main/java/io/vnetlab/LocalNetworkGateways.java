package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.LocalNetworkGatewayRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The on-premises sites of a topology (local network gateways); an ExpressRoute circuit is modelled as one too.
 *
 * <pre>{@code
 * topology.localNetworkGateways().define("OnPrem")
 *         .withRegion(Region.WEST_EUROPE)
 *         .withIPAddress("203.0.113.10")
 *         .withAddressSpace("10.100.0.0/16")
 *         .create();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class LocalNetworkGateways {

    private final Topology topology;

    LocalNetworkGateways(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Arguments.requireText(name, "local network gateway name");
        return new Definition(topology, name);
    }

    public LocalNetworkGateway get(String nameOrId) {
        return Resolver.find(topology.state(), LocalNetworkGateway.class, nameOrId, LocalNetworkGateway::id,
                LocalNetworkGateway::name, "local network gateway");
    }

    public List<LocalNetworkGateway> list() {
        return List.copyOf(topology.state().all(LocalNetworkGateway.class));
    }

    /** A new site; single use. */
    public static final class Definition extends PlacedDefinition<Definition> {
        private final List<String> prefixes = new ArrayList<>();
        private String ipAddress;
        private Long bgpAsn;
        private String bgpPeeringAddress;

        Definition(Topology topology, String name) {
            super(topology, name, "local network gateway", "localNetworkGateways()");
        }

        /** The public address of the on-premises VPN device; required. */
        public Definition withIPAddress(String ipAddress) {
            Arguments.requireText(ipAddress, "gateway IP address");
            this.ipAddress = ipAddress;
            return this;
        }

        /** Adds an address prefix behind the site. */
        public Definition withAddressSpace(String cidr) {
            Arguments.requireText(cidr, "address prefix");
            prefixes.add(cidr);
            return this;
        }

        /** The site speaks BGP with this ASN and peer address. */
        public Definition withBgp(long asn, String peeringAddress) {
            Arguments.requireText(peeringAddress, "BGP peering address");
            this.bgpAsn = asn;
            this.bgpPeeringAddress = peeringAddress;
            return this;
        }

        public LocalNetworkGateway create() {
            return createOnce(this::put, LocalNetworkGateway::id);
        }

        private LocalNetworkGateway put() {
            Region region = requireRegion("");
            if (ipAddress == null) {
                throw new IllegalStateException("Local network gateway '" + name + "' needs the public address of"
                        + " its VPN device: call withIPAddress(\"203.0.113.10\"), for example.");
            }
            return topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "localNetworkGateways", name);
                TopologyState next = ResourceManager.putLocalNetworkGateway(withGroup, new LocalNetworkGatewayRequest(id, region,
                        ipAddress, prefixes, bgpAsn, bgpPeeringAddress), PutMode.CREATE);
                return new Operation.Result<>(next, next.get(LocalNetworkGateway.class, id).orElseThrow());
            });
        }
    }
}
