package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.NetworkSecurityGroupRequest;
import io.vnetlab.controlplane.NicRequest;
import io.vnetlab.controlplane.PublicIpAddressRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.SecurityRuleRequest;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.controlplane.VirtualMachineRequest;

import io.vnetlab.model.AzureException;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The virtual machines of a topology. A VM gets one network interface, named {@code <vm>VMNic} as
 * {@code az vm create} names it, with a dynamic address (the first free one from .4,
 * docs/azure/addressing.md#private-ip-allocation) unless told otherwise.
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
@API(status = STABLE, since = "0.1")
public final class VirtualMachines {

    private final Topology topology;

    VirtualMachines(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Arguments.requireText(name, "virtual machine name");
        return new Definition(topology, name);
    }

    public VirtualMachine get(String nameOrId) {
        return topology.vm(nameOrId).snapshot();
    }

    public List<VirtualMachine> list() {
        return List.copyOf(topology.state().virtualMachines());
    }

    /** Deletes the VM and the network interfaces made with it, which frees their addresses. */
    public void delete(String nameOrId) {
        ResourceId id = topology.vm(nameOrId).id();
        topology.applyState(s -> ResourceManager.deleteVirtualMachine(s, id, true));
    }

    /** A new virtual machine; single use. */
    public static final class Definition extends PlacedDefinition<Definition> {
        private String network;
        private String subnet;
        private String staticAddress;
        private boolean ipForwarding;
        private String nicName;

        Definition(Topology topology, String name) {
            super(topology, name, "VM", "virtualMachines()");
        }

        /** The network of the VM's primary interface; required, with {@link #withSubnet(String)}. */
        public Definition withExistingPrimaryNetwork(String networkNameOrId) {
            Arguments.requireText(networkNameOrId, "virtual network");
            this.network = networkNameOrId;
            return this;
        }

        /** The subnet of the VM's primary interface; required. */
        public Definition withSubnet(String subnetName) {
            Arguments.requireText(subnetName, "subnet name");
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
            Arguments.requireText(address, "private IP address");
            this.staticAddress = address;
            return this;
        }

        /**
         * Turns on IP forwarding on the interface, as a network virtual appliance needs
         * (docs/azure/routing.md#ip-forwarding).
         */
        public Definition withIpForwarding() {
            this.ipForwarding = true;
            return this;
        }

        /**
         * Gives the interface a second IP configuration with an IPv6 address from its dual-stack subnet
         * (docs/azure/ipv6.md#network-interfaces).
         */
        public Definition withIpv6() {
            this.ipv6 = true;
            return this;
        }

        private boolean ipv6;

        /** Names the interface; the default is {@code <vm>VMNic}, as {@code az vm create} names it. */
        public Definition withNetworkInterfaceName(String interfaceName) {
            Arguments.requireText(interfaceName, "network interface name");
            this.nicName = interfaceName;
            return this;
        }

        /** Creates the VM and its network interface together, or neither. */
        public VirtualMachine create() {
            return createOnce(this::put, VirtualMachine::id);
        }

        private VirtualMachine put() {
            if (network == null || subnet == null) {
                throw new IllegalStateException("VM '" + name + "' needs a network and a subnet: call"
                        + " withExistingPrimaryNetwork(\"...\").withSubnet(\"...\").");
            }
            return topology.apply(s -> {
                VirtualNetwork net = Resolver.network(s, network);
                Region vmRegion = region() != null ? region() : net.region();
                String groupName = group.isChosen() ? group.name() : net.resourceGroup();
                String sub = group.subscriptionId(net.subscriptionId());
                TopologyState withGroup = group.isChosen() ? group.ensure(s, topology, vmRegion) : s;
                ResourceId vmId = ResourceId.resource(sub, groupName, ResourceId.COMPUTE, "virtualMachines", name);
                ResourceId nicId = ResourceId.resource(sub, groupName, ResourceId.NETWORK, "networkInterfaces",
                        nicName != null ? nicName : name + "VMNic");
                ResourceId subnetId = net.id().child("subnets", net.subnet(subnet).map(x -> x.name()).orElse(subnet));
                NicRequest nic = new NicRequest(nicId, vmRegion, subnetId, staticAddress, ipForwarding).withIpv6(ipv6);
                Operation.Result<NicRequest> secured = security(withGroup, sub, groupName, vmRegion, nic);
                TopologyState next = ResourceManager.putVirtualMachine(secured.state(),
                        new VirtualMachineRequest(vmId, vmRegion, List.of(nicId)), secured.value(), PutMode.CREATE);
                return new Operation.Result<>(next, next.virtualMachine(vmId).orElseThrow());
            });
        }

        // ---- network security groups, application security groups, public IPs

        private String networkSecurityGroup;
        private boolean noNetworkSecurityGroup;
        private final java.util.List<String> applicationSecurityGroups = new java.util.ArrayList<>();
        private String publicIpAddress;
        private boolean newPublicIpAddress;
        private boolean noPublicIpAddress;
        private boolean azCliDefaults;

        /**
         * Builds the VM's networking as {@code az vm create} does by default
         * (docs/azure/network-security-groups.md#vm-create-defaults): interface {@code <vm>VMNic}, a new Standard
         * public IP {@code <vm>PublicIP}, and a new NSG {@code <vm>NSG} on the interface with rule
         * {@code default-allow-ssh} (priority 1000, inbound TCP 22 from any source). Combine with
         * {@link #withExistingNetworkSecurityGroup(String)} ({@code --nsg NAME}),
         * {@link #withoutNetworkSecurityGroup()} ({@code --nsg ""}) or {@link #withoutPrimaryPublicIPAddress()}
         * ({@code --public-ip-address ""}).
         */
        public Definition withAzCliDefaults() {
            this.azCliDefaults = true;
            return this;
        }

        /** Associates an existing NSG with the VM's interface. */
        public Definition withExistingNetworkSecurityGroup(String nameOrId) {
            Arguments.requireText(nameOrId, "network security group");
            this.networkSecurityGroup = nameOrId;
            this.noNetworkSecurityGroup = false;
            return this;
        }

        /** No NSG on the VM's interface, even with {@link #withAzCliDefaults()} ({@code az vm create --nsg ""}). */
        public Definition withoutNetworkSecurityGroup() {
            this.networkSecurityGroup = null;
            this.noNetworkSecurityGroup = true;
            return this;
        }

        /** Puts the VM's interface in an application security group; repeat for several ({@code --asgs}). */
        public Definition withExistingApplicationSecurityGroup(String nameOrId) {
            Arguments.requireText(nameOrId, "application security group");
            applicationSecurityGroups.add(nameOrId);
            return this;
        }

        /** Uses an existing public IP address for the VM's interface. */
        public Definition withExistingPrimaryPublicIPAddress(String nameOrId) {
            Arguments.requireText(nameOrId, "public IP address");
            this.publicIpAddress = nameOrId;
            this.noPublicIpAddress = false;
            return this;
        }

        /** Creates a Standard public IP address {@code <vm>PublicIP} for the VM's interface. */
        public Definition withNewPrimaryPublicIPAddress() {
            this.newPublicIpAddress = true;
            this.noPublicIpAddress = false;
            return this;
        }

        /** No public IP address, even with {@link #withAzCliDefaults()}. */
        public Definition withoutPrimaryPublicIPAddress() {
            this.publicIpAddress = null;
            this.newPublicIpAddress = false;
            this.noPublicIpAddress = true;
            return this;
        }

        /** Creates what the VM's interface needs (public IP, NSG) and returns the interface spec that uses them. */
        private Operation.Result<NicRequest> security(TopologyState s, String subscription, String groupName,
                                                                Region vmRegion, NicRequest nic) {
            TopologyState next = s;
            ResourceId nsgId = null;
            if (networkSecurityGroup != null) {
                nsgId = NetworkSecurityGroups.find(next, networkSecurityGroup).id();
            } else if (azCliDefaults && !noNetworkSecurityGroup) {
                nsgId = ResourceId.resource(subscription, groupName, ResourceId.NETWORK, "networkSecurityGroups",
                        name + "NSG");
                SecurityRuleRequest ssh = new SecurityRuleRequest("default-allow-ssh", 1000,
                        io.vnetlab.model.SecurityRuleDirection.Inbound, io.vnetlab.model.SecurityRuleAccess.Allow,
                        io.vnetlab.model.Protocol.Tcp, List.of("*"), List.of("*"), List.of("*"), List.of("22"),
                        List.of(), List.of(), null);
                next = ResourceManager.putNetworkSecurityGroup(next, new NetworkSecurityGroupRequest(nsgId, vmRegion,
                        List.of(ssh)), PutMode.CREATE);
            }
            ResourceId pipId = null;
            if (publicIpAddress != null) {
                pipId = PublicIpAddresses.find(next, publicIpAddress).id();
            } else if (newPublicIpAddress || (azCliDefaults && !noPublicIpAddress)) {
                pipId = ResourceId.resource(subscription, groupName, ResourceId.NETWORK, "publicIPAddresses",
                        name + "PublicIP");
                next = ResourceManager.putPublicIpAddress(next, new PublicIpAddressRequest(pipId, vmRegion,
                        io.vnetlab.model.PublicIpAddressSku.Standard), PutMode.CREATE);
            }
            java.util.List<ResourceId> asgIds = new java.util.ArrayList<>();
            for (String asg : applicationSecurityGroups) {
                asgIds.add(ApplicationSecurityGroups.find(next, asg).id());
            }
            return new Operation.Result<>(next, nic.withNetworkSecurityGroup(nsgId).withApplicationSecurityGroups(asgIds)
                    .withPublicIpAddress(pipId));
        }
    }
}
