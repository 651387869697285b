package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.address.IpAddress;
import io.vnetlab.controlplane.NicRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;
import java.util.Optional;

/**
 * {@code az network vnet check-ip-address}, {@code vnet list-available-ips} and {@code vnet subnet list-available-ips}:
 * whether a private address of the network is free, and the next free ones when it is not
 * (docs/azure/addressing.md#address-availability).
 *
 * <pre>{@code
 * az network vnet check-ip-address -g rg -n hub --ip-address 10.0.0.0
 *   ->  {"available": false, "availableIPAddresses": ["10.0.0.4", ..., "10.0.0.8"], "isPlatformReserved": true}
 * }</pre>
 */
final class AddressAvailabilityCommands {

    /** How many free addresses Azure lists when the one asked for is not free. */
    private static final int LISTED = 5;

    private AddressAvailabilityCommands() {
    }

    /**
     * Azure's answer for {@code address} in {@code network}: free, held or reserved in the subnet that contains it;
     * an address in no subnet is not available and nothing is listed (docs/azure/decisions.md#address-outside-subnets).
     */
    static ObjectNode availability(TopologyState state, VirtualNetwork network, IpAddress address) {
        ObjectNode o = Json.object();
        Optional<Subnet> subnet = network.subnets().stream()
                .filter(s -> s.addressPrefix().isIPv6() == address.isIPv6() && s.addressPrefix().contains(address))
                .findFirst();
        if (subnet.isPresent() && isFree(state, network, subnet.get(), address)) {
            o.put("available", true);
            o.put("isPlatformReserved", false);
            return o;
        }
        o.put("available", false);
        if (subnet.isPresent()) {
            ArrayNode free = o.putArray("availableIPAddresses");
            IpAddress last = subnet.get().addressPrefix().lastAddress();
            for (IpAddress next = address.plus(1); next.compareTo(last) < 0 && free.size() < LISTED;
                 next = next.plus(1)) {
                if (isFree(state, network, subnet.get(), next)) {
                    free.add(next.toString());
                }
            }
        }
        o.put("isPlatformReserved", subnet.isPresent() && subnet.get().isReserved(address));
        return o;
    }

    /**
     * Whether an interface could take {@code address} now: asked of the same PUT that creates an interface with that
     * static address, on a copy of the state that is then dropped, so the answer never differs from what a
     * {@code nic create --private-ip-address} would meet (reserved, or held by an interface or a load balancer
     * frontend).
     */
    private static boolean isFree(TopologyState state, VirtualNetwork network, Subnet subnet, IpAddress address) {
        if (subnet.isReserved(address)) {
            return false;
        }
        ResourceId probe = ResourceId.resource(network.id().subscriptionId(), network.id().resourceGroup(),
                ResourceId.NETWORK, "networkInterfaces", "vnetlab-address-check-" + address);
        try {
            ResourceManager.putNetworkInterface(state, new NicRequest(probe, network.region(), subnet.id(),
                    address.toString(), false), PutMode.CREATE);
            return true;
        } catch (AzureException refused) {
            if (refused.code() == AzureErrorCode.PrivateIPAddressIsAllocated) {
                return false;
            }
            throw refused;
        }
    }

    /** {@code az network vnet check-ip-address -g GROUP -n VNET --ip-address ADDRESS}. */
    static final class Check implements AzCommand {
        public String name() {
            return "network vnet check-ip-address";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.value("ip_address", "--ip-address").mandatory());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            VirtualNetwork network = s.vnet(a.required("resource_group"), a.required("name"));
            String text = a.required("ip_address");
            IpAddress address = IpAddress.tryParse(text).orElseThrow(() -> AzError.usage(
                    "argument --ip-address: '" + text + "' is not an IP address."));
            return availability(s.topology().state(), network, address);
        }
    }

    /**
     * {@code az network vnet list-available-ips -g GROUP -n VNET}: the CLI asks the availability of the first address
     * of the network's first prefix and prints the addresses listed ({@code []} when none are).
     */
    static final class ListAvailable implements AzCommand {
        public String name() {
            return "network vnet list-available-ips";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            VirtualNetwork network = s.vnet(a.required("resource_group"), a.required("name"));
            JsonNode listed = availability(s.topology().state(), network,
                    network.addressSpace().get(0).firstAddress()).get("availableIPAddresses");
            return listed == null ? Json.array() : listed;
        }
    }

    /**
     * {@code az network vnet subnet list-available-ips -g GROUP --vnet-name VNET -n SUBNET}: the availability of the
     * subnet's first address, which is reserved, so the subnet's first free addresses.
     */
    static final class ListAvailableInSubnet implements AzCommand {
        public String name() {
            return "network vnet subnet list-available-ips";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), SubnetCommands.vnetName(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            VirtualNetwork network = s.vnet(group, a.required("vnet_name"));
            Subnet subnet = s.subnet(group, a.required("vnet_name"), a.required("name"));
            JsonNode listed = availability(s.topology().state(), network, subnet.addressPrefix().firstAddress())
                    .get("availableIPAddresses");
            return listed == null ? Json.array() : listed;
        }
    }
}
