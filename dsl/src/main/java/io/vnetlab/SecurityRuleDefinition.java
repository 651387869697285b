package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A security rule being defined inside a network security group, in the Azure SDK's words: a direction and access
 * ({@code allowInbound()}, ...), source and destination addresses ({@code *}, a service tag such as
 * {@code VirtualNetwork} or {@code Internet}, addresses and CIDR prefixes, or application security groups), ports,
 * protocol and priority, then {@link #attach()}. Addresses, ports and protocol default to any; the direction and
 * the priority are required.
 *
 * <pre>{@code
 * .defineRule("allow-web").allowInbound().fromAddress("Internet").fromAnyPort()
 *         .withDestinationApplicationSecurityGroup("web-servers").toPortRanges("80", "443")
 *         .withProtocol(Protocol.Tcp).withPriority(100).attach()
 * }</pre>
 *
 * @param <P> the group definition or update that {@link #attach()} returns to
 */
@API(status = STABLE, since = "0.1")
public final class SecurityRuleDefinition<P> {

    private final String name;
    private final P parent;
    private SecurityRuleDirection direction;
    private SecurityRuleAccess access;
    private Protocol protocol = Protocol.Any;
    private List<String> sourceAddresses = List.of("*");
    private List<String> sourcePorts = List.of("*");
    private List<String> destinationAddresses = List.of("*");
    private List<String> destinationPorts = List.of("*");
    private final List<String> sourceGroups = new ArrayList<>();
    private final List<String> destinationGroups = new ArrayList<>();
    private Integer priority;
    private String description;
    private boolean attached;

    SecurityRuleDefinition(String name, P parent) {
        this.name = name;
        this.parent = parent;
    }

    public SecurityRuleDefinition<P> allowInbound() {
        return set(SecurityRuleDirection.Inbound, SecurityRuleAccess.Allow);
    }

    public SecurityRuleDefinition<P> allowOutbound() {
        return set(SecurityRuleDirection.Outbound, SecurityRuleAccess.Allow);
    }

    public SecurityRuleDefinition<P> denyInbound() {
        return set(SecurityRuleDirection.Inbound, SecurityRuleAccess.Deny);
    }

    public SecurityRuleDefinition<P> denyOutbound() {
        return set(SecurityRuleDirection.Outbound, SecurityRuleAccess.Deny);
    }

    private SecurityRuleDefinition<P> set(SecurityRuleDirection direction, SecurityRuleAccess access) {
        this.direction = direction;
        this.access = access;
        return this;
    }

    /** A source: an address, a CIDR prefix, {@code *} or a service tag ({@code VirtualNetwork}, {@code Internet}, ...). */
    public SecurityRuleDefinition<P> fromAddress(String address) {
        return fromAddresses(address);
    }

    /**
     * Several source addresses and prefixes (service tags and {@code *} only alone,
     * docs/azure/network-security-groups.md#rules).
     */
    public SecurityRuleDefinition<P> fromAddresses(String... addresses) {
        sourceAddresses = list(addresses, "address prefix");
        sourceGroups.clear();
        return this;
    }

    public SecurityRuleDefinition<P> fromAnyAddress() {
        return fromAddresses("*");
    }

    /** The source is the members of this application security group (by name or id); repeat for several. */
    public SecurityRuleDefinition<P> withSourceApplicationSecurityGroup(String group) {
        Arguments.requireText(group, "network security group");
        sourceGroups.add(group);
        sourceAddresses = List.of();
        return this;
    }

    public SecurityRuleDefinition<P> fromPort(int port) {
        return fromPortRanges(Integer.toString(port));
    }

    public SecurityRuleDefinition<P> fromPortRange(int from, int to) {
        return fromPortRanges(from + "-" + to);
    }

    /** Source ports as Azure writes them: {@code 22}, {@code 1000-2000}. */
    public SecurityRuleDefinition<P> fromPortRanges(String... ranges) {
        sourcePorts = list(ranges, "port range");
        return this;
    }

    public SecurityRuleDefinition<P> fromAnyPort() {
        return fromPortRanges("*");
    }

    /** A destination: an address, a CIDR prefix, {@code *} or a service tag. */
    public SecurityRuleDefinition<P> toAddress(String address) {
        return toAddresses(address);
    }

    public SecurityRuleDefinition<P> toAddresses(String... addresses) {
        destinationAddresses = list(addresses, "address prefix");
        destinationGroups.clear();
        return this;
    }

    public SecurityRuleDefinition<P> toAnyAddress() {
        return toAddresses("*");
    }

    /** The destination is the members of this application security group (by name or id); repeat for several. */
    public SecurityRuleDefinition<P> withDestinationApplicationSecurityGroup(String group) {
        Arguments.requireText(group, "network security group");
        destinationGroups.add(group);
        destinationAddresses = List.of();
        return this;
    }

    public SecurityRuleDefinition<P> toPort(int port) {
        return toPortRanges(Integer.toString(port));
    }

    public SecurityRuleDefinition<P> toPortRange(int from, int to) {
        return toPortRanges(from + "-" + to);
    }

    /** Destination ports as Azure writes them: {@code 80}, {@code 443}, {@code 8000-8080}. */
    public SecurityRuleDefinition<P> toPortRanges(String... ranges) {
        destinationPorts = list(ranges, "port range");
        return this;
    }

    public SecurityRuleDefinition<P> toAnyPort() {
        return toPortRanges("*");
    }

    public SecurityRuleDefinition<P> withProtocol(Protocol protocol) {
        if (protocol == null) {
            throw new IllegalArgumentException("'protocol' cannot be null.");
        }
        this.protocol = protocol;
        return this;
    }

    public SecurityRuleDefinition<P> withAnyProtocol() {
        return withProtocol(Protocol.Any);
    }

    /**
     * 100 to 4096, lower first; unique per direction within the group (docs/azure/network-security-groups.md#rules).
     * Required.
     */
    public SecurityRuleDefinition<P> withPriority(int priority) {
        this.priority = priority;
        return this;
    }

    public SecurityRuleDefinition<P> withDescription(String description) {
        this.description = description;
        return this;
    }

    /** Finishes the rule and returns to the group. */
    public P attach() {
        if (attached) {
            throw new IllegalStateException("Rule '" + name + "' was already attached.");
        }
        if (direction == null) {
            throw new IllegalStateException("Rule '" + name + "' needs a direction and an access: call allowInbound(),"
                    + " allowOutbound(), denyInbound() or denyOutbound().");
        }
        if (priority == null) {
            throw new IllegalStateException("Rule '" + name + "' needs a priority: call withPriority(...) with a"
                    + " number from 100 to 4096.");
        }
        attached = true;
        return parent;
    }

    void requireAttached() {
        if (!attached) {
            throw new IllegalStateException("Rule '" + name + "' was defined but not attached: finish it with"
                    + " attach().");
        }
    }

    SecurityRule build(TopologyState s, ResourceId groupId) {
        return new SecurityRule(name, priority, direction, access, protocol, sourceAddresses, sourcePorts,
                destinationAddresses, destinationPorts, groups(s, sourceGroups), groups(s, destinationGroups),
                description, false);
    }

    private static List<ResourceId> groups(TopologyState s, List<String> names) {
        List<ResourceId> ids = new ArrayList<>();
        for (String n : names) {
            ids.add(Resolver.find(s, ApplicationSecurityGroup.class, n, ApplicationSecurityGroup::id,
                    ApplicationSecurityGroup::name, "application security group").id());
        }
        return ids;
    }

    private static List<String> list(String[] values, String what) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("At least one " + what + " is required.");
        }
        for (String v : values) {
            Arguments.requireText(v, what);
        }
        return List.copyOf(Arrays.asList(values));
    }
}
