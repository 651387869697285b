package io.vnetlab;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.controlplane.ControlPlane;
import io.vnetlab.controlplane.InterfaceOperations;
import io.vnetlab.controlplane.SecurityOperations;
import io.vnetlab.controlplane.Names;
import io.vnetlab.controlplane.Resolver;
import io.vnetlab.controlplane.Operation;

import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;

/**
 * The application security groups of a topology: names that network interfaces join and security rules use as a
 * source or destination (AZURE-SEMANTICS §5.1.1).
 *
 * <pre>{@code
 * topology.applicationSecurityGroups().define("web-servers").withRegion(Region.EAST_US).create();
 * topology.virtualMachines().define("web1").withExistingPrimaryNetwork("vnet").withSubnet("s")
 *         .withExistingApplicationSecurityGroup("web-servers").create();
 * }</pre>
 */
public final class ApplicationSecurityGroups {

    private final Topology topology;

    ApplicationSecurityGroups(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Names.requireArgument(name, "name");
        return new Definition(topology, name);
    }

    public ApplicationSecurityGroup get(String nameOrId) {
        return find(topology.state(), nameOrId);
    }

    public List<ApplicationSecurityGroup> list() {
        return List.copyOf(topology.state().all(ApplicationSecurityGroup.class));
    }

    /** Adds a network interface to the group (its other groups stay). */
    public NetworkInterface addNetworkInterface(String groupNameOrId, String networkInterface) {
        ResourceId groupId = get(groupNameOrId).id();
        return NicUpdates.apply(topology, networkInterface, spec -> {
            List<ResourceId> groups = new ArrayList<>(spec.applicationSecurityGroupIds());
            if (!groups.contains(groupId)) {
                groups.add(groupId);
            }
            return new InterfaceOperations.NicSpec(spec.id(), spec.region(), spec.subnetId(), spec.staticAddress(),
                    spec.ipForwarding(), spec.networkSecurityGroupId(), groups, spec.publicIpAddressId());
        });
    }

    /** Removes a network interface from the group. */
    public NetworkInterface removeNetworkInterface(String groupNameOrId, String networkInterface) {
        ResourceId groupId = get(groupNameOrId).id();
        return NicUpdates.apply(topology, networkInterface, spec -> {
            List<ResourceId> groups = new ArrayList<>(spec.applicationSecurityGroupIds());
            groups.remove(groupId);
            return new InterfaceOperations.NicSpec(spec.id(), spec.region(), spec.subnetId(), spec.staticAddress(),
                    spec.ipForwarding(), spec.networkSecurityGroupId(), groups, spec.publicIpAddressId());
        });
    }

    static ApplicationSecurityGroup find(TopologyState s, String nameOrId) {
        return Resolver.find(s.all(ApplicationSecurityGroup.class), nameOrId, ApplicationSecurityGroup::id,
                ApplicationSecurityGroup::name, "application security group");
    }

    /** A new application security group; single use. */
    public static final class Definition {
        private final Topology topology;
        private final String name;
        private final GroupChoice group = new GroupChoice();
        private Region region;
        private boolean created;

        Definition(Topology topology, String name) {
            this.topology = topology;
            this.name = name;
        }

        /** The region; required. Its members and the groups whose rules name it must be in the same region. */
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

        public ApplicationSecurityGroup create() {
            if (created) {
                throw new IllegalStateException("Definition of application security group '" + name + "' was"
                        + " already created; start a new one with applicationSecurityGroups().define(...).");
            }
            if (region == null) {
                throw new IllegalStateException("Application security group '" + name + "' needs a region: call"
                        + " withRegion(...).");
            }
            ApplicationSecurityGroup result = topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "applicationSecurityGroups", name);
                TopologyState next = SecurityOperations.putApplicationSecurityGroup(withGroup, id, region,
                        ControlPlane.Mode.CREATE);
                return new Operation.Result<>(next, next.get(ApplicationSecurityGroup.class, id).orElseThrow());
            });
            created = true;
            return result;
        }
    }
}
