package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.NetworkRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.ServiceEndpointRequest;
import io.vnetlab.controlplane.SubnetRequest;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.address.Cidr;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Region;
import io.vnetlab.model.PrivateEndpointNetworkPolicies;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The virtual networks of a topology, in the Azure SDK's vocabulary.
 *
 * <pre>{@code
 * VirtualNetwork sales = topology.networks().define("SalesVNet")
 *         .withRegion(Region.NORTH_EUROPE)
 *         .withExistingResourceGroup("learn-rg")
 *         .withAddressSpace("10.1.0.0/16")
 *         .withSubnet("Apps", "10.1.1.0/24")
 *         .create();
 * topology.networks().update("SalesVNet").withAddressSpace("10.11.0.0/16").apply();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class Networks {

    private final Topology topology;

    Networks(Topology topology) {
        this.topology = topology;
    }

    /** Starts the definition of a new network. */
    public Definition define(String name) {
        Arguments.requireText(name, "virtual network name");
        return new Definition(topology, name);
    }

    /** Starts a change to an existing network: address prefixes and subnets, applied together. */
    public Update update(String nameOrId) {
        return new Update(topology, topology.network(nameOrId));
    }

    public VirtualNetwork get(String nameOrId) {
        return topology.network(nameOrId);
    }

    public List<VirtualNetwork> list() {
        return List.copyOf(topology.state().networks());
    }

    /**
     * Deletes a network and its peerings; the peerings of other networks that pointed at it become
     * {@code Disconnected} (docs/azure/peering.md#state-transitions).
     *
     * @throws AzureException {@code InUseSubnetCannotBeDeleted} while a network interface is in one of its subnets
     */
    public void delete(String nameOrId) {
        ResourceId id = topology.network(nameOrId).id();
        topology.applyState(s -> ResourceManager.deleteNetwork(s, id));
    }

    /**
     * Sets a subnet's {@code defaultOutboundAccess}: {@code false} makes it a private subnet, whose machines reach the
     * Internet only through an explicit method; {@code null} leaves it unset
     * (docs/azure/outbound-access.md#private-subnets).
     */
    public io.vnetlab.model.Subnet setDefaultOutboundAccess(String network, String subnet, Boolean access) {
        ResourceId subnetId = topology.subnet(network, subnet).id();
        return topology.apply(s -> {
            TopologyState next = ResourceManager.setDefaultOutboundAccess(s, subnetId, access);
            return new Operation.Result<>(next, next.subnet(subnetId).orElseThrow());
        });
    }

    /**
     * Sets a network's custom DNS servers ({@code dhcpOptions.dnsServers}, IP addresses; none: Azure-provided DNS
     * again; docs/azure/addressing.md#dns-servers). Its VMs then ask those servers, whose answers vnetlab does not
     * simulate: {@code topology.resolve(...)} says so (docs/azure/private-dns.md#resolution).
     *
     * <pre>{@code
     * topology.networks().setDnsServers("spoke", "10.0.0.4");   // a DNS forwarder in the hub
     * }</pre>
     */
    public void setDnsServers(String network, String... servers) {
        ResourceId networkId = topology.network(network).id();
        topology.applyState(s -> ResourceManager.putDnsServers(s, networkId, List.of(servers)));
    }

    /**
     * Sets a subnet's {@code privateEndpointNetworkPolicies}: whether its NSG, and the route tables of the subnets that
     * reach them, apply to traffic to its private endpoints; {@code null} leaves it unset, which Azure reads as
     * {@code Disabled} (docs/azure/private-endpoints.md#network-policies).
     */
    public io.vnetlab.model.Subnet setPrivateEndpointNetworkPolicies(String network, String subnet,
                                                                     PrivateEndpointNetworkPolicies policies) {
        ResourceId subnetId = topology.subnet(network, subnet).id();
        return topology.apply(s -> {
            TopologyState next = ResourceManager.setPrivateEndpointNetworkPolicies(s, subnetId, policies);
            return new Operation.Result<>(next, next.subnet(subnetId).orElseThrow());
        });
    }

    /**
     * Enables service endpoints on a subnet to the services named, replacing the ones it had; none named removes
     * them all. Names are Azure's, in any case: {@code Microsoft.Storage}, {@code Microsoft.Sql}
     * (docs/azure/service-endpoints.md#model).
     *
     * <pre>{@code
     * azure.networks().setServiceEndpoints("vnet-1", "subnet-private", "Microsoft.Storage");
     * }</pre>
     *
     * @throws AzureException {@code SubnetHasServiceEndpointWithInvalidServiceName} for a service Azure offers no
     *                        endpoints to; nothing is changed then
     */
    public io.vnetlab.model.Subnet setServiceEndpoints(String network, String subnet, String... services) {
        ResourceId subnetId = topology.subnet(network, subnet).id();
        List<ServiceEndpointRequest> endpoints = java.util.Arrays.stream(services)
                .map(ServiceEndpointRequest::to).toList();
        return topology.apply(s -> {
            TopologyState next = ResourceManager.setServiceEndpoints(s, subnetId, endpoints);
            return new Operation.Result<>(next, next.subnet(subnetId).orElseThrow());
        });
    }

    /** A new virtual network; single use. */
    public static final class Definition extends PlacedDefinition<Definition> {
        private final List<String> prefixes = new ArrayList<>();
        private final List<SubnetRequest> subnets = new ArrayList<>();

        Definition(Topology topology, String name) {
            super(topology, name, "network", "networks()");
        }

        /** Adds an address prefix; a network has one or more (docs/azure/addressing.md#address-space). */
        public Definition withAddressSpace(String cidr) {
            Arguments.requireText(cidr, "address prefix");
            prefixes.add(cidr);
            return this;
        }

        /** Adds a subnet with one prefix inside the address space (docs/azure/addressing.md#subnets). */
        public Definition withSubnet(String subnetName, String cidr) {
            Arguments.requireText(subnetName, "subnet name");
            Arguments.requireText(cidr, "address prefix");
            subnets.add(new SubnetRequest(subnetName, cidr));
            return this;
        }

        /**
         * Adds a dual-stack subnet: an IPv4 prefix and an IPv6 /64 inside the network's IPv6 range
         * (docs/azure/ipv6.md#subnets).
         */
        public Definition withDualStackSubnet(String subnetName, String ipv4Cidr, String ipv6Cidr) {
            Arguments.requireText(subnetName, "subnet name");
            Arguments.requireText(ipv4Cidr, "address prefix");
            Arguments.requireText(ipv6Cidr, "IPv6 address prefix");
            subnets.add(SubnetRequest.dualStack(subnetName, ipv4Cidr, ipv6Cidr));
            return this;
        }

        /**
         * Adds a private subnet: {@code defaultOutboundAccess} false, so its machines reach the Internet only
         * through a NAT gateway, a public IP or a load balancer outbound rule
         * (docs/azure/outbound-access.md#private-subnets).
         */
        public Definition withPrivateSubnet(String subnetName, String cidr) {
            Arguments.requireText(subnetName, "subnet name");
            Arguments.requireText(cidr, "address prefix");
            subnets.add(new SubnetRequest(subnetName, cidr).withDefaultOutboundAccess(false));
            return this;
        }

        /**
         * Creates the network.
         *
         * @throws AzureException with Azure's code if Azure would refuse it; nothing is changed then
         * @throws IllegalStateException if the region is missing or the definition was already created
         */
        public VirtualNetwork create() {
            return createOnce(this::put, VirtualNetwork::id);
        }

        private VirtualNetwork put() {
            Region region = requireRegion(", for example withRegion(Region.NORTH_EUROPE)");
            if (prefixes.isEmpty()) {
                throw new IllegalStateException("Network '" + name + "' needs an address space: call"
                        + " withAddressSpace(...), for example withAddressSpace(\"10.0.0.0/16\").");
            }
            return topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "virtualNetworks", name);
                TopologyState next = ResourceManager.putNetwork(withGroup, new NetworkRequest(id, region, prefixes, subnets),
                        PutMode.CREATE);
                return new Operation.Result<>(next, next.network(id).orElseThrow());
            });
        }
    }

    /** A change to an existing network; single use. */
    public static final class Update {
        private final Topology topology;
        private final VirtualNetwork original;
        private final List<String> prefixes;
        private final Map<String, SubnetRequest> subnets = new LinkedHashMap<>();
        private boolean applied;

        Update(Topology topology, VirtualNetwork original) {
            this.topology = topology;
            this.original = original;
            NetworkRequest now = NetworkRequest.of(original);
            this.prefixes = new ArrayList<>(now.addressPrefixes());
            for (SubnetRequest spec : now.subnets()) {
                subnets.put(spec.name().toLowerCase(Locale.ROOT), spec);
            }
        }

        /** Adds an address prefix. Peerings must then be synced (docs/azure/peering.md#sync-level). */
        public Update withAddressSpace(String cidr) {
            Arguments.requireText(cidr, "address prefix");
            prefixes.add(cidr);
            return this;
        }

        /**
         * Removes an address prefix; Azure refuses while a subnet lies in it
         * (docs/azure/addressing.md#removing-address-ranges).
         */
        public Update withoutAddressSpace(String cidr) {
            Arguments.requireText(cidr, "address prefix");
            boolean removed = prefixes.removeIf(p -> p.equals(cidr)
                    || (Cidr.tryParse(p).isPresent() && Cidr.tryParse(p).equals(Cidr.tryParse(cidr))));
            if (!removed) {
                throw new IllegalArgumentException("Network '" + original.name() + "' has no address prefix " + cidr
                        + "; its prefixes are " + prefixes + ".");
            }
            return this;
        }

        /**
         * Adds a subnet, or changes the prefix of the subnet of that name; an existing subnet keeps its associations
         * and loses an IPv6 prefix it had.
         */
        public Update withSubnet(String subnetName, String cidr) {
            Arguments.requireText(subnetName, "subnet name");
            Arguments.requireText(cidr, "address prefix");
            return withPrefixes(subnetName, cidr, null);
        }

        /** Adds a dual-stack subnet, or gives the subnet of that name these two prefixes (docs/azure/ipv6.md#subnets). */
        public Update withDualStackSubnet(String subnetName, String ipv4Cidr, String ipv6Cidr) {
            Arguments.requireText(subnetName, "subnet name");
            Arguments.requireText(ipv4Cidr, "address prefix");
            Arguments.requireText(ipv6Cidr, "IPv6 address prefix");
            return withPrefixes(subnetName, ipv4Cidr, ipv6Cidr);
        }

        private Update withPrefixes(String subnetName, String ipv4Cidr, String ipv6Cidr) {
            SubnetRequest old = subnets.get(subnetName.toLowerCase(Locale.ROOT));
            subnets.put(subnetName.toLowerCase(Locale.ROOT), old != null ? old.withPrefixes(ipv4Cidr, ipv6Cidr)
                    : SubnetRequest.dualStack(subnetName, ipv4Cidr, ipv6Cidr));
            return this;
        }

        /** Removes a subnet; Azure refuses while a network interface is in it. */
        public Update withoutSubnet(String subnetName) {
            Arguments.requireText(subnetName, "subnet name");
            if (subnets.remove(subnetName.toLowerCase(Locale.ROOT)) == null) {
                throw new IllegalArgumentException("Network '" + original.name() + "' has no subnet named '"
                        + subnetName + "'.");
            }
            return this;
        }

        /** Applies every change at once, or none. */
        public VirtualNetwork apply() {
            if (applied) {
                throw new IllegalStateException("Update of network '" + original.name() + "' was already applied;"
                        + " start a new one with networks().update(...).");
            }
            VirtualNetwork network = topology.apply(s -> {
                VirtualNetwork current = ResourceManager.requireNetwork(s, original.id());
                TopologyState next = ResourceManager.putNetwork(s, new NetworkRequest(current.id(), current.region(), prefixes,
                        new ArrayList<>(subnets.values())), PutMode.CREATE_OR_UPDATE);
                return new Operation.Result<>(next, next.network(current.id()).orElseThrow());
            });
            applied = true;
            return network;
        }
    }
}
