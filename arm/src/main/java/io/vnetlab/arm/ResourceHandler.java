package io.vnetlab.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Deploys one resource type into the network model. To simulate a further type, write one small class that reads
 * the resource's evaluated properties, calls the matching {@link io.vnetlab.controlplane.ResourceBatch} PUT, and returns the
 * resource's properties as a GET would show them (what {@code reference()} answers); then register it in
 * {@link ResourceHandlers#defaults()}.
 */
interface ResourceHandler {

    /** The ARM type, such as {@code Microsoft.Network/virtualNetworks}; compared case-insensitively. */
    String type();

    /**
     * Whether the type is global ({@code "location": "global"}, as private DNS zones are) rather than placed in a
     * region.
     */
    default boolean global() {
        return false;
    }

    /** Deploys the resource; returns its {@code properties} as Azure reports them after the PUT. */
    ObjectNode deploy(ResourceContext resource);
}
