package io.vnetlab.az;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every emulated command by name, and the command groups they form. The commands of one CLI group are nested in
 * that group's class ({@code az network route-table route} in {@code RouteCommands}), listed here group by group.
 */
final class Registry {

    /**
     * Real CLI commands the emulation does not have, with the reason; they answer with that reason instead of
     * "misspelled".
     */
    static final Map<String, String> NOT_YET = new LinkedHashMap<>();

    static {
        NOT_YET.put("vm extension", "vnetlab simulates networking only; VM extensions run nothing");
        NOT_YET.put("vm get-instance-view", "not emulated yet; use az vm show -d");
        NOT_YET.put("role", "vnetlab does not simulate Azure RBAC (docs/azure/peering.md#across-subscriptions-and-tenants)");
    }

    private final Map<String, AzCommand> commands = new LinkedHashMap<>();
    private final Set<String> groups = new TreeSet<>();

    static Registry standard() {
        Registry r = new Registry();
        List.of(new GroupCommands.Create(), new GroupCommands.Show(), new GroupCommands.ListGroups(),
                new GroupCommands.Delete(),
                new AccountCommands.Show(), new AccountCommands.Set(),
                new VnetCommands.Create(), new VnetCommands.Show(), new VnetCommands.ListVnets(),
                new VnetCommands.Update(), new VnetCommands.Delete(),
                new SubnetCommands.Create(), new SubnetCommands.Show(), new SubnetCommands.ListSubnets(),
                new SubnetCommands.Update(), new SubnetCommands.Delete(),
                new PeeringCommands.Create(), new PeeringCommands.Show(), new PeeringCommands.ListPeerings(),
                new PeeringCommands.Update(), new PeeringCommands.Delete(), new PeeringCommands.Sync(),
                new VmCommands.Create(), new VmCommands.ListVms(), new VmCommands.Show(), new VmCommands.Delete(),
                new VmCommands.ListIpAddresses(),
                new NicCommands.Show(), new NicCommands.ListNics(), new NicCommands.Update(), new NicCommands.ShowEffectiveRouteTable(),
                new WatcherCommands.ShowNextHop(), new WatcherCommands.TestConnectivity())
                .forEach(r::register);
        List.of(new RouteTableCommands.Create(), new RouteTableCommands.Show(), new RouteTableCommands.ListTables(),
                new RouteCommands.Create(), new RouteCommands.Show(), new RouteCommands.ListRoutes(),
                new RouteCommands.Delete(),
                new VnetGatewayCommands.Create(), new LocalGatewayCommands.Create(), new VpnConnectionCommands.Create(),
                new NsgCommands.Create(), new NsgCommands.Show(), new NsgCommands.ListNsgs(), new NsgCommands.Delete(),
                new NsgRuleCommands.Create(), new NsgRuleCommands.Show(), new NsgRuleCommands.ListRules(),
                new NsgRuleCommands.Update(), new NsgRuleCommands.Delete(),
                new AsgCommands.Create(), new PublicIpCommands.Create(), new NicCommands.ListEffectiveNsg(),
                new WatcherCommands.TestIpFlow(),
                new DeploymentCommands.Create(), new DeploymentCommands.Show(),
                new DeploymentCommands.ListDeployments())
                .forEach(r::register);
        List.of(new LoadBalancerCommands.Create(), new LoadBalancerCommands.Show(),
                new LoadBalancerCommands.ListLoadBalancers(), new LoadBalancerCommands.Update(),
                new LoadBalancerCommands.Delete()).forEach(r::register);
        LbFrontendIpCommands.commands().forEach(r::register);
        LbAddressPoolCommands.commands().forEach(r::register);
        LbProbeCommands.commands().forEach(r::register);
        LbRuleCommands.commands().forEach(r::register);
        LbInboundNatRuleCommands.commands().forEach(r::register);
        LbOutboundRuleCommands.commands().forEach(r::register);
        NicIpConfigAddressPoolCommands.commands().forEach(r::register);
        List.of(new NetworkManagerCommands.Create(), new NetworkManagerCommands.Show(),
                new NetworkManagerCommands.ListManagers(), new NetworkManagerCommands.Delete(),
                new NetworkManagerCommands.PostCommit(), new NetworkManagerCommands.ListDeployStatus())
                .forEach(r::register);
        List.of(NetworkGroupCommands.commands(), StaticMemberCommands.commands(), ConnectConfigCommands.commands(),
                SecurityAdminConfigCommands.commands(), RuleCollectionCommands.commands(), AdminRuleCommands.commands())
                .forEach(commands -> commands.forEach(r::register));
        return r;
    }

    void register(AzCommand command) {
        commands.put(command.name(), command);
        String[] words = command.name().split(" ");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            prefix.append(i == 0 ? "" : " ").append(words[i]);
            groups.add(prefix.toString());
        }
    }

    Optional<AzCommand> command(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    boolean isGroup(String name) {
        return groups.contains(name) || NOT_YET.keySet().stream().anyMatch(k -> k.startsWith(name + " "));
    }

    Map<String, AzCommand> commands() {
        return commands;
    }

    /** Why a real command is not emulated, if it is one of those. */
    static Optional<String> notYet(String path) {
        return NOT_YET.entrySet().stream().filter(e -> path.equals(e.getKey()) || path.startsWith(e.getKey() + " "))
                .map(Map.Entry::getValue).findFirst();
    }
}
