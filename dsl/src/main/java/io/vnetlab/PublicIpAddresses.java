package io.vnetlab;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.controlplane.ControlPlane;
import io.vnetlab.controlplane.InterfaceOperations;
import io.vnetlab.controlplane.SecurityOperations;
import io.vnetlab.controlplane.Names;
import io.vnetlab.controlplane.Resolver;
import io.vnetlab.controlplane.Operation;

import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;

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
public final class PublicIpAddresses {

    private final Topology topology;

    PublicIpAddresses(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Names.requireArgument(name, "name");
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
        return NicUpdates.apply(topology, networkInterface, spec -> new InterfaceOperations.NicSpec(spec.id(), spec.region(),
                spec.subnetId(), spec.staticAddress(), spec.ipForwarding(), spec.networkSecurityGroupId(),
                spec.applicationSecurityGroupIds(), id));
    }

    /** Removes the public address of an interface. */
    public NetworkInterface dissociateFromNetworkInterface(String networkInterface) {
        return NicUpdates.apply(topology, networkInterface, spec -> new InterfaceOperations.NicSpec(spec.id(), spec.region(),
                spec.subnetId(), spec.staticAddress(), spec.ipForwarding(), spec.networkSecurityGroupId(),
                spec.applicationSecurityGroupIds(), null));
    }

    static PublicIpAddress find(TopologyState s, String nameOrId) {
        return Resolver.find(s.all(PublicIpAddress.class), nameOrId, PublicIpAddress::id, PublicIpAddress::name,
                "public IP address");
    }

    /** A new public IP address; single use. */
    public static final class Definition {
        private final Topology topology;
        private final String name;
        private final GroupChoice group = new GroupChoice();
        private Region region;
        private PublicIpAddressSku sku = PublicIpAddressSku.Standard;
        private boolean created;

        Definition(Topology topology, String name) {
            this.topology = topology;
            this.name = name;
        }

        /** The region; required. */
        public Definition withRegion(Region region) {
            this.region = region;
            return this;
        }

        public Definition withRegion(String region) {
            return withRegion(Region.fromName(region));
        }

        public Definition withExistingResourceGroup(String resourceGroup) {
            group.existing(resourceGroup);
            return this;
        }

        public Definition withNewResourceGroup(String resourceGroup) {
            group.created(resourceGroup);
            return this;
        }

        /** {@code Standard} (the default: closed to inbound traffic unless an NSG allows it) or {@code Basic}. */
        public Definition withSku(PublicIpAddressSku sku) {
            if (sku == null) {
                throw new IllegalArgumentException("'sku' cannot be null.");
            }
            this.sku = sku;
            return this;
        }

        public PublicIpAddress create() {
            if (created) {
                throw new IllegalStateException("Definition of public IP address '" + name + "' was already created;"
                        + " start a new one with publicIpAddresses().define(...).");
            }
            if (region == null) {
                throw new IllegalStateException("Public IP address '" + name + "' needs a region: call withRegion(...).");
            }
            PublicIpAddress result = topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "publicIPAddresses", name);
                TopologyState next = SecurityOperations.putPublicIpAddress(withGroup, id, region, sku,
                        ControlPlane.Mode.CREATE);
                return new Operation.Result<>(next, next.get(PublicIpAddress.class, id).orElseThrow());
            });
            created = true;
            return result;
        }
    }
}
