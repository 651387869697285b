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
 */
record PlannedResource(int ordinal, String path, ObjectNode declaration, String type, String name, ResourceId id,
                       String loopName, boolean condition, Evaluator evaluator, List<String> dependsOn,
                       List<String> dependsOnPaths, PlannedResource parent) {

    boolean isDeployment() {
        return type.equalsIgnoreCase("Microsoft.Resources/deployments");
    }

    /** {@code Microsoft.Network/virtualNetworks/subnets 'hub/apps'}. */
    String describe() {
        return type + " '" + name + "'";
    }
}
