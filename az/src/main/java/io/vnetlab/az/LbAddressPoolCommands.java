package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vnetlab.address.IpAddress;
import io.vnetlab.controlplane.LoadBalancerRequest;
import io.vnetlab.controlplane.LoadBalancerRequest.BackendPool;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code az network lb address-pool create|show|list|update|delete} and {@code address-pool address add|remove|list}
 * (docs/azure/load-balancers.md#backend-pools). vnetlab's pools hold interface IP configurations: an address added by
 * IP ({@code --ip-address}, {@code --vnet}) is the IP configuration of the interface holding it in that network.
 */
final class LbAddressPoolCommands extends LbPart<BackendPool> {

    static List<AzCommand> commands() {
        List<AzCommand> all = new ArrayList<>(LbPartCommands.of(new LbAddressPoolCommands()));
        all.addAll(List.of(new AddressAdd(), new AddressRemove(), new AddressList()));
        return all;
    }

    LbAddressPoolCommands() {
        super("address-pool", "backendAddressPools",
                LoadBalancerRequest::backendPools, LoadBalancerRequest::withBackendPools, BackendPool::name);
    }

    public List<Param> params() {
        return List.of();
    }

    public BackendPool build(Session s, Args a, LoadBalancer lb, String name, Optional<BackendPool> existing) {
        return new BackendPool(name, existing.map(BackendPool::ipConfigurationIds).orElse(List.of()));
    }

    private static Param poolName() {
        return Param.value("pool_name", "--pool-name").mandatory();
    }

    private static ResourceId poolId(Session s, Args a) {
        LoadBalancer lb = LoadBalancerCommands.loadBalancer(s, a.required("resource_group"), a.required("lb_name"));
        ResourceId pool = LoadBalancerCommands.part(lb, "backendAddressPools", a.required("pool_name"));
        lb.backendPool(pool).orElseThrow(() -> Session.childNotFound(pool));
        return pool;
    }

    /** An address's name follows the network provider's naming rule for child resources. */
    private static void requireAddressName(String name) {
        if (!name.matches("[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?")) {
            throw AzError.service("InvalidResourceName", "Resource name " + name + " is invalid. The name can be up"
                    + " to 80 characters long. It must begin with a word character, and it must end with a word"
                    + " character or with '_'. The name may contain word characters or '.', '-', '_'.", 400);
        }
    }

    /** The IP configuration of the interface holding {@code --ip-address} in {@code --vnet}. */
    private static ResourceId ipConfigurationAt(Session s, Args a) {
        String group = a.required("resource_group");
        ResourceId vnet = Commands.reference(s, group, "virtualNetworks", a.required("vnet"));
        String text = a.required("ip_address");
        if (!IpAddress.isValid(text)) {
            throw AzError.command("'" + text + "' is not a valid IP address.");
        }
        NetworkInterface nic = s.topology().state().networkInterfaceAt(vnet, IpAddress.parse(text))
                .orElseThrow(() -> AzError.command("No network interface in virtual network " + vnet.name()
                        + " holds " + text + ": vnetlab's backend pools hold network interface IP configurations."));
        return NicIpConfigAddressPoolCommands.ipConfigurationId(nic);
    }

    static final class AddressAdd implements AzCommand {
        public String name() {
            return "network lb address-pool address add";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), LbPartCommands.lbName(), poolName(), Commands.nameParam(),
                    Param.value("ip_address", "--ip-address").mandatory(), Param.value("vnet", "--vnet").mandatory());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            requireAddressName(a.required("name"));
            ResourceId pool = poolId(s, a);
            ResourceId config = ipConfigurationAt(s, a);
            Session.call(() -> s.topology().batch(b -> {
                b.apply(st -> ResourceManager.setBackendPoolMembership(st, pool, config, true));
                return null;
            }));
            LoadBalancer lb = s.topology().loadBalancers().get(pool.parent().orElseThrow().toString());
            return LbPartCommands.shape(lb, "backendAddressPools", pool.name());
        }
    }

    static final class AddressRemove implements AzCommand {
        public String name() {
            return "network lb address-pool address remove";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), LbPartCommands.lbName(), poolName(), Commands.nameParam(),
                    Param.value("ip_address", "--ip-address").mandatory(), Param.value("vnet", "--vnet").mandatory());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            requireAddressName(a.required("name"));
            ResourceId pool = poolId(s, a);
            ResourceId config = ipConfigurationAt(s, a);
            Session.call(() -> s.topology().batch(b -> {
                b.apply(st -> ResourceManager.setBackendPoolMembership(st, pool, config, false));
                return null;
            }));
            return null;
        }
    }

    static final class AddressList implements AzCommand {
        public String name() {
            return "network lb address-pool address list";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), LbPartCommands.lbName(), poolName());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId pool = poolId(s, a);
            LoadBalancer lb = s.topology().loadBalancers().get(pool.parent().orElseThrow().toString());
            ArrayNode list = Json.array();
            for (ResourceId config : lb.backendPool(pool).orElseThrow().ipConfigurationIds()) {
                s.topology().state().networkInterface(config.parent().orElseThrow()).ifPresent(nic -> list.add(
                        Json.object().put("name", nic.name()).put("ipAddress", nic.privateIpAddress().toString())
                                .put("networkInterfaceIpConfiguration", config.toString())));
            }
            return list;
        }
    }
}
