package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;

import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Network Watcher's answer to "what is the next hop" (docs/azure/cli-and-network-watcher.md#next-hop): the next hop
 * type, the next hop's address when it has one (an appliance, a gateway), and the id of the route table whose route
 * decided, or {@code System Route}.
 *
 * <pre>{@code
 * NextHop hop = topology.nextHop("spoke1-vm", "10.1.1.4", "10.2.1.4");
 * hop.nextHopType();      // VirtualAppliance
 * hop.nextHopIpAddress(); // Optional[10.0.1.4]
 * hop.routeTableId();     // /subscriptions/.../routeTables/spoke1-rt
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public record NextHop(NextHopType nextHopType, IpAddress nextHopIp, String routeTableId) {

    /** What Network Watcher prints as route table id when no user route decided. */
    public static final String SYSTEM_ROUTE = "System Route";

    public Optional<IpAddress> nextHopIpAddress() {
        return Optional.ofNullable(nextHopIp);
    }

    @Override
    public String toString() {
        return nextHopType + (nextHopIp == null ? "" : " " + nextHopIp) + " (" + routeTableId + ")";
    }
}
