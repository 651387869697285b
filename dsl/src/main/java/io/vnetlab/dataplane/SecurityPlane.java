package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.model.Subnet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The NSG side of a compiled data plane: which groups filter each interface and in which order (AZURE-SEMANTICS
 * §5.2.1), the address context of each subnet (service tags, §5.3), the members of each application security group
 * and the owners of public addresses. Built once per data plane; address contexts are compiled per subnet on use.
 */
final class SecurityPlane {

    /** One group on the path, and what it is associated with. */
    record Level(NetworkSecurityGroup group, String association, ResourceId associatedId) {

        /** {@code nsg 'myNsg' on subnet 'vnet/s'}. */
        String describe() {
            return "nsg '" + group.name() + "' on " + association;
        }
    }

    private final DataPlane plane;
    private final Map<ResourceId, Set<IpAddress>> groupMembers = new HashMap<>();
    private final Map<IpAddress, NetworkInterface> byPublicAddress = new HashMap<>();
    private final Map<ResourceId, AddressContext> contexts = new ConcurrentHashMap<>();

    SecurityPlane(DataPlane plane) {
        this.plane = plane;
        for (NetworkInterface nic : plane.state().networkInterfaces()) {
            for (ResourceId group : nic.applicationSecurityGroupIds()) {
                groupMembers.computeIfAbsent(group, k -> new HashSet<>()).add(nic.privateIpAddress());
            }
            nic.publicIpAddress().flatMap(id -> plane.state().get(PublicIpAddress.class, id))
                    .ifPresent(pip -> byPublicAddress.put(pip.ipAddress(), nic));
        }
    }

    /** The groups that filter {@code nic} in {@code direction}, in evaluation order (§5.2.1). */
    List<Level> levels(NetworkInterface nic, SecurityRuleDirection direction) {
        List<Level> levels = new ArrayList<>();
        Optional<Level> onNic = nic.networkSecurityGroup().flatMap(this::group)
                .map(g -> new Level(g, "nic '" + nic.name() + "'", nic.id()));
        Optional<Subnet> subnet = plane.state().subnet(nic.subnetId());
        Optional<Level> onSubnet = subnet.flatMap(s -> s.networkSecurityGroup().flatMap(this::group)
                .map(g -> new Level(g, "subnet '" + s.networkName() + "/" + s.name() + "'", s.id())));
        if (direction == SecurityRuleDirection.Outbound) {
            onNic.ifPresent(levels::add);
            onSubnet.ifPresent(levels::add);
        } else {
            onSubnet.ifPresent(levels::add);
            onNic.ifPresent(levels::add);
        }
        return levels;
    }

    boolean isFiltered(NetworkInterface nic) {
        return !levels(nic, SecurityRuleDirection.Inbound).isEmpty();
    }

    Optional<NetworkSecurityGroup> group(ResourceId id) {
        return plane.state().get(NetworkSecurityGroup.class, id);
    }

    /** The address context of the NSGs filtering {@code nic}: its subnet's service tags (§8 step 1 and 4). */
    AddressContext addresses(NetworkInterface nic) {
        return contexts.computeIfAbsent(nic.subnetId(), id -> new AddressContext(
                VirtualNetworkServiceTag.prefixes(plane, plane.state().subnet(id).orElseThrow()), groupMembers));
    }

    /** The interface whose IP configuration holds the public address {@code address}. */
    Optional<NetworkInterface> interfaceWithPublicAddress(IpAddress address) {
        return Optional.ofNullable(byPublicAddress.get(address));
    }

    Optional<PublicIpAddress> publicAddressOf(NetworkInterface nic) {
        return nic.publicIpAddress().flatMap(id -> plane.state().get(PublicIpAddress.class, id));
    }
}
