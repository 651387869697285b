package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The properties through which a resource names the resources that use it: a security group's
 * {@code networkInterfaces} and {@code subnets}, a route table's or NAT gateway's {@code subnets}, a public IP's
 * {@code ipConfiguration}, an interface's {@code virtualMachine}. The network API marks them read-only and ignores them
 * in a request, so a template that fills them in (some copy what a portal export showed) names no resource it must
 * wait for (docs/azure/arm-templates.md#read-only-references).
 */
final class ReadOnlyReferences {

    private static final Map<String, Set<String>> BY_TYPE = Map.of(
            "microsoft.network/networksecuritygroups", Set.of("networkinterfaces", "subnets"),
            "microsoft.network/routetables", Set.of("subnets"),
            "microsoft.network/natgateways", Set.of("subnets"),
            "microsoft.network/publicipaddresses", Set.of("ipconfiguration"),
            "microsoft.network/networkinterfaces", Set.of("virtualmachine"));

    private ReadOnlyReferences() {
    }

    /** {@code declaration} without the read-only references of its type's {@code properties}. */
    static JsonNode withoutReadOnly(String type, ObjectNode declaration) {
        Set<String> readOnly = BY_TYPE.get(type.toLowerCase(Locale.ROOT));
        if (readOnly == null || !(declaration.get("properties") instanceof ObjectNode properties)) {
            return declaration;
        }
        ObjectNode copy = declaration.deepCopy();
        ObjectNode copied = (ObjectNode) copy.get("properties");
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            if (readOnly.contains(property.getKey().toLowerCase(Locale.ROOT))) {
                copied.remove(property.getKey());
            }
        }
        return copy;
    }
}
