package io.vnetlab;

import io.vnetlab.controlplane.PublicIpPrefixRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.Arguments;
import io.vnetlab.model.PublicIpPrefix;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The public IP prefixes of a topology: blocks of /28 to /31 Standard public addresses from the simulated prefix
 * pool, which a NAT gateway can use whole (docs/azure/outbound-access.md#public-ip-prefixes).
 *
 * <pre>{@code
 * topology.publicIpPrefixes().define("nat-prefix").withRegion(Region.EAST_US).withPrefixLength(30).create();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PublicIpPrefixes {

    private final Topology topology;

    PublicIpPrefixes(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Arguments.requireText(name, "public IP prefix name");
        return new Definition(topology, name);
    }

    public PublicIpPrefix get(String nameOrId) {
        return find(topology.state(), nameOrId);
    }

    public List<PublicIpPrefix> list() {
        return List.copyOf(topology.state().all(PublicIpPrefix.class));
    }

    /** Deletes a public IP prefix; Azure refuses while a NAT gateway uses it. */
    public void delete(String nameOrId) {
        ResourceId id = get(nameOrId).id();
        topology.applyState(s -> ResourceManager.deletePublicIpPrefix(s, id));
    }

    static PublicIpPrefix find(TopologyState s, String nameOrId) {
        return Resolver.find(s, PublicIpPrefix.class, nameOrId, PublicIpPrefix::id, PublicIpPrefix::name,
                "public IP prefix");
    }

    /** A new public IP prefix; single use. */
    public static final class Definition extends PlacedDefinition<Definition> {
        private int length = 28;

        Definition(Topology topology, String name) {
            super(topology, name, "public IP prefix", "publicIpPrefixes()");
        }

        /** The prefix length, 28 (the default, 16 addresses) to 31. */
        public Definition withPrefixLength(int prefixLength) {
            this.length = prefixLength;
            return this;
        }

        public PublicIpPrefix create() {
            return createOnce(this::put, PublicIpPrefix::id);
        }

        private PublicIpPrefix put() {
            Region region = requireRegion("");
            return topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "publicIPPrefixes", name);
                TopologyState next = ResourceManager.putPublicIpPrefix(withGroup,
                        new PublicIpPrefixRequest(id, region, length), PutMode.CREATE);
                return new Operation.Result<>(next, next.get(PublicIpPrefix.class, id).orElseThrow());
            });
        }
    }
}
