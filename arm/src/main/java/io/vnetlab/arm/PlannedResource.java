package io.vnetlab.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * One resource instance of a template after loops and conditions are expanded: a copy loop of three makes three.
 *
 * @param ordinal its place in the template, to keep template order where dependencies allow any
 * @param declaration the resource's JSON without its nested {@code resources}
 * @param dependsOn the evaluated {@code dependsOn} entries, with the path of each
 * @param parent the instance it is nested in, or {@code null}
 * @param symbolicName its symbolic name ({@code vnet}, {@code spokes[2]} in a copy loop), {@code null} without them
 * @param collection the symbolic name of its copy loop, or {@code null}
 * @param existing whether the template reads it ({@code "existing": true}) rather than deploys it
 */
record PlannedResource(int ordinal, String path, ObjectNode declaration, String type, String name, ResourceId id,
                       String loopName, boolean condition, Evaluator evaluator, List<String> dependsOn,
                       List<String> dependsOnPaths, PlannedResource parent, String symbolicName, String collection,
                       boolean existing) {

    boolean isDeployment() {
        return type.equalsIgnoreCase("Microsoft.Resources/deployments");
    }

    /** {@code Microsoft.Network/virtualNetworks/subnets 'hub/apps'}. */
    String describe() {
        return type + " '" + name + "'";
    }
}
