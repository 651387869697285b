package io.vnetlab;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.controlplane.ControlPlane;
import io.vnetlab.controlplane.RoutingOperations;
import io.vnetlab.controlplane.Names;
import io.vnetlab.controlplane.Resolver;
import io.vnetlab.controlplane.Operation;

import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;

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
public final class LocalNetworkGateways {

    private final Topology topology;

    LocalNetworkGateways(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Names.requireArgument(name, "name");
        return new Definition(topology, name);
    }

    public LocalNetworkGateway get(String nameOrId) {
        return Resolver.find(topology.state().all(LocalNetworkGateway.class), nameOrId, LocalNetworkGateway::id,
                LocalNetworkGateway::name, "local network gateway");
    }

    public List<LocalNetworkGateway> list() {
        return List.copyOf(topology.state().all(LocalNetworkGateway.class));
    }

    /** A new site; single use. */
    public static final class Definition {
        private final Topology topology;
        private final String name;
        private final GroupChoice group = new GroupChoice();
        private final List<String> prefixes = new ArrayList<>();
        private Region region;
        private String ipAddress;
        private Long bgpAsn;
        private String bgpPeeringAddress;
        private boolean created;

        Definition(Topology topology, String name) {
            this.topology = topology;
            this.name = name;
        }

        public Definition withRegion(Region region) {
            this.region = region;
            return this;
        }

        public Definition withRegion(String region) {
            return withRegion(Region.fromName(region));
        }

        public Definition withExistingResourceGroup(String resourceGroup) {
            group.existing(resourceGroup);
            return this;
        }

        /** The public address of the on-premises VPN device; required. */
        public Definition withIPAddress(String ipAddress) {
            Names.requireArgument(ipAddress, "ipAddress");
            this.ipAddress = ipAddress;
            return this;
        }

        /** Adds an address prefix behind the site. */
        public Definition withAddressSpace(String cidr) {
            Names.requireArgument(cidr, "cidr");
            prefixes.add(cidr);
            return this;
        }

        /** The site speaks BGP with this ASN and peer address. */
        public Definition withBgp(long asn, String peeringAddress) {
            Names.requireArgument(peeringAddress, "peeringAddress");
            this.bgpAsn = asn;
            this.bgpPeeringAddress = peeringAddress;
            return this;
        }

        public LocalNetworkGateway create() {
            if (created) {
                throw new IllegalStateException("Definition of local network gateway '" + name + "' was already"
                        + " created; start a new one with localNetworkGateways().define(...).");
            }
            if (region == null) {
                throw new IllegalStateException("Local network gateway '" + name + "' needs a region: call"
                        + " withRegion(...).");
            }
            if (ipAddress == null) {
                throw new IllegalStateException("Local network gateway '" + name + "' needs the public address of"
                        + " its VPN device: call withIPAddress(\"203.0.113.10\"), for example.");
            }
            LocalNetworkGateway site = topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "localNetworkGateways", name);
                TopologyState next = RoutingOperations.putLocalNetworkGateway(withGroup, id, region, ipAddress,
                        prefixes, bgpAsn, bgpPeeringAddress, ControlPlane.Mode.CREATE);
                return new Operation.Result<>(next, next.get(LocalNetworkGateway.class, id).orElseThrow());
            });
            created = true;
            return site;
        }
    }
}
