package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.PublicIpAddressRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The public IP addresses of a topology. Each gets a static address from 20.0.0.0/8 (the first free one from
 * 20.0.0.4, skipping addresses of virtual networks), Standard SKU unless told otherwise. A VM with one can be reached
 * from the Internet as its NSGs allow.
 *
 * <pre>{@code
 * topology.publicIpAddresses().define("web-ip").withRegion(Region.WEST_EUROPE).create();
 * topology.publicIpAddresses().associateWithNetworkInterface("web-ip", "webVMNic");
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class PublicIpAddresses {

    private final Topology topology;

    PublicIpAddresses(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Arguments.requireText(name, "public IP address name");
        return new Definition(topology, name);
    }

    public PublicIpAddress get(String nameOrId) {
        return find(topology.state(), nameOrId);
    }

    public List<PublicIpAddress> list() {
        return List.copyOf(topology.state().all(PublicIpAddress.class));
    }

    /** Uses the address for the interface's IP configuration (one interface per address). */
    public NetworkInterface associateWithNetworkInterface(String nameOrId, String networkInterface) {
        ResourceId id = get(nameOrId).id();
        return NicUpdates.apply(topology, networkInterface, spec -> spec.withPublicIpAddress(id));
    }

    /** Removes the public address of an interface. */
    public NetworkInterface dissociateFromNetworkInterface(String networkInterface) {
        return NicUpdates.apply(topology, networkInterface, spec -> spec.withPublicIpAddress(null));
    }

    static PublicIpAddress find(TopologyState s, String nameOrId) {
        return Resolver.find(s, PublicIpAddress.class, nameOrId, PublicIpAddress::id, PublicIpAddress::name,
                "public IP address");
    }

    /** A new public IP address; single use. */
    public static final class Definition extends PlacedDefinition<Definition> {
        private PublicIpAddressSku sku = PublicIpAddressSku.Standard;

        Definition(Topology topology, String name) {
            super(topology, name, "public IP address", "publicIpAddresses()");
        }

        /** {@code Standard} (the default: closed to inbound traffic unless an NSG allows it) or {@code Basic}. */
        public Definition withSku(PublicIpAddressSku sku) {
            this.sku = Arguments.requireGiven(sku, "SKU");
            return this;
        }

        /** An IPv6 address (docs/azure/ipv6.md#public-ip-addresses); IPv4 by default. */
        public Definition withIpv6() {
            this.ipv6 = true;
            return this;
        }

        private boolean ipv6;

        public PublicIpAddress create() {
            return createOnce(this::put, PublicIpAddress::id);
        }

        private PublicIpAddress put() {
            Region region = requireRegion("");
            return topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "publicIPAddresses", name);
                TopologyState next = ResourceManager.putPublicIpAddress(withGroup, new PublicIpAddressRequest(id, region, sku, ipv6),
                        PutMode.CREATE);
                return new Operation.Result<>(next, next.get(PublicIpAddress.class, id).orElseThrow());
            });
        }
    }
}
