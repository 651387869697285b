package io.vnetlab;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.controlplane.ControlPlane;
import io.vnetlab.controlplane.NetworkOperations;
import io.vnetlab.controlplane.Names;
import io.vnetlab.controlplane.Operation;

import io.vnetlab.address.Cidr;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
public final class Networks {

    private final Topology topology;

    Networks(Topology topology) {
        this.topology = topology;
    }

    /** Starts the definition of a new network. */
    public Definition define(String name) {
        Names.requireArgument(name, "name");
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
     * {@code Disconnected} (AZURE-SEMANTICS §2.5.5).
     *
     * @throws AzureException {@code InUseSubnetCannotBeDeleted} while a network interface is in one of its subnets
     */
    public void delete(String nameOrId) {
        ResourceId id = topology.network(nameOrId).id();
        topology.applyState(s -> NetworkOperations.deleteNetwork(s, id));
    }

    /** A new virtual network; single use. */
    public static final class Definition {
        private final Topology topology;
        private final String name;
        private final GroupChoice group = new GroupChoice();
        private final List<String> prefixes = new ArrayList<>();
        private final List<NetworkOperations.SubnetSpec> subnets = new ArrayList<>();
        private Region region;
        private boolean created;

        Definition(Topology topology, String name) {
            this.topology = topology;
            this.name = name;
        }

        /** The region; required. */
        public Definition withRegion(Region region) {
            this.region = region;
            return this;
        }

        /** The region by name, {@code northeurope} or {@code North Europe}. */
        public Definition withRegion(String region) {
            return withRegion(Region.fromName(region));
        }

        /** Puts the network in an existing resource group (else the topology's default group). */
        public Definition withExistingResourceGroup(String resourceGroup) {
            group.existing(resourceGroup);
            return this;
        }

        /** Puts the network in a resource group made for it if it does not exist yet. */
        public Definition withNewResourceGroup(String resourceGroup) {
            group.created(resourceGroup);
            return this;
        }

        /** Puts the network in another subscription than the current one. */
        public Definition inSubscription(String subscriptionId) {
            group.subscription(subscriptionId);
            return this;
        }

        /** Adds an address prefix; a network has one or more (AZURE-SEMANTICS §1.1.4). */
        public Definition withAddressSpace(String cidr) {
            Names.requireArgument(cidr, "cidr");
            prefixes.add(cidr);
            return this;
        }

        /** Adds a subnet with one prefix inside the address space (AZURE-SEMANTICS §1.3). */
        public Definition withSubnet(String subnetName, String cidr) {
            Names.requireArgument(subnetName, "subnetName");
            Names.requireArgument(cidr, "cidr");
            subnets.add(new NetworkOperations.SubnetSpec(subnetName, cidr));
            return this;
        }

        /**
         * Creates the network.
         *
         * @throws AzureException with Azure's code if Azure would refuse it; nothing is changed then
         * @throws IllegalStateException if the region is missing or the definition was already created
         */
        public VirtualNetwork create() {
            if (created) {
                throw new IllegalStateException("Definition of network '" + name + "' was already created; start a"
                        + " new one with networks().define(...).");
            }
            if (region == null) {
                throw new IllegalStateException("Network '" + name + "' needs a region: call withRegion(...), for"
                        + " example withRegion(Region.NORTH_EUROPE).");
            }
            if (prefixes.isEmpty()) {
                throw new IllegalStateException("Network '" + name + "' needs an address space: call"
                        + " withAddressSpace(...), for example withAddressSpace(\"10.0.0.0/16\").");
            }
            VirtualNetwork network = topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "virtualNetworks", name);
                TopologyState next = NetworkOperations.putNetwork(withGroup, id, region, prefixes, subnets,
                        ControlPlane.Mode.CREATE);
                return new Operation.Result<>(next, next.network(id).orElseThrow());
            });
            created = true;
            return network;
        }
    }

    /** A change to an existing network; single use. */
    public static final class Update {
        private final Topology topology;
        private final VirtualNetwork original;
        private final List<String> prefixes;
        private final Map<String, NetworkOperations.SubnetSpec> subnets = new LinkedHashMap<>();
        private boolean applied;

        Update(Topology topology, VirtualNetwork original) {
            this.topology = topology;
            this.original = original;
            this.prefixes = new ArrayList<>(NetworkOperations.prefixes(original));
            for (NetworkOperations.SubnetSpec spec : NetworkOperations.subnetSpecs(original)) {
                subnets.put(spec.name().toLowerCase(Locale.ROOT), spec);
            }
        }

        /** Adds an address prefix. Peerings must then be synced (AZURE-SEMANTICS §2.8). */
        public Update withAddressSpace(String cidr) {
            Names.requireArgument(cidr, "cidr");
            prefixes.add(cidr);
            return this;
        }

        /** Removes an address prefix; Azure refuses while a subnet lies in it (AZURE-SEMANTICS §1.2.3). */
        public Update withoutAddressSpace(String cidr) {
            Names.requireArgument(cidr, "cidr");
            boolean removed = prefixes.removeIf(p -> p.equals(cidr)
                    || (Cidr.tryParse(p).isPresent() && Cidr.tryParse(p).equals(Cidr.tryParse(cidr))));
            if (!removed) {
                throw new IllegalArgumentException("Network '" + original.name() + "' has no address prefix " + cidr
                        + "; its prefixes are " + prefixes + ".");
            }
            return this;
        }

        /** Adds a subnet, or changes the prefix of the subnet of that name. */
        public Update withSubnet(String subnetName, String cidr) {
            Names.requireArgument(subnetName, "subnetName");
            Names.requireArgument(cidr, "cidr");
            NetworkOperations.SubnetSpec old = subnets.get(subnetName.toLowerCase(Locale.ROOT));
            subnets.put(subnetName.toLowerCase(Locale.ROOT),
                    new NetworkOperations.SubnetSpec(old != null ? old.name() : subnetName, cidr));
            return this;
        }

        /** Removes a subnet; Azure refuses while a network interface is in it. */
        public Update withoutSubnet(String subnetName) {
            Names.requireArgument(subnetName, "subnetName");
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
                VirtualNetwork current = NetworkOperations.requireNetwork(s, original.id());
                TopologyState next = NetworkOperations.putNetwork(s, current.id(), current.region(), prefixes,
                        new ArrayList<>(subnets.values()), ControlPlane.Mode.CREATE_OR_UPDATE);
                return new Operation.Result<>(next, next.network(current.id()).orElseThrow());
            });
            applied = true;
            return network;
        }
    }
}
