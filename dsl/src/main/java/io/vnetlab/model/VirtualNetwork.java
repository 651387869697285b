package io.vnetlab.model;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A virtual network: one region, one or more address prefixes, and its subnets
 * (docs/azure/addressing.md#resource-hierarchy, #address-ranges). Immutable: the topology replaces it when it changes.
 */
@API(status = MAINTAINED, since = "0.1")
public record VirtualNetwork(ResourceId id, String name, Region region, List<Cidr> addressSpace,
                             List<Subnet> subnets, String resourceGuid) {

    public VirtualNetwork {
        addressSpace = List.copyOf(addressSpace);
        subnets = List.copyOf(subnets);
    }

    public String resourceGroup() {
        return id.resourceGroup();
    }

    public String subscriptionId() {
        return id.subscriptionId();
    }

    /** The subnet of this name, compared case-insensitively. */
    public Optional<Subnet> subnet(String subnetName) {
        for (Subnet s : subnets) {
            if (s.name().equalsIgnoreCase(subnetName)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code address} lies in one of the network's address prefixes. */
    public boolean contains(IpAddress address) {
        // a loop, not a stream: every walk asks this of several networks, and a stream costs more to set up than
        // the two or three prefixes cost to test
        for (Cidr range : addressSpace) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** The subnet whose prefix holds {@code address}. */
    public Optional<Subnet> subnetContaining(IpAddress address) {
        for (Subnet subnet : subnets) {
            if (subnet.addressPrefix().contains(address)) {
                return Optional.of(subnet);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "virtual network '" + name + "' " + addressSpace + " (" + region.name() + ")";
    }
}
