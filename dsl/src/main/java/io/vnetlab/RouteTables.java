package io.vnetlab;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.controlplane.ControlPlane;
import io.vnetlab.controlplane.RoutingOperations;
import io.vnetlab.controlplane.Names;
import io.vnetlab.controlplane.Resolver;
import io.vnetlab.controlplane.Operation;

import io.vnetlab.model.AzureException;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.RouteNextHopType;
import io.vnetlab.model.RouteTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The route tables of a topology, in the Azure SDK's vocabulary (AZURE-SEMANTICS §4.2).
 *
 * <pre>{@code
 * topology.routeTables().define("spoke1-rt")
 *         .withRegion(Region.WEST_EUROPE)
 *         .withRouteViaVirtualAppliance("10.2.0.0/16", "10.0.1.4")
 *         .withRoute("0.0.0.0/0", RouteNextHopType.Internet)
 *         .withDisableBgpRoutePropagation()
 *         .create();
 * topology.routeTables().associate("spoke1-rt", "spoke1", "app");
 * }</pre>
 */
public final class RouteTables {

    private final Topology topology;

    RouteTables(Topology topology) {
        this.topology = topology;
    }

    /** Starts the definition of a new route table. */
    public Definition define(String name) {
        Names.requireArgument(name, "name");
        return new Definition(topology, name);
    }

    /** Starts a change to an existing route table: routes and route propagation, applied together. */
    public Update update(String nameOrId) {
        return new Update(topology, get(nameOrId));
    }

    public RouteTable get(String nameOrId) {
        return Resolver.find(topology.state().all(RouteTable.class), nameOrId, RouteTable::id, RouteTable::name,
                "route table");
    }

    public List<RouteTable> list() {
        return List.copyOf(topology.state().all(RouteTable.class));
    }

    /**
     * Associates the route table with a subnet, replacing the subnet's former table, as
     * {@code az network vnet subnet update --route-table} does (§4.2.1).
     */
    public void associate(String routeTable, String network, String subnet) {
        Names.requireArgument(subnet, "subnet");
        ResourceId tableId = get(routeTable).id();
        ResourceId networkId = topology.network(network).id();
        topology.applyState(s -> RoutingOperations.associateRouteTable(s, networkId, subnet, tableId));
    }

    /** Leaves the subnet with no route table. */
    public void dissociate(String network, String subnet) {
        Names.requireArgument(subnet, "subnet");
        ResourceId networkId = topology.network(network).id();
        topology.applyState(s -> RoutingOperations.associateRouteTable(s, networkId, subnet, null));
    }

    /**
     * Deletes a route table.
     *
     * @throws AzureException {@code InUseRouteTableCannotBeDeleted} while a subnet uses it
     */
    public void delete(String nameOrId) {
        ResourceId id = get(nameOrId).id();
        topology.applyState(s -> RoutingOperations.deleteRouteTable(s, id));
    }

    /** Routes and propagation, shared by definitions and updates. */
    abstract static class Routes<SELF extends Routes<SELF>> {
        final Map<String, RoutingOperations.RouteSpec> routes = new LinkedHashMap<>();
        boolean disableBgpRoutePropagation;
        private int counter;

        @SuppressWarnings("unchecked")
        private SELF self() {
            return (SELF) this;
        }

        /**
         * Adds a route named {@code route<n>} to {@code destinationCidr} with a next hop that needs no address
         * ({@code VirtualNetworkGateway}, {@code VnetLocal}, {@code Internet}, {@code None}).
         */
        public SELF withRoute(String destinationCidr, RouteNextHopType nextHopType) {
            Names.requireArgument(destinationCidr, "destinationCidr");
            if (nextHopType == null) {
                throw new IllegalArgumentException("'nextHopType' cannot be null.");
            }
            return withRoute(nextName(), destinationCidr, nextHopType.name(), null);
        }

        /** Adds a route named {@code route<n>} to {@code destinationCidr} through an appliance at {@code ipAddress}. */
        public SELF withRouteViaVirtualAppliance(String destinationCidr, String ipAddress) {
            Names.requireArgument(destinationCidr, "destinationCidr");
            Names.requireArgument(ipAddress, "ipAddress");
            return withRoute(nextName(), destinationCidr, RouteNextHopType.VirtualAppliance.name(), ipAddress);
        }

        /**
         * Adds (or replaces) the route {@code name}, with the next hop type as text (as the CLI and ARM take it) and
         * an optional next hop IP; Azure's rules are checked on create/apply.
         */
        public SELF withRoute(String name, String destinationCidr, String nextHopType, String nextHopIpAddress) {
            Names.requireArgument(name, "name");
            Names.requireArgument(destinationCidr, "destinationCidr");
            Names.requireArgument(nextHopType, "nextHopType");
            routes.put(name.toLowerCase(Locale.ROOT), new RoutingOperations.RouteSpec(name, destinationCidr,
                    nextHopType, nextHopIpAddress));
            return self();
        }

        /** Turns gateway route propagation off for the table's subnets (portal: "Propagate gateway routes" No). */
        public SELF withDisableBgpRoutePropagation() {
            this.disableBgpRoutePropagation = true;
            return self();
        }

        /** Turns gateway route propagation back on (the default). */
        public SELF withEnableBgpRoutePropagation() {
            this.disableBgpRoutePropagation = false;
            return self();
        }

        private String nextName() {
            String name;
            do {
                name = "route" + (++counter);
            } while (routes.containsKey(name));
            return name;
        }

        List<RoutingOperations.RouteSpec> specs() {
            return new ArrayList<>(routes.values());
        }
    }

    /** A new route table; single use. */
    public static final class Definition extends Routes<Definition> {
        private final Topology topology;
        private final String name;
        private final GroupChoice group = new GroupChoice();
        private Region region;
        private boolean created;

        Definition(Topology topology, String name) {
            this.topology = topology;
            this.name = name;
        }

        /** The region; required, and the same as the networks whose subnets use the table. */
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

        public Definition withNewResourceGroup(String resourceGroup) {
            group.created(resourceGroup);
            return this;
        }

        /**
         * Creates the route table.
         *
         * @throws AzureException with Azure's code if Azure would refuse it; nothing is changed then
         */
        public RouteTable create() {
            if (created) {
                throw new IllegalStateException("Definition of route table '" + name + "' was already created;"
                        + " start a new one with routeTables().define(...).");
            }
            if (region == null) {
                throw new IllegalStateException("Route table '" + name + "' needs a region: call withRegion(...),"
                        + " for example withRegion(Region.WEST_EUROPE).");
            }
            RouteTable table = topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "routeTables", name);
                TopologyState next = RoutingOperations.putRouteTable(withGroup, id, region, specs(),
                        disableBgpRoutePropagation, ControlPlane.Mode.CREATE);
                return new Operation.Result<>(next, next.get(RouteTable.class, id).orElseThrow());
            });
            created = true;
            return table;
        }
    }

    /** A change to an existing route table; single use. */
    public static final class Update extends Routes<Update> {
        private final Topology topology;
        private final RouteTable original;
        private boolean applied;

        Update(Topology topology, RouteTable original) {
            this.topology = topology;
            this.original = original;
            this.disableBgpRoutePropagation = original.disableBgpRoutePropagation();
            original.routes().forEach(r -> routes.put(r.name().toLowerCase(Locale.ROOT),
                    new RoutingOperations.RouteSpec(r.name(), r.addressPrefix().toString(), r.nextHopType().name(),
                            r.nextHopIp().map(Object::toString).orElse(null))));
        }

        /** Removes the route {@code name}. */
        public Update withoutRoute(String name) {
            Names.requireArgument(name, "name");
            if (routes.remove(name.toLowerCase(Locale.ROOT)) == null) {
                throw new IllegalArgumentException("Route table '" + original.name() + "' has no route named '"
                        + name + "'. Its routes: " + String.join(", ", routes.keySet()) + ".");
            }
            return this;
        }

        /** Applies every change at once, or none. */
        public RouteTable apply() {
            if (applied) {
                throw new IllegalStateException("Update of route table '" + original.name() + "' was already"
                        + " applied; start a new one with routeTables().update(...).");
            }
            RouteTable table = topology.apply(s -> {
                TopologyState next = RoutingOperations.putRouteTable(s, original.id(), original.region(), specs(),
                        disableBgpRoutePropagation, ControlPlane.Mode.CREATE_OR_UPDATE);
                return new Operation.Result<>(next, next.get(RouteTable.class, original.id()).orElseThrow());
            });
            applied = true;
            return table;
        }
    }
}
