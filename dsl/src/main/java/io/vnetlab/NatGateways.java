package io.vnetlab;

import io.vnetlab.controlplane.NatGatewayRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.Arguments;
import io.vnetlab.model.NatGateway;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The NAT gateways of a topology (docs/azure/outbound-access.md#nat-gateway): Standard public IP addresses and
 * prefixes that the machines of the subnets using the gateway go out to the Internet from, before any other outbound
 * method (docs/azure/outbound-access.md#precedence).
 *
 * <pre>{@code
 * topology.publicIpAddresses().define("nat-ip").withRegion(Region.EAST_US).withExistingResourceGroup("rg").create();
 * topology.natGateways().define("nat").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
 *         .withPublicIpAddress("nat-ip").withIdleTimeoutInMinutes(10).create();
 * topology.natGateways().associateWithSubnet("nat", "vnet", "app");
 * topology.outboundAccess("app-vm").sourceAddress();   // the address of nat-ip
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NatGateways {

    private final Topology topology;

    NatGateways(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Arguments.requireText(name, "NAT gateway name");
        return new Definition(topology, name);
    }

    /** Starts a change to an existing NAT gateway: its addresses, prefixes and idle timeout, applied together. */
    public Update update(String nameOrId) {
        return new Update(topology, get(nameOrId));
    }

    public NatGateway get(String nameOrId) {
        return find(topology.state(), nameOrId);
    }

    public List<NatGateway> list() {
        return List.copyOf(topology.state().all(NatGateway.class));
    }

    /** Deletes a NAT gateway; Azure refuses while a subnet uses it. */
    public void delete(String nameOrId) {
        ResourceId id = get(nameOrId).id();
        topology.applyState(s -> ResourceManager.deleteNatGateway(s, id));
    }

    /** The subnet's machines go out through the NAT gateway, replacing the subnet's gateway if it had one. */
    public Subnet associateWithSubnet(String gatewayNameOrId, String network, String subnet) {
        return setOnSubnet(network, subnet, get(gatewayNameOrId).id());
    }

    /** Removes the NAT gateway of a subnet. */
    public Subnet dissociateFromSubnet(String network, String subnet) {
        return setOnSubnet(network, subnet, null);
    }

    private Subnet setOnSubnet(String network, String subnet, ResourceId gatewayId) {
        ResourceId subnetId = topology.subnet(network, subnet).id();
        return topology.apply(s -> {
            TopologyState next = ResourceManager.associateNatGateway(s, subnetId, gatewayId);
            return new Operation.Result<>(next, next.subnet(subnetId).orElseThrow());
        });
    }

    static NatGateway find(TopologyState s, String nameOrId) {
        return Resolver.find(s, NatGateway.class, nameOrId, NatGateway::id, NatGateway::name, "NAT gateway");
    }

    /** A new NAT gateway; single use. */
    public static final class Definition extends PlacedDefinition<Definition> {
        private final List<String> addresses = new ArrayList<>();
        private final List<String> prefixes = new ArrayList<>();
        private int idleTimeout = NatGatewayRequest.DEFAULT_IDLE_TIMEOUT;

        Definition(Topology topology, String name) {
            super(topology, name, "NAT gateway", "natGateways()");
        }

        /** Adds a Standard public IP address (by name or id) the gateway translates to. */
        public Definition withPublicIpAddress(String nameOrId) {
            addresses.add(Arguments.requireText(nameOrId, "public IP address"));
            return this;
        }

        /** Adds a public IP prefix (by name or id) the gateway translates to, all its addresses. */
        public Definition withPublicIpPrefix(String nameOrId) {
            prefixes.add(Arguments.requireText(nameOrId, "public IP prefix"));
            return this;
        }

        /** How long an idle flow keeps its port, 4 (the default) to 120 minutes. */
        public Definition withIdleTimeoutInMinutes(int minutes) {
            this.idleTimeout = minutes;
            return this;
        }

        public NatGateway create() {
            return createOnce(this::put, NatGateway::id);
        }

        private NatGateway put() {
            Region region = requireRegion("");
            List<ResourceId> addressIds = addresses.stream().map(a -> PublicIpAddresses.find(topology.state(), a).id())
                    .toList();
            List<ResourceId> prefixIds = prefixes.stream().map(p -> PublicIpPrefixes.find(topology.state(), p).id())
                    .toList();
            return topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "natGateways", name);
                TopologyState next = ResourceManager.putNatGateway(withGroup, new NatGatewayRequest(id, region,
                        addressIds, prefixIds, idleTimeout), PutMode.CREATE);
                return new Operation.Result<>(next, next.get(NatGateway.class, id).orElseThrow());
            });
        }
    }

    /** A change to an existing NAT gateway, a PUT of the whole gateway; single use. */
    public static final class Update {
        private final Topology topology;
        private final NatGateway original;
        private List<ResourceId> addressIds;
        private List<ResourceId> prefixIds;
        private int idleTimeout;
        private boolean applied;

        Update(Topology topology, NatGateway original) {
            this.topology = topology;
            this.original = original;
            this.addressIds = original.publicIpAddressIds();
            this.prefixIds = original.publicIpPrefixIds();
            this.idleTimeout = original.idleTimeoutInMinutes();
        }

        /** Replaces the gateway's public IP addresses (names or ids). */
        public Update withPublicIpAddresses(List<String> namesOrIds) {
            addressIds = namesOrIds.stream().map(a -> PublicIpAddresses.find(topology.state(), a).id()).toList();
            return this;
        }

        /** Replaces the gateway's public IP prefixes (names or ids). */
        public Update withPublicIpPrefixes(List<String> namesOrIds) {
            prefixIds = namesOrIds.stream().map(p -> PublicIpPrefixes.find(topology.state(), p).id()).toList();
            return this;
        }

        public Update withIdleTimeoutInMinutes(int minutes) {
            idleTimeout = minutes;
            return this;
        }

        /** Applies every change at once, or none. */
        public NatGateway apply() {
            if (applied) {
                throw new IllegalStateException("Update of NAT gateway '" + original.name() + "' was already"
                        + " applied; start a new one with natGateways().update(...).");
            }
            NatGateway result = topology.apply(s -> {
                TopologyState next = ResourceManager.putNatGateway(s, new NatGatewayRequest(original.id(),
                        original.region(), addressIds, prefixIds, idleTimeout), PutMode.CREATE_OR_UPDATE);
                return new Operation.Result<>(next, next.get(NatGateway.class, original.id()).orElseThrow());
            });
            applied = true;
            return result;
        }
    }
}
