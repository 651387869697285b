package io.vnetlab.az;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a command works on: the topology, the subscription the command targets, what the CLI knows about VMs
 * beyond networking (size, image, admin user), and lookups that fail the way Azure Resource Manager answers.
 */
final class Session {

    /** What {@code az vm create} records that the network model does not hold. */
    record VmDetails(String size, String image, String adminUsername) {
    }

    private final Topology topology;
    private final VmDetailsBook vmDetails;
    private String subscriptionId;
    private List<String> journalArgs;
    private final List<String> warnings = new java.util.ArrayList<>();
    private final java.nio.file.Path workingDirectory;

    Session(Topology topology, VmDetailsBook vmDetails, java.nio.file.Path workingDirectory) {
        this.topology = topology;
        this.vmDetails = vmDetails;
        this.subscriptionId = topology.currentSubscriptionId();
        this.workingDirectory = workingDirectory;
    }

    /**
     * A file the command names, as the caller meant it: relative to the caller's directory, which is not this JVM's
     * when a resident server answers for {@code bin/az} ({@link AzServer}).
     */
    java.nio.file.Path file(String name) {
        return workingDirectory.resolve(name);
    }

    Topology topology() {
        return topology;
    }

    String subscriptionId() {
        return subscriptionId;
    }

    void targetSubscription(String id) {
        this.subscriptionId = id;
    }

    /**
     * Records the command in the state file's journal as {@code args} instead of as typed (a deployment stores its
     * template's content, not the path of a file that may change).
     */
    /** A warning the CLI prints on standard error ("WARNING: ..."), whatever the output format. */
    void warn(String warning) {
        warnings.add(warning);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    void journalAs(List<String> args) {
        this.journalArgs = List.copyOf(args);
    }

    Optional<List<String>> journalArgs() {
        return Optional.ofNullable(journalArgs);
    }

    VmDetailsBook vmDetails() {
        return vmDetails;
    }

    /** Runs a control-plane change; Azure's refusal becomes the CLI's error text. */
    static <T> T call(Supplier<T> change) {
        try {
            return change.get();
        } catch (AzureException e) {
            throw AzError.service(e.code().name(), e.getMessage(), e.httpStatus());
        }
    }

    static void call(Runnable change) {
        call(() -> {
            change.run();
            return null;
        });
    }

    // ------------------------------------------------------------------ ids and lookups

    ResourceId groupId(String group) {
        return ResourceId.resourceGroup(subscriptionId, group);
    }

    ResourceId id(String group, String namespace, String type, String name) {
        return ResourceId.resource(subscriptionId, group, namespace, type, name);
    }

    ResourceGroup group(String name) {
        return topology.state().resourceGroup(groupId(name)).orElseThrow(() -> AzError.service(
                "ResourceGroupNotFound", "Resource group '" + name + "' could not be found.", 404));
    }

    Optional<VirtualNetwork> findVnet(String group, String name) {
        return topology.state().network(id(group, ResourceId.NETWORK, "virtualNetworks", name));
    }

    VirtualNetwork vnet(String group, String name) {
        group(group);
        return findVnet(group, name).orElseThrow(() -> notFound("Microsoft.Network/virtualNetworks", name, group));
    }

    Subnet subnet(String group, String vnet, String name) {
        VirtualNetwork network = vnet(group, vnet);
        return network.subnet(name).orElseThrow(() -> childNotFound(network.id().child("subnets", name)));
    }

    Peering peering(String group, String vnet, String name) {
        VirtualNetwork network = vnet(group, vnet);
        ResourceId id = network.id().child("virtualNetworkPeerings", name);
        return topology.state().peering(id).orElseThrow(() -> childNotFound(id));
    }

    VirtualMachine vm(String group, String name) {
        group(group);
        return topology.state().virtualMachine(id(group, ResourceId.COMPUTE, "virtualMachines", name))
                .orElseThrow(() -> notFound("Microsoft.Compute/virtualMachines", name, group));
    }

    /** A VM by name (with its group) or by id, as {@code --vm} and {@code --source-resource} take it. */
    VirtualMachine vmByNameOrId(String group, String nameOrId) {
        if (ResourceId.looksLikeId(nameOrId)) {
            ResourceId id = ResourceId.parse(nameOrId);
            return topology.state().virtualMachine(id).orElseThrow(() ->
                    notFound("Microsoft.Compute/virtualMachines", id.name(), id.resourceGroup()));
        }
        if (group == null) {
            throw AzError.command("usage error: --vm NAME --resource-group NAME | --vm ID");
        }
        return vm(group, nameOrId);
    }

    NetworkInterface nic(String group, String name) {
        group(group);
        return topology.state().networkInterface(id(group, ResourceId.NETWORK, "networkInterfaces", name))
                .orElseThrow(() -> notFound("Microsoft.Network/networkInterfaces", name, group));
    }

    /** A location as {@code --location} takes it, or Azure's error for an unknown one. */
    static Region region(String location, String resourceType) {
        return Region.find(location).orElseThrow(() -> AzError.service("LocationNotAvailableForResourceType",
                "The provided location '" + location + "' is not available for resource type '" + resourceType
                        + "'. List of available regions for the resource type is '"
                        + String.join(",", Region.values().stream().map(Region::name).toList()) + "'.", 400));
    }

    /** ARM's answer for a top-level resource that does not exist (exit code 3). */
    static AzError notFound(String type, String name, String group) {
        return AzError.service("ResourceNotFound", "The Resource '" + type + "/" + name + "' under resource group '"
                + group + "' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix", 404);
    }

    /** The network provider's answer for a child resource (subnet, peering) that does not exist. */
    static AzError childNotFound(ResourceId id) {
        return AzError.service("NotFound", "Resource " + id + " not found.", 404);
    }
}
