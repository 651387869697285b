package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AdminRule;
import io.vnetlab.model.AdminRuleCollection;
import io.vnetlab.model.ConfigurationType;
import io.vnetlab.model.ConnectivityConfiguration;
import io.vnetlab.model.ConnectivityConfiguration.ConnectivityGroup;
import io.vnetlab.model.ConnectivityConfiguration.ConnectivityTopology;
import io.vnetlab.model.ConnectivityConfiguration.GroupConnectivity;
import io.vnetlab.model.NetworkGroup;
import io.vnetlab.model.NetworkGroupStaticMember;
import io.vnetlab.model.NetworkManager;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityAdminConfiguration;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code Microsoft.Network/networkManagers} and its children from templates
 * (docs/azure/virtual-network-manager.md#arm): one handler per type. Templates cannot commit: as in Azure, a
 * deployment makes configurations, and a commit ({@code az network manager post-commit} or the Java DSL) makes them
 * effective.
 */
final class NetworkManagerHandlers {

    private static final String MANAGERS = "Microsoft.Network/networkManagers";

    private NetworkManagerHandlers() {
    }

    static List<ResourceHandler> all() {
        return List.of(new Manager(), new Group(), new StaticMember(), new Connectivity(), new SecurityAdmin(),
                new RuleCollection(), new Rule());
    }

    /** The control plane's PUT of one kind of resource, such as {@code ResourceManager::putNetworkGroup}. */
    @FunctionalInterface
    private interface Put<T> {
        TopologyState apply(TopologyState s, T resource, PutMode mode);
    }

    /** Puts {@code resource} as a deployment does, creating or updating it, and answers with its properties. */
    private static <T> ObjectNode put(ResourceContext r, T resource, Put<T> put, Function<T, ObjectNode> view) {
        r.batch().apply(s -> put.apply(s, resource, PutMode.CREATE_OR_UPDATE));
        return ResourceJson.properties(view.apply(resource));
    }

    private static List<String> strings(JsonNode from, String property) {
        List<String> values = new ArrayList<>();
        Values.property(from, property).filter(JsonNode::isArray).ifPresent(a -> a.forEach(v -> values.add(v.asText())));
        return values;
    }

    private static List<JsonNode> objects(JsonNode from, String property) {
        List<JsonNode> values = new ArrayList<>();
        Values.property(from, property).filter(JsonNode::isArray).ifPresent(a -> a.forEach(values::add));
        return values;
    }

    private static String text(ResourceContext r, JsonNode from, String property, String otherwise) {
        return r.text(from, property).orElse(otherwise);
    }

    /** The description every network manager resource may carry; none is an empty one. */
    private static String description(ResourceContext r, JsonNode properties) {
        return text(r, properties, "description", "");
    }

    static final class Manager implements ResourceHandler {
        public String type() {
            return MANAGERS;
        }

        public ObjectNode deploy(ResourceContext r) {
            JsonNode p = r.properties();
            List<String> subscriptions = new ArrayList<>();
            Values.property(p, "networkManagerScopes").ifPresent(scopes -> {
                subscriptions.addAll(strings(scopes, "subscriptions"));
                if (!strings(scopes, "managementGroups").isEmpty()) {
                    r.warn("network manager '" + r.id().name() + "': management group scopes are not simulated;"
                            + " only its subscriptions are in scope.");
                }
            });
            subscriptions.replaceAll(sub -> sub.replaceFirst("(?i)^/subscriptions/", ""));
            List<ConfigurationType> accesses = new ArrayList<>();
            for (String access : strings(p, "networkManagerScopeAccesses")) {
                if (access.equalsIgnoreCase("Connectivity")) {
                    accesses.add(ConfigurationType.Connectivity);
                } else if (access.equalsIgnoreCase("SecurityAdmin")) {
                    accesses.add(ConfigurationType.SecurityAdmin);
                }
            }
            NetworkManager m = new NetworkManager(r.id(), r.id().name(), r.region(), subscriptions, accesses,
                    description(r, p));
            return put(r, m, ResourceManager::putNetworkManager, ResourceJson::networkManager);
        }
    }

    static final class Group implements ResourceHandler {
        public String type() {
            return MANAGERS + "/networkGroups";
        }

        public ObjectNode deploy(ResourceContext r) {
            NetworkGroup g = new NetworkGroup(r.id(), r.id().name(), description(r, r.properties()), List.of());
            return put(r, g, ResourceManager::putNetworkGroup, ResourceJson::networkGroup);
        }
    }

    static final class StaticMember implements ResourceHandler {
        public String type() {
            return MANAGERS + "/networkGroups/staticMembers";
        }

        public ObjectNode deploy(ResourceContext r) {
            String resource = r.text(r.properties(), "resourceId").orElseThrow(() -> r.invalid("resourceId",
                    "must name the virtual network to add"));
            if (!ResourceId.looksLikeId(resource)) {
                throw r.invalid("resourceId", "must be a resource id");
            }
            NetworkGroupStaticMember m = new NetworkGroupStaticMember(r.id(), r.id().name(), ResourceId.parse(resource));
            return put(r, m, ResourceManager::putStaticMember, ResourceJson::staticMember);
        }
    }

    static final class Connectivity implements ResourceHandler {
        public String type() {
            return MANAGERS + "/connectivityConfigurations";
        }

        public ObjectNode deploy(ResourceContext r) {
            JsonNode p = r.properties();
            List<ConnectivityGroup> groups = new ArrayList<>();
            for (JsonNode item : objects(p, "appliesToGroups")) {
                String group = r.text(item, "networkGroupId").orElseThrow(() -> r.invalid("appliesToGroups",
                        "must list objects with a networkGroupId"));
                groups.add(new ConnectivityGroup(ResourceId.parse(group), r.flag(item, "useHubGateway"),
                        r.flag(item, "isGlobal"), "DirectlyConnected".equalsIgnoreCase(text(r, item,
                        "groupConnectivity", "None")) ? GroupConnectivity.DirectlyConnected : GroupConnectivity.None));
            }
            List<ResourceId> hubs = new ArrayList<>();
            for (JsonNode hub : objects(p, "hubs")) {
                r.text(hub, "resourceId").filter(ResourceId::looksLikeId).map(ResourceId::parse).ifPresent(hubs::add);
            }
            ConnectivityTopology topology = "Mesh".equalsIgnoreCase(text(r, p, "connectivityTopology", ""))
                    ? ConnectivityTopology.Mesh : ConnectivityTopology.HubAndSpoke;
            ConnectivityConfiguration c = new ConnectivityConfiguration(r.id(), r.id().name(), topology, hubs, groups,
                    r.flag(p, "isGlobal"), r.flag(p, "deleteExistingPeering"), description(r, p));
            return put(r, c, ResourceManager::putConnectivityConfiguration, ResourceJson::connectivityConfiguration);
        }
    }

    static final class SecurityAdmin implements ResourceHandler {
        public String type() {
            return MANAGERS + "/securityAdminConfigurations";
        }

        public ObjectNode deploy(ResourceContext r) {
            SecurityAdminConfiguration c = new SecurityAdminConfiguration(r.id(), r.id().name(),
                    description(r, r.properties()));
            return put(r, c, ResourceManager::putSecurityAdminConfiguration, ResourceJson::securityAdminConfiguration);
        }
    }

    static final class RuleCollection implements ResourceHandler {
        public String type() {
            return MANAGERS + "/securityAdminConfigurations/ruleCollections";
        }

        public ObjectNode deploy(ResourceContext r) {
            List<ResourceId> groups = new ArrayList<>();
            for (JsonNode item : objects(r.properties(), "appliesToGroups")) {
                r.text(item, "networkGroupId").filter(ResourceId::looksLikeId).map(ResourceId::parse)
                        .ifPresent(groups::add);
            }
            AdminRuleCollection c = new AdminRuleCollection(r.id(), r.id().name(), groups,
                    description(r, r.properties()));
            return put(r, c, ResourceManager::putRuleCollection, ResourceJson::ruleCollection);
        }
    }

    static final class Rule implements ResourceHandler {
        public String type() {
            return MANAGERS + "/securityAdminConfigurations/ruleCollections/rules";
        }

        public ObjectNode deploy(ResourceContext r) {
            JsonNode p = r.properties();
            int priority = Values.property(p, "priority").filter(JsonNode::canConvertToInt).map(JsonNode::asInt)
                    .orElseThrow(() -> r.invalid("priority", "must be a number from 1 to 4096"));
            AdminRule rule = new AdminRule(r.id(), r.id().name(), priority,
                    enumOf(r, p, "direction", SecurityRuleDirection.class, SecurityRuleDirection.Inbound),
                    enumOf(r, p, "access", AdminRule.Access.class, AdminRule.Access.Deny),
                    enumOf(r, p, "protocol", Protocol.class, Protocol.Any),
                    addresses(p, "sources"), ports(strings(p, "sourcePortRanges")),
                    addresses(p, "destinations"), ports(strings(p, "destinationPortRanges")),
                    description(r, p));
            return put(r, rule, ResourceManager::putAdminRule, ResourceJson::adminRule);
        }

        private static <E extends Enum<E>> E enumOf(ResourceContext r, JsonNode p, String property, Class<E> type,
                                                    E otherwise) {
            String value = r.text(p, property).orElse(null);
            if (value == null) {
                return otherwise;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(value)) {
                    return e;
                }
            }
            throw r.invalid(property, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                    .toLowerCase(Locale.ROOT));
        }

        private static List<String> addresses(JsonNode p, String property) {
            List<String> prefixes = new ArrayList<>();
            for (JsonNode a : objects(p, property)) {
                Values.property(a, "addressPrefix").map(JsonNode::asText).ifPresent(prefixes::add);
            }
            return prefixes.isEmpty() ? List.of("*") : prefixes;
        }

        private static List<String> ports(List<String> ranges) {
            return ranges.isEmpty() ? List.of("*") : ranges;
        }
    }
}
