package io.vnetlab;

import io.vnetlab.model.AzureException;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;

/**
 * The virtual machines of a topology. A VM gets one network interface, named {@code <vm>VMNic} as
 * {@code az vm create} names it, with a dynamic address (the first free one from .4, AZURE-SEMANTICS §1.4) unless
 * told otherwise.
 *
 * <pre>{@code
 * topology.virtualMachines().define("SalesVM")
 *         .withExistingPrimaryNetwork("SalesVNet").withSubnet("Apps")
 *         .create();                                     // SalesVMVMNic, 10.1.1.4
 * topology.virtualMachines().define("Firewall")
 *         .withExistingPrimaryNetwork("HubVNet").withSubnet("Appliances")
 *         .withPrimaryPrivateIPAddressStatic("10.0.1.10").withIpForwarding()
 *         .create();
 * }</pre>
 */
public final class VirtualMachines {

    private final Topology topology;

    VirtualMachines(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Names.requireArgument(name, "name");
        return new Definition(topology, name);
    }

    public VirtualMachine get(String nameOrId) {
        return topology.vm(nameOrId);
    }

    public List<VirtualMachine> list() {
        return List.copyOf(topology.state().virtualMachines());
    }

    /** Deletes the VM and the network interfaces made with it, which frees their addresses. */
    public void delete(String nameOrId) {
        ResourceId id = topology.vm(nameOrId).id();
        topology.applyState(s -> ControlPlane.deleteVirtualMachine(s, id, true));
    }

    /** A new virtual machine; single use. */
    public static final class Definition {
        private final Topology topology;
        private final String name;
        private final GroupChoice group = new GroupChoice();
        private String network;
        private String subnet;
        private String staticAddress;
        private boolean ipForwarding;
        private String nicName;
        private Region region;
        private boolean created;

        Definition(Topology topology, String name) {
            this.topology = topology;
            this.name = name;
        }

        /** The network of the VM's primary interface; required, with {@link #withSubnet(String)}. */
        public Definition withExistingPrimaryNetwork(String networkNameOrId) {
            Names.requireArgument(networkNameOrId, "network");
            this.network = networkNameOrId;
            return this;
        }

        /** The subnet of the VM's primary interface; required. */
        public Definition withSubnet(String subnetName) {
            Names.requireArgument(subnetName, "subnet");
            this.subnet = subnetName;
            return this;
        }

        /** The first free address of the subnet, from .4 up (the default). */
        public Definition withPrimaryPrivateIPAddressDynamic() {
            this.staticAddress = null;
            return this;
        }

        /** A static address: unassigned, inside the subnet and not one of its five reserved addresses. */
        public Definition withPrimaryPrivateIPAddressStatic(String address) {
            Names.requireArgument(address, "address");
            this.staticAddress = address;
            return this;
        }

        /** Turns on IP forwarding on the interface, as a network virtual appliance needs (§4.4.1). */
        public Definition withIpForwarding() {
            this.ipForwarding = true;
            return this;
        }

        /** Names the interface; the default is {@code <vm>VMNic}, as {@code az vm create} names it. */
        public Definition withNetworkInterfaceName(String interfaceName) {
            Names.requireArgument(interfaceName, "interfaceName");
            this.nicName = interfaceName;
            return this;
        }

        /** The region; the default is the network's. A VM must be in its network's region. */
        public Definition withRegion(Region region) {
            this.region = region;
            return this;
        }

        public Definition withRegion(String region) {
            return withRegion(Region.fromName(region));
        }

        /** The resource group; the default is the network's. */
        public Definition withExistingResourceGroup(String resourceGroup) {
            group.existing(resourceGroup);
            return this;
        }

        /** Creates the VM and its network interface together, or neither. */
        public VirtualMachine create() {
            if (created) {
                throw new IllegalStateException("Definition of VM '" + name + "' was already created; start a new"
                        + " one with virtualMachines().define(...).");
            }
            if (network == null || subnet == null) {
                throw new IllegalStateException("VM '" + name + "' needs a network and a subnet: call"
                        + " withExistingPrimaryNetwork(\"...\").withSubnet(\"...\").");
            }
            VirtualMachine vm = topology.apply(s -> {
                VirtualNetwork net = Resolver.network(s, network);
                Region vmRegion = region != null ? region : net.region();
                String groupName = group.isChosen() ? group.name() : net.resourceGroup();
                String sub = net.subscriptionId();
                TopologyState withGroup = s;
                if (group.isChosen()) {
                    withGroup = group.ensure(s, topology, vmRegion);
                    sub = group.subscriptionId(topology);
                }
                ResourceId vmId = ResourceId.resource(sub, groupName, ResourceId.COMPUTE, "virtualMachines", name);
                ResourceId nicId = ResourceId.resource(sub, groupName, ResourceId.NETWORK, "networkInterfaces",
                        nicName != null ? nicName : name + "VMNic");
                ResourceId subnetId = net.id().child("subnets", net.subnet(subnet).map(x -> x.name()).orElse(subnet));
                ControlPlane.NicSpec nic = new ControlPlane.NicSpec(nicId, vmRegion, subnetId, staticAddress, ipForwarding);
                TopologyState next = ControlPlane.createVirtualMachine(withGroup, vmId, vmRegion, nic,
                        ControlPlane.Mode.CREATE);
                return new Operation.Result<>(next, next.virtualMachine(vmId).orElseThrow());
            });
            created = true;
            return vm;
        }
    }
}
