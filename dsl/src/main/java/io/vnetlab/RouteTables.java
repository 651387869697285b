package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.RouteRequest;
import io.vnetlab.controlplane.RouteTableRequest;
import io.vnetlab.controlplane.TopologyState;

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
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The route tables of a topology, in the Azure SDK's vocabulary (docs/azure/routing.md#route-tables).
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
@API(status = STABLE, since = "0.1")
public final class RouteTables {

    private final Topology topology;

    RouteTables(Topology topology) {
        this.topology = topology;
    }

    /** Starts the definition of a new route table. */
    public Definition define(String name) {
        Arguments.requireText(name, "route table name");
        return new Definition(topology, name);
    }

    /** Starts a change to an existing route table: routes and route propagation, applied together. */
    public Update update(String nameOrId) {
        return new Update(topology, get(nameOrId));
    }

    public RouteTable get(String nameOrId) {
        return Resolver.find(topology.state(), RouteTable.class, nameOrId, RouteTable::id, RouteTable::name,
                "route table");
    }

    public List<RouteTable> list() {
        return List.copyOf(topology.state().all(RouteTable.class));
    }

    /**
     * Associates the route table with a subnet, replacing the subnet's former table, as
     * {@code az network vnet subnet update --route-table} does (docs/azure/routing.md#route-tables).
     */
    public void associate(String routeTable, String network, String subnet) {
        Arguments.requireText(subnet, "subnet");
        ResourceId tableId = get(routeTable).id();
        ResourceId subnetId = topology.network(network).id().child("subnets", subnet);
        topology.applyState(s -> ResourceManager.associateRouteTable(s, subnetId, tableId));
    }

    /** Leaves the subnet with no route table. */
    public void dissociate(String network, String subnet) {
        Arguments.requireText(subnet, "subnet");
        ResourceId subnetId = topology.network(network).id().child("subnets", subnet);
        topology.applyState(s -> ResourceManager.associateRouteTable(s, subnetId, null));
    }

    /**
     * Deletes a route table.
     *
     * @throws AzureException {@code InUseRouteTableCannotBeDeleted} while a subnet uses it
     */
    public void delete(String nameOrId) {
        ResourceId id = get(nameOrId).id();
        topology.applyState(s -> ResourceManager.deleteRouteTable(s, id));
    }

    /**
     * The routes and route propagation a definition and an update both set; each implements it by handing the call
     * to its {@link RouteDraft}.
     */
    interface RouteSettings<SELF extends RouteSettings<SELF>> {

        /**
         * Adds a route named {@code route<n>} to {@code destinationCidr} with a next hop that needs no address
         * ({@code VirtualNetworkGateway}, {@code VnetLocal}, {@code Internet}, {@code None}).
         */
        SELF withRoute(String destinationCidr, RouteNextHopType nextHopType);

        /** Adds a route named {@code route<n>} to {@code destinationCidr} through an appliance at {@code ipAddress}. */
        SELF withRouteViaVirtualAppliance(String destinationCidr, String ipAddress);

        /**
         * Adds (or replaces) the route {@code name}, with the next hop type as text (as the CLI and ARM take it) and
         * an optional next hop IP; Azure's rules are checked on create/apply.
         */
        SELF withRoute(String name, String destinationCidr, String nextHopType, String nextHopIpAddress);

        /** Turns gateway route propagation off for the table's subnets (portal: "Propagate gateway routes" No). */
        SELF withDisableBgpRoutePropagation();

        /** Turns gateway route propagation back on (the default). */
        SELF withEnableBgpRoutePropagation();
    }

    /** The routes and propagation being put together, with the checks of the DSL's arguments. */
    static final class RouteDraft {
        final Map<String, RouteRequest> routes = new LinkedHashMap<>();
        boolean disableBgpRoutePropagation;
        private int counter;

        void add(String destinationCidr, RouteNextHopType nextHopType) {
            Arguments.requireText(destinationCidr, "destination address prefix");
            if (nextHopType == null) {
                throw new IllegalArgumentException("'nextHopType' cannot be null.");
            }
            add(nextName(), destinationCidr, nextHopType.name(), null);
        }

        void addViaVirtualAppliance(String destinationCidr, String ipAddress) {
            Arguments.requireText(destinationCidr, "destination address prefix");
            Arguments.requireText(ipAddress, "next hop IP address");
            add(nextName(), destinationCidr, RouteNextHopType.VirtualAppliance.name(), ipAddress);
        }

        void add(String name, String destinationCidr, String nextHopType, String nextHopIpAddress) {
            Arguments.requireText(name, "route name");
            Arguments.requireText(destinationCidr, "destination address prefix");
            Arguments.requireText(nextHopType, "next hop type");
            routes.put(name.toLowerCase(Locale.ROOT), new RouteRequest(name, destinationCidr, nextHopType,
                    nextHopIpAddress));
        }

        private String nextName() {
            String name;
            do {
                name = "route" + (++counter);
            } while (routes.containsKey(name));
            return name;
        }

        List<RouteRequest> requests() {
            return new ArrayList<>(routes.values());
        }
    }

    /** A new route table; single use. */
    public static final class Definition extends PlacedDefinition<Definition> implements RouteSettings<Definition> {
        private final RouteDraft draft = new RouteDraft();

        Definition(Topology topology, String name) {
            super(topology, name, "route table", "routeTables()");
        }

        @Override
        public Definition withRoute(String destinationCidr, RouteNextHopType nextHopType) {
            draft.add(destinationCidr, nextHopType);
            return this;
        }

        @Override
        public Definition withRouteViaVirtualAppliance(String destinationCidr, String ipAddress) {
            draft.addViaVirtualAppliance(destinationCidr, ipAddress);
            return this;
        }

        @Override
        public Definition withRoute(String name, String destinationCidr, String nextHopType, String nextHopIpAddress) {
            draft.add(name, destinationCidr, nextHopType, nextHopIpAddress);
            return this;
        }

        @Override
        public Definition withDisableBgpRoutePropagation() {
            draft.disableBgpRoutePropagation = true;
            return this;
        }

        @Override
        public Definition withEnableBgpRoutePropagation() {
            draft.disableBgpRoutePropagation = false;
            return this;
        }

        /**
         * Creates the route table.
         *
         * @throws AzureException with Azure's code if Azure would refuse it; nothing is changed then
         */
        public RouteTable create() {
            return createOnce(this::put, RouteTable::id);
        }

        private RouteTable put() {
            Region region = requireRegion(", for example withRegion(Region.WEST_EUROPE)");
            return topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "routeTables", name);
                TopologyState next = ResourceManager.putRouteTable(withGroup, new RouteTableRequest(id, region, draft.requests(),
                        draft.disableBgpRoutePropagation), PutMode.CREATE);
                return new Operation.Result<>(next, next.get(RouteTable.class, id).orElseThrow());
            });
        }
    }

    /** A change to an existing route table; single use. */
    public static final class Update implements RouteSettings<Update> {
        private final Topology topology;
        private final RouteTable original;
        private final RouteDraft draft = new RouteDraft();
        private boolean applied;

        Update(Topology topology, RouteTable original) {
            this.topology = topology;
            this.original = original;
            draft.disableBgpRoutePropagation = original.disableBgpRoutePropagation();
            original.routes().forEach(r -> draft.routes.put(r.name().toLowerCase(Locale.ROOT), RouteRequest.of(r)));
        }

        @Override
        public Update withRoute(String destinationCidr, RouteNextHopType nextHopType) {
            draft.add(destinationCidr, nextHopType);
            return this;
        }

        @Override
        public Update withRouteViaVirtualAppliance(String destinationCidr, String ipAddress) {
            draft.addViaVirtualAppliance(destinationCidr, ipAddress);
            return this;
        }

        @Override
        public Update withRoute(String name, String destinationCidr, String nextHopType, String nextHopIpAddress) {
            draft.add(name, destinationCidr, nextHopType, nextHopIpAddress);
            return this;
        }

        @Override
        public Update withDisableBgpRoutePropagation() {
            draft.disableBgpRoutePropagation = true;
            return this;
        }

        @Override
        public Update withEnableBgpRoutePropagation() {
            draft.disableBgpRoutePropagation = false;
            return this;
        }

        /** Removes the route {@code name}. */
        public Update withoutRoute(String name) {
            Arguments.requireText(name, "route name");
            if (draft.routes.remove(name.toLowerCase(Locale.ROOT)) == null) {
                throw new IllegalArgumentException("Route table '" + original.name() + "' has no route named '"
                        + name + "'. Its routes: " + String.join(", ", draft.routes.keySet()) + ".");
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
                TopologyState next = ResourceManager.putRouteTable(s, new RouteTableRequest(original.id(), original.region(),
                        draft.requests(), draft.disableBgpRoutePropagation), PutMode.CREATE_OR_UPDATE);
                return new Operation.Result<>(next, next.get(RouteTable.class, original.id()).orElseThrow());
            });
            applied = true;
            return table;
        }
    }
}
