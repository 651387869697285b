package io.vnetlab.arm;

import io.vnetlab.controlplane.SecurityRuleRequest;
import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.model.ServiceTags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a security rule's ARM {@code properties} (docs/azure/network-security-groups.md#rules): {@code priority},
 * {@code direction}, {@code access}, {@code protocol} ({@code *} is any), source and destination as
 * {@code ...AddressPrefix} or {@code ...AddressPrefixes} (the list wins when it is not empty, as both forms exist in
 * the API and templates leave the other one empty) or application security groups, ports likewise. The values
 * themselves are validated by the control plane, with Azure's codes.
 */
final class SecurityRules {

    private SecurityRules() {
    }

    /** {@code at} is the property path before the rule's properties, for messages ({@code securityRules[0].properties.}). */
    static SecurityRuleRequest request(ResourceContext r, String name, JsonNode p, String at) {
        int priority = priority(r, p, at);
        SecurityRuleDirection direction = choice(r, p, at, "direction", SecurityRuleDirection.values());
        SecurityRuleAccess access = choice(r, p, at, "access", SecurityRuleAccess.values());
        Protocol protocol = r.text(p, "protocol", at + "protocol").filter(t -> !t.equals("*"))
                .map(t -> choice(r, p, at, "protocol", Protocol.values())).orElse(Protocol.Any);
        SecurityRuleRequest request = new SecurityRuleRequest(name, priority, direction,
                access, protocol, strings(r, p, at, "sourceAddressPrefix"), strings(r, p, at, "sourcePortRange"),
                strings(r, p, at, "destinationAddressPrefix"), strings(r, p, at, "destinationPortRange"),
                groups(r, p, at, "sourceApplicationSecurityGroups"),
                groups(r, p, at, "destinationApplicationSecurityGroups"),
                r.text(p, "description", at + "description").orElse(null));
        List<String> prefixes = new ArrayList<>(request.sourceAddressPrefixes());
        prefixes.addAll(request.destinationAddressPrefixes());
        prefixes.stream().filter(ServiceTags::isNotSimulated).distinct().forEach(tag -> r.warn("security rule '"
                + name + "' of " + r.id().type() + " '" + r.id().name() + "' names the service tag '" + tag + "',"
                + " whose addresses vnetlab does not simulate: the rule matches no simulated address."));
        return request;
    }

    private static int priority(ResourceContext r, JsonNode p, String at) {
        JsonNode v = Values.property(p, "priority").orElse(null);
        if (v == null || v.isNull()) {
            throw r.invalid(at + "priority", "is missing: every security rule needs a priority from 100 to 4096");
        }
        if (v.canConvertToInt() && v.isIntegralNumber()) {
            return v.intValue();
        }
        if (v.isTextual() && v.textValue().matches("\\d{1,9}")) {
            return Integer.parseInt(v.textValue());
        }
        throw r.invalid(at + "priority", "must be an integer from 100 to 4096; it is " + Values.text(v));
    }

    private static <E extends Enum<E>> E choice(ResourceContext r, JsonNode p, String at, String property,
                                                E[] values) {
        String text = r.text(p, property, at + property).orElseThrow(() -> r.invalid(at + property,
                "is missing: " + allowed(values)));
        for (E e : values) {
            if (e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        throw r.invalid(at + property, "is '" + text + "', which is not " + allowed(values));
    }

    private static <E extends Enum<E>> String allowed(E[] values) {
        List<String> names = new ArrayList<>();
        for (E e : values) {
            names.add(e.name().equals("Any") ? "*" : e.name());
        }
        return "one of " + String.join(", ", names);
    }

    /** {@code xPrefixes} (or {@code xRanges}) when it is a non-empty list, else the single {@code x}. */
    private static List<String> strings(ResourceContext r, JsonNode p, String at, String single) {
        String plural = single.endsWith("Prefix") ? single + "es" : single + "s";
        Optional<JsonNode> list = r.at(p, plural).filter(JsonNode::isArray).filter(a -> a.size() > 0);
        List<String> result = new ArrayList<>();
        if (list.isPresent()) {
            for (int i = 0; i < list.get().size(); i++) {
                result.add(r.text(list.get(), String.valueOf(i), at + plural + "[" + i + "]").orElse(""));
            }
            return result;
        }
        JsonNode v = Values.property(p, single).orElse(null);
        if (v != null && v.isNumber()) {
            result.add(v.asText());      // a port written as a number
        } else {
            r.text(p, single, at + single).ifPresent(result::add);
        }
        return result;
    }

    private static List<ResourceId> groups(ResourceContext r, JsonNode p, String at, String property) {
        List<ResourceId> ids = new ArrayList<>();
        JsonNode list = r.at(p, property).orElse(Values.NODES.arrayNode());
        for (int i = 0; i < list.size(); i++) {
            ids.add(r.reference(list, String.valueOf(i)).orElseThrow(() -> r.invalid(at + property,
                    "must list application security groups as {\"id\": ...}")));
        }
        return ids;
    }
}
