package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.address.Cidr;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The PUT of a whole virtual network: exactly these address prefixes and subnets (subnets not listed are removed).
 * <b>API.</b>
 */
@API(status = MAINTAINED, since = "0.1")
public record NetworkRequest(ResourceId id, Region region, List<String> addressPrefixes, List<SubnetRequest> subnets) {
    public NetworkRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        addressPrefixes = Arguments.requireList(addressPrefixes, "address prefixes");
        subnets = Arguments.requireList(subnets, "subnets");
    }

    /** The request that would PUT {@code network} as it is, to change one thing of it. */
    public static NetworkRequest of(VirtualNetwork network) {
        return new NetworkRequest(network.id(), network.region(),
                network.addressSpace().stream().map(Cidr::toString).collect(Collectors.toList()),
                network.subnets().stream().map(SubnetRequest::of).collect(Collectors.toList()));
    }

    /** The same network with {@code subnets} instead. */
    public NetworkRequest withSubnets(List<SubnetRequest> newSubnets) {
        return new NetworkRequest(id, region, addressPrefixes, newSubnets);
    }
}
