package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceGroupRequest;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

/** Which resource group a definition goes to: an existing one, a new one, or the topology's default. */
final class GroupChoice {

    private String name;
    private boolean mustExist;
    private String subscriptionId;

    void existing(String group) {
        Arguments.requireText(group, "resource group name");
        this.name = group;
        this.mustExist = true;
    }

    void created(String group) {
        Arguments.requireText(group, "resource group name");
        this.name = group;
        this.mustExist = false;
    }

    void subscription(String id) {
        Arguments.requireText(id, "subscription id");
        this.subscriptionId = id;
    }

    boolean isChosen() {
        return name != null;
    }

    String subscriptionId(Topology topology) {
        return subscriptionId != null ? subscriptionId : topology.currentSubscriptionId();
    }

    /** The subscription chosen, else {@code fallback} (a dependent resource's default is its network's). */
    String subscriptionId(String fallback) {
        return subscriptionId != null ? subscriptionId : fallback;
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
            ResourceManager.requireResourceGroup(s, id);
        }
        return ResourceManager.putResourceGroup(s, new ResourceGroupRequest(sub, name(), region), PutMode.CREATE);
    }
}
