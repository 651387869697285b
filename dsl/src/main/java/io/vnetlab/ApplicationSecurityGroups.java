package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.ApplicationSecurityGroupRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The application security groups of a topology: names that network interfaces join and security rules use as a
 * source or destination (docs/azure/network-security-groups.md#rules).
 *
 * <pre>{@code
 * topology.applicationSecurityGroups().define("web-servers").withRegion(Region.EAST_US).create();
 * topology.virtualMachines().define("web1").withExistingPrimaryNetwork("vnet").withSubnet("s")
 *         .withExistingApplicationSecurityGroup("web-servers").create();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class ApplicationSecurityGroups {

    private final Topology topology;

    ApplicationSecurityGroups(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Arguments.requireText(name, "application security group name");
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
            return spec.withApplicationSecurityGroups(groups);
        });
    }

    /** Removes a network interface from the group. */
    public NetworkInterface removeNetworkInterface(String groupNameOrId, String networkInterface) {
        ResourceId groupId = get(groupNameOrId).id();
        return NicUpdates.apply(topology, networkInterface, spec -> {
            List<ResourceId> groups = new ArrayList<>(spec.applicationSecurityGroupIds());
            groups.remove(groupId);
            return spec.withApplicationSecurityGroups(groups);
        });
    }

    static ApplicationSecurityGroup find(TopologyState s, String nameOrId) {
        return Resolver.find(s, ApplicationSecurityGroup.class, nameOrId, ApplicationSecurityGroup::id,
                ApplicationSecurityGroup::name, "application security group");
    }

    /** A new application security group; single use. */
    public static final class Definition extends PlacedDefinition<Definition> {

        Definition(Topology topology, String name) {
            super(topology, name, "application security group", "applicationSecurityGroups()");
        }

        public ApplicationSecurityGroup create() {
            return createOnce(this::put, ApplicationSecurityGroup::id);
        }

        private ApplicationSecurityGroup put() {
            Region region = requireRegion("");
            return topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "applicationSecurityGroups", name);
                TopologyState next = ResourceManager.putApplicationSecurityGroup(withGroup,
                        new ApplicationSecurityGroupRequest(id, region), PutMode.CREATE);
                return new Operation.Result<>(next, next.get(ApplicationSecurityGroup.class, id).orElseThrow());
            });
        }
    }
}
