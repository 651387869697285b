package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceGroupRequest;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.AzureException;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The resource groups of a topology.
 *
 * <pre>{@code
 * topology.resourceGroups().define("learn-rg").withRegion(Region.NORTH_EUROPE).create();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class ResourceGroups {

    private final Topology topology;

    ResourceGroups(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Arguments.requireText(name, "resource group name");
        return new Definition(topology, name);
    }

    /** The group of this name in the current subscription. */
    public ResourceGroup get(String name) {
        ResourceId id = ResourceId.resourceGroup(topology.currentSubscriptionId(), name);
        return ResourceManager.requireResourceGroup(topology.state(), id);
    }

    /** The groups of the current subscription. */
    public List<ResourceGroup> list() {
        return topology.state().resourceGroups().stream()
                .filter(g -> g.subscriptionId().equalsIgnoreCase(topology.currentSubscriptionId()))
                .collect(Collectors.toList());
    }

    /**
     * Deletes the group and everything in it, as {@code az group delete} does; peerings of other groups that
     * pointed into it become {@code Disconnected}.
     *
     * @throws AzureException {@code ResourceGroupNotFound}
     */
    public void delete(String name) {
        ResourceId id = ResourceId.resourceGroup(topology.currentSubscriptionId(), name);
        topology.applyState(s -> ResourceManager.deleteResourceGroup(s, id));
    }

    /** A new resource group; single use. */
    public static final class Definition {
        private final Topology topology;
        private final String name;
        private Region region;
        private String subscriptionId;
        private boolean created;

        Definition(Topology topology, String name) {
            this.topology = topology;
            this.name = name;
        }

        /**
         * The region, such as {@code Region.WEST_EUROPE}.
         *
         * @throws IllegalArgumentException if {@code region} is null
         */
        public Definition withRegion(Region region) {
            this.region = Arguments.requireGiven(region, "region of resource group '" + name + "'");
            return this;
        }

        /**
         * The region by name, {@code westeurope} or {@code West Europe}.
         *
         * @throws IllegalArgumentException if {@code region} is null, blank or not an Azure region
         */
        public Definition withRegion(String region) {
            return withRegion(Region.fromName(Arguments.requireText(region, "region of resource group '" + name
                    + "'")));
        }

        /** Puts the group in another subscription than the current one. */
        public Definition inSubscription(String subscriptionId) {
            this.subscriptionId = subscriptionId;
            return this;
        }

        public ResourceGroup create() {
            if (created) {
                throw new IllegalStateException("Definition of resource group '" + name + "' was already created;"
                        + " start a new one with resourceGroups().define(...).");
            }
            if (region == null) {
                throw new IllegalStateException("Resource group '" + name + "' needs a region: call withRegion(...).");
            }
            String sub = subscriptionId != null ? subscriptionId : topology.currentSubscriptionId();
            ResourceGroup group = topology.apply(s -> {
                TopologyState next = ResourceManager.putResourceGroup(s, new ResourceGroupRequest(sub, name, region), PutMode.CREATE);
                return new Operation.Result<>(next, next.resourceGroup(ResourceId.resourceGroup(sub, name)).orElseThrow());
            });
            created = true;
            return group;
        }
    }
}
