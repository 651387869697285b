package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;

/** What an expression can see: a template's parameters and variables, where it deploys, and what it deployed. */
interface Scope {

    JsonNode parameter(String name);

    JsonNode variable(String name);

    String subscriptionId();

    String resourceGroupName();

    JsonNode resourceGroup();

    JsonNode subscription();

    JsonNode deployment();

    /** {@code reference(nameOrId, apiVersion, 'Full')}: the runtime state of a resource. */
    JsonNode reference(String nameOrId, boolean full);
}
