package io.vnetlab.arm.estate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What turns a resource as an estate reports it into a resource a deployment can put back, the same for exported
 * templates and CLI output (docs/azure/import.md#what-the-import-changes):
 * <ul>
 *   <li>a network's inline peerings become peering resources of their own, deployed last, since the remote network
 *   may be further down the input, or in another resource group;</li>
 *   <li>an IP configuration's reported private address is kept: {@code Dynamic} with a {@code privateIPAddress}
 *   becomes {@code Static} on that address, so the imported machine has the address the estate gave it whatever
 *   order the interfaces are deployed in.</li>
 * </ul>
 * Read-only properties ({@code provisioningState}, {@code resourceGuid}, {@code etag}, {@code peeringState}, back
 * references) need nothing: the handlers read only the settings a PUT takes.
 */
final class EstateShapes {

    private static final String NETWORKS = "microsoft.network/virtualnetworks";
    private static final String PEERINGS = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings";
    private static final String INTERFACES = "microsoft.network/networkinterfaces";

    private EstateShapes() {
    }

    /** Normalizes the resource declarations of one template in place. */
    static void normalize(ArrayNode resources) {
        Set<String> declaredNames = new HashSet<>();
        resources.forEach(r -> declaredNames.add(key(r)));
        List<ObjectNode> split = new ArrayList<>();
        for (JsonNode r : resources) {
            if (!(r instanceof ObjectNode resource) || !(r.get("properties") instanceof ObjectNode properties)) {
                continue;
            }
            String type = r.path("type").asText("").toLowerCase(Locale.ROOT);
            if (type.equals(NETWORKS) && properties.get("virtualNetworkPeerings") instanceof ArrayNode inline) {
                for (JsonNode peering : inline) {
                    ObjectNode own = peeringResource(resource, peering);
                    if (own != null && declaredNames.add(key(own))) {
                        split.add(own);
                    }
                }
                properties.remove("virtualNetworkPeerings");
            }
            if (type.equals(INTERFACES) && properties.get("ipConfigurations") instanceof ArrayNode configs) {
                configs.forEach(EstateShapes::keepReportedAddress);
            }
        }
        split.forEach(resources::add);
    }

    /** The inline peering as a resource of its own, named as the export names child resources. */
    private static ObjectNode peeringResource(ObjectNode network, JsonNode peering) {
        String peeringName = peering.path("name").asText("");
        String networkName = network.path("name").asText("");
        if (peeringName.isEmpty() || networkName.isEmpty()) {
            return null;
        }
        ObjectNode own = network.objectNode();
        own.put("type", PEERINGS);
        own.put("apiVersion", network.path("apiVersion").asText(CliOutput.API_VERSION));
        own.put("name", childName(networkName, peeringName));
        own.set("properties", peering.path("properties").isObject() ? peering.get("properties")
                : network.objectNode());
        return own;
    }

    /** A child's name: {@code parent/child}, or {@code [concat(expr, '/child')]} when the parent's is an expression. */
    static String childName(String parentName, String childName) {
        if (parentName.startsWith("[") && parentName.endsWith("]") && !parentName.startsWith("[[")) {
            return "[concat(" + parentName.substring(1, parentName.length() - 1) + ", '/"
                    + childName.replace("'", "''") + "')]";
        }
        return parentName + "/" + childName;
    }

    private static void keepReportedAddress(JsonNode config) {
        if (!(config.get("properties") instanceof ObjectNode p)) {
            return;
        }
        JsonNode address = p.get("privateIPAddress");
        if (address != null && address.isTextual() && !address.textValue().isBlank()
                && p.path("privateIPAllocationMethod").asText("Dynamic").equalsIgnoreCase("Dynamic")) {
            p.put("privateIPAllocationMethod", "Static");
        }
    }

    private static String key(JsonNode resource) {
        return resource.path("type").asText("").toLowerCase(Locale.ROOT) + " "
                + resource.path("name").asText("").toLowerCase(Locale.ROOT);
    }
}
