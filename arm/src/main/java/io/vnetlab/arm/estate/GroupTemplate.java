package io.vnetlab.arm.estate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * The resources one input holds in one resource group, as a template to deploy there.
 *
 * @param subscriptionId the subscription of the group
 * @param resourceGroup  the group's name
 * @param region         the group's region when it has to be made (the region of its first resource)
 * @param template       the template: parameters and resources, already normalized
 * @param source         the input, as the user named it (a file), for messages
 * @param declaredIds    the lower-case ids of the top-level resources the template declares, where they are known
 */
record GroupTemplate(String subscriptionId, String resourceGroup, String region, ObjectNode template, String source,
                     Set<String> declaredIds) {
}
