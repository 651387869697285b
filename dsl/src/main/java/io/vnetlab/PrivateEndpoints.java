package io.vnetlab;

import io.vnetlab.controlplane.PrivateEndpointRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.Arguments;
import io.vnetlab.model.PrivateDnsZone;
import io.vnetlab.model.PrivateDnsZoneGroup;
import io.vnetlab.model.PrivateEndpoint;
import io.vnetlab.model.PrivateLinkConnection;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The private endpoints of a topology (docs/azure/private-endpoints.md): each gets a read-only network interface in its
 * subnet, and {@code topology.endpoint("name")} is that interface, which VMs of its own and directly peered networks
 * reach by its /32 route. The private-link resource behind it is recorded, not simulated.
 *
 * <pre>{@code
 * topology.privateEndpoints().define("data-endpoint").withSubnet("spoke", "endpoints")
 *         .withPrivateLinkResource(storageAccountId, "blob").create();
 * topology.evaluate(Flow.from(topology.endpoint("app-vm")).to(topology.endpoint("data-endpoint")).on(Protocol.Tcp, 443));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PrivateEndpoints {

    private final Topology topology;

    PrivateEndpoints(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Arguments.requireText(name, "private endpoint name");
        return new Definition(topology, name);
    }

    /** A private endpoint by name or id. */
    public PrivateEndpoint get(String nameOrId) {
        return Resolver.find(list(), nameOrId, PrivateEndpoint::id, PrivateEndpoint::name, "private endpoint");
    }

    public List<PrivateEndpoint> list() {
        return new ArrayList<>(topology.state().all(PrivateEndpoint.class));
    }

    /**
     * Approves the endpoint's connection as its target's owner would, with a reason; flows to it then reach the
     * service (docs/azure/private-endpoints.md#approval).
     */
    public PrivateEndpoint approveConnection(String nameOrId, String description) {
        return answer(nameOrId, PrivateLinkConnection.Status.Approved, description);
    }

    /**
     * Rejects the endpoint's connection as its target's owner would, with a reason; the service behind the endpoint
     * then does not answer (docs/azure/private-endpoints.md#approval).
     */
    public PrivateEndpoint rejectConnection(String nameOrId, String description) {
        return answer(nameOrId, PrivateLinkConnection.Status.Rejected, description);
    }

    private PrivateEndpoint answer(String nameOrId, PrivateLinkConnection.Status status, String description) {
        ResourceId id = get(nameOrId).id();
        topology.applyState(s -> ResourceManager.setPrivateEndpointConnectionStatus(s, id, status, description));
        return get(id.toString());
    }

    /**
     * Gives the endpoint a DNS zone group (docs/azure/private-dns.md#zone-groups): Azure then keeps, in each of these
     * private DNS zones, an A record of the endpoint's address for its target's name in that zone. One group per
     * endpoint, of up to 5 zones; the zone configurations are named after the zones.
     *
     * <pre>{@code
     * topology.privateEndpoints().addDnsZoneGroup("data-endpoint", "default", "privatelink.blob.core.windows.net");
     * }</pre>
     */
    public PrivateDnsZoneGroup addDnsZoneGroup(String endpointNameOrId, String groupName, String... zones) {
        Arguments.requireText(groupName, "DNS zone group name");
        ResourceId id = get(endpointNameOrId).id().child("privateDnsZoneGroups", groupName);
        List<PrivateDnsZoneGroup.ZoneConfig> configs = new ArrayList<>();
        for (String zone : zones) {
            PrivateDnsZone z = topology.privateDnsZones().get(zone);
            configs.add(new PrivateDnsZoneGroup.ZoneConfig(z.name().replace('.', '-'), z.id()));
        }
        return topology.apply(s -> {
            TopologyState next = ResourceManager.putPrivateDnsZoneGroup(s, new PrivateDnsZoneGroup(id, configs),
                    PutMode.CREATE_OR_UPDATE);
            return new Operation.Result<>(next, next.get(PrivateDnsZoneGroup.class, id).orElseThrow());
        });
    }

    /** The endpoint's DNS zone group, if it has one. */
    public java.util.Optional<PrivateDnsZoneGroup> dnsZoneGroup(String endpointNameOrId) {
        ResourceId endpoint = get(endpointNameOrId).id();
        return topology.state().all(PrivateDnsZoneGroup.class).stream().filter(g -> g.endpointId().equals(endpoint))
                .findFirst();
    }

    /** Deletes a private endpoint and its network interface. */
    public void delete(String nameOrId) {
        ResourceId id = get(nameOrId).id();
        topology.applyState(s -> ResourceManager.deletePrivateEndpoint(s, id));
    }

    /** A new private endpoint; single use. */
    public static final class Definition extends PlacedDefinition<Definition> {
        private String network;
        private String subnet;
        private String target;
        private final List<String> groupIds = new ArrayList<>();
        private boolean manualApproval;
        private String staticAddress;
        private String interfaceName;
        private String connectionName;
        private String requestMessage;
        private final List<String> applicationSecurityGroups = new ArrayList<>();

        Definition(Topology topology, String name) {
            super(topology, name, "private endpoint", "privateEndpoints()");
        }

        /** The subnet its interface goes into; the endpoint is in the network's region and, unless told, group. */
        public Definition withSubnet(String networkNameOrId, String subnetName) {
            network = Arguments.requireText(networkNameOrId, "virtual network");
            subnet = Arguments.requireText(subnetName, "subnet");
            return this;
        }

        /**
         * The private-link resource it connects to, by id, and the sub-resources it targets ({@code blob},
         * {@code sqlServer}; none for a private link service). Recorded, not simulated.
         */
        public Definition withPrivateLinkResource(String resourceId, String... subResources) {
            target = Arguments.requireText(resourceId, "private link resource id");
            groupIds.clear();
            groupIds.addAll(List.of(subResources));
            return this;
        }

        /** The name of its private-link service connection (the endpoint's name unless given). */
        public Definition withConnectionName(String name) {
            connectionName = Arguments.requireText(name, "connection name");
            return this;
        }

        /** The message to the resource's owner that a manual connection carries. */
        public Definition withRequestMessage(String message) {
            requestMessage = Arguments.requireText(message, "request message");
            return this;
        }

        /** The connection waits for the resource owner's approval ({@code Pending}) instead of being approved. */
        public Definition withManualApproval() {
            manualApproval = true;
            return this;
        }

        /** A static private address in the subnet instead of the first free one. */
        public Definition withStaticAddress(String address) {
            staticAddress = Arguments.requireText(address, "private IP address");
            return this;
        }

        /**
         * Puts its IP configuration in an application security group, which rules of its subnet's NSG may name when
         * the subnet's network policies apply NSGs; repeat for several.
         */
        public Definition withExistingApplicationSecurityGroup(String nameOrId) {
            applicationSecurityGroups.add(Arguments.requireText(nameOrId, "application security group"));
            return this;
        }

        /** The name of its network interface instead of Azure's {@code <name>.nic.<guid>}. */
        public Definition withCustomNetworkInterfaceName(String nicName) {
            interfaceName = Arguments.requireText(nicName, "network interface name");
            return this;
        }

        public PrivateEndpoint create() {
            return createOnce(this::put, PrivateEndpoint::id);
        }

        private PrivateEndpoint put() {
            if (network == null || target == null) {
                throw new IllegalStateException("Private endpoint '" + name + "' needs a subnet and a private link"
                        + " resource: call withSubnet(\"network\", \"subnet\") and withPrivateLinkResource(\"id\", ...).");
            }
            VirtualNetwork net = topology.network(network);
            Subnet place = topology.subnet(net.id().toString(), subnet);
            Region region = region() != null ? region() : net.region();
            List<ResourceId> groups = new ArrayList<>();
            for (String asg : applicationSecurityGroups) {
                groups.add(ApplicationSecurityGroups.find(topology.state(), asg).id());
            }
            return topology.apply(s -> {
                String groupName = group.isChosen() ? group.name() : net.resourceGroup();
                TopologyState withGroup = group.isChosen() ? group.ensure(s, topology, region) : s;
                ResourceId id = ResourceId.resource(group.subscriptionId(net.subscriptionId()), groupName,
                        ResourceId.NETWORK, "privateEndpoints", name);
                TopologyState next = ResourceManager.putPrivateEndpoint(withGroup, new PrivateEndpointRequest(id,
                        region, place.id(), new PrivateLinkConnection(connectionName != null ? connectionName : name,
                        target, groupIds, manualApproval, requestMessage), staticAddress, interfaceName, groups),
                        PutMode.CREATE);
                return new Operation.Result<>(next, next.get(PrivateEndpoint.class, id).orElseThrow());
            });
        }
    }
}
