package io.vnetlab;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.controlplane.ControlPlane;
import io.vnetlab.controlplane.InterfaceOperations;
import io.vnetlab.controlplane.Names;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

/** Which resource group a definition goes to: an existing one, a new one, or the topology's default. */
final class GroupChoice {

    private String name;
    private boolean mustExist;
    private String subscriptionId;

    void existing(String group) {
        Names.requireArgument(group, "resourceGroup");
        this.name = group;
        this.mustExist = true;
    }

    void created(String group) {
        Names.requireArgument(group, "resourceGroup");
        this.name = group;
        this.mustExist = false;
    }

    void subscription(String id) {
        Names.requireArgument(id, "subscriptionId");
        this.subscriptionId = id;
    }

    boolean isChosen() {
        return name != null;
    }

    String subscriptionId(Topology topology) {
        return subscriptionId != null ? subscriptionId : topology.currentSubscriptionId();
    }

    String name() {
        return name != null ? name : Topology.DEFAULT_RESOURCE_GROUP;
    }

    /** The state with the group in place (made if this choice makes it), or an AzureException if it must exist. */
    TopologyState ensure(TopologyState s, Topology topology, Region region) {
        String sub = subscriptionId(topology);
        ResourceId id = ResourceId.resourceGroup(sub, name());
        if (s.resourceGroup(id).isPresent()) {
            return s;
        }
        if (mustExist) {
            ControlPlane.requireResourceGroup(s, id);
        }
        return ControlPlane.putResourceGroup(s, sub, name(), region, ControlPlane.Mode.CREATE);
    }
}
