package io.vnetlab;

import io.vnetlab.controlplane.BastionRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.Arguments;
import io.vnetlab.model.BastionSku;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The Azure Bastion hosts of a topology (docs/azure/bastion.md), each simulated as its interface in the network's
 * {@code AzureBastionSubnet}: {@code topology.endpoint("bastion")} starts the SSH or RDP sessions it opens to VMs of its
 * own and peered networks, which routes and NSGs decide.
 *
 * <pre>{@code
 * topology.bastionHosts().define("bastion").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
 *         .withExistingNetwork("hub").withPublicIpAddress("bastion-ip").withSku(BastionSku.Standard).create();
 * topology.evaluate(Flow.from(topology.endpoint("bastion")).to(topology.endpoint("spoke-vm")).on(Protocol.Tcp, 22));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BastionHosts {

    private final Topology topology;

    BastionHosts(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Arguments.requireText(name, "Bastion host name");
        return new Definition(topology, name);
    }

    /** The Bastion's interface in AzureBastionSubnet, by the Bastion's name or id. */
    public NetworkInterface get(String nameOrId) {
        return Resolver.find(list(), nameOrId, NetworkInterface::id, NetworkInterface::name, "Bastion host");
    }

    public List<NetworkInterface> list() {
        return topology.state().networkInterfaces().stream().filter(n -> n.owner() == InterfaceOwner.Bastion).toList();
    }

    public void delete(String nameOrId) {
        ResourceId id = get(nameOrId).id();
        topology.applyState(s -> ResourceManager.deleteNetworkInterface(s, id));
    }

    /** A new Bastion host; single use. */
    public static final class Definition extends PlacedDefinition<Definition> {
        private String network;
        private String publicIp;
        private BastionSku sku = BastionSku.Standard;

        Definition(Topology topology, String name) {
            super(topology, name, "Bastion host", "bastionHosts()");
        }

        /** The network whose AzureBastionSubnet (/26 or larger) the Bastion goes into. */
        public Definition withExistingNetwork(String nameOrId) {
            network = Arguments.requireText(nameOrId, "virtual network");
            return this;
        }

        /** Its Standard public IP address, by name or id. */
        public Definition withPublicIpAddress(String nameOrId) {
            publicIp = Arguments.requireText(nameOrId, "public IP address");
            return this;
        }

        /** {@code Basic}, {@code Standard} (the default) or {@code Premium}. */
        public Definition withSku(BastionSku bastionSku) {
            sku = Arguments.requireGiven(bastionSku, "Bastion SKU");
            return this;
        }

        public NetworkInterface create() {
            return createOnce(this::put, NetworkInterface::id);
        }

        private NetworkInterface put() {
            if (network == null) {
                throw new IllegalStateException("Bastion host '" + name + "' needs a network: call"
                        + " withExistingNetwork(\"...\").");
            }
            VirtualNetwork net = topology.network(network);
            ResourceId pipId = publicIp == null ? null : PublicIpAddresses.find(topology.state(), publicIp).id();
            Region region = region() != null ? region() : net.region();
            return topology.apply(s -> {
                String groupName = group.isChosen() ? group.name() : net.resourceGroup();
                TopologyState withGroup = group.isChosen() ? group.ensure(s, topology, region) : s;
                ResourceId id = ResourceId.resource(group.subscriptionId(net.subscriptionId()), groupName,
                        ResourceId.NETWORK, "bastionHosts", name);
                TopologyState next = ResourceManager.putBastionHost(withGroup, new BastionRequest(id, region,
                        net.id(), sku, pipId), PutMode.CREATE);
                return new Operation.Result<>(next, next.networkInterface(id).orElseThrow());
            });
        }
    }
}
