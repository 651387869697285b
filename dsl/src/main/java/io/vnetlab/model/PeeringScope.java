package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * What one direction of a peering joins (docs/azure/subnet-peering.md#resource-shape): the whole address spaces of
 * both networks ({@code peerCompleteVnets=true}, every peering before subnet peering), or only the named subnets of
 * each side ({@code peerCompleteVnets=false} with {@code localSubnetNames} and {@code remoteSubnetNames}), optionally
 * over IPv6 only ({@code enableOnlyIPv6Peering}).
 *
 * <pre>{@code
 * PeeringScope.subnets(List.of("app"), List.of("db"));   // only app (local) and db (remote) take part
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public record PeeringScope(boolean peerCompleteVnets, List<String> localSubnetNames, List<String> remoteSubnetNames,
                           boolean enableOnlyIPv6Peering) {

    /** A peering of the complete networks: Azure's default. */
    public static final PeeringScope COMPLETE = new PeeringScope(true, List.of(), List.of(), false);

    public PeeringScope {
        localSubnetNames = List.copyOf(localSubnetNames);
        remoteSubnetNames = List.copyOf(remoteSubnetNames);
    }

    /** A subnet peering of {@code local} subnets with {@code remote} subnets, over IPv4. */
    public static PeeringScope subnets(List<String> local, List<String> remote) {
        return new PeeringScope(false, local, remote, false);
    }

    /** Whether only chosen subnets take part. */
    public boolean isSubnetPeering() {
        return !peerCompleteVnets;
    }

    /** Whether local subnet {@code name} takes part (every subnet does in a complete peering). */
    public boolean includesLocal(String name) {
        return peerCompleteVnets || containsIgnoringCase(localSubnetNames, name);
    }

    /** Whether remote subnet {@code name} takes part (every subnet does in a complete peering). */
    public boolean includesRemote(String name) {
        return peerCompleteVnets || containsIgnoringCase(remoteSubnetNames, name);
    }

    /** The same scope seen from the other network: local and remote subnets swapped. */
    public PeeringScope reversed() {
        return new PeeringScope(peerCompleteVnets, remoteSubnetNames, localSubnetNames, enableOnlyIPv6Peering);
    }

    private static boolean containsIgnoringCase(List<String> names, String name) {
        for (String n : names) {
            if (n.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
