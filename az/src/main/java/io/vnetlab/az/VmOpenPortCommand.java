package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.NetworkSecurityGroups;
import io.vnetlab.controlplane.NetworkSecurityGroupRequest;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code az vm open-port}: allows inbound traffic to a port of a VM's only interface, as azure-cli vm
 * {@code custom.py open_vm_port} does (docs/azure/network-security-groups.md#vm-open-port). The rule
 * {@code open-port-<port>} ({@code open-port-all} for {@code *}) allows any protocol from anywhere, priority 900 unless
 * {@code --priority} says otherwise, in the interface's NSG, or the subnet's with {@code --apply-to-subnet}; when there
 * is none, the command creates {@code --nsg-name} (by default {@code <vm>_NSG_<hash>}, the CLI's
 * {@code validate_nsg_name}) and associates it. It prints the NSG. The whole change is one batch: all of it, or none.
 */
final class VmOpenPortCommand implements AzCommand {

    static final int DEFAULT_PRIORITY = 900;

    public String name() {
        return "vm open-port";
    }

    public List<Param> params() {
        return List.of(Commands.groupParam(), Commands.nameParam(), Param.value("port", "--port").mandatory(),
                Param.value("priority", "--priority"), Param.value("network_security_group_name", "--nsg-name"),
                Param.flag("apply_to_subnet", "--apply-to-subnet"));
    }

    public boolean changesState() {
        return true;
    }

    public JsonNode run(Session s, Args a) {
        String group = a.required("resource_group");
        VirtualMachine vm = s.vm(group, a.required("name"));
        if (vm.networkInterfaceIds().size() > 1) {
            throw AzError.command("Multiple NICs is not supported for this command. Create rules on the NSG directly.");
        }
        String port = a.required("port");
        int priority = a.value("priority").map(NsgRuleCommands::priority).orElse(DEFAULT_PRIORITY);
        NetworkInterface nic = s.topology().state().networkInterface(vm.networkInterfaceIds().get(0)).orElseThrow();
        Subnet subnet = s.topology().state().subnet(nic.subnetId()).orElseThrow();
        boolean onSubnet = a.flag("apply_to_subnet");
        ResourceId existing = onSubnet ? subnet.networkSecurityGroupId() : nic.networkSecurityGroupId();
        String ruleName = "*".equals(port) ? "open-port-all" : "open-port-" + port;
        NetworkSecurityGroup opened = Session.call(() -> s.topology().batch(b -> {
            ResourceId nsgId = existing;
            if (nsgId == null) {
                nsgId = s.id(group, ResourceId.NETWORK, "networkSecurityGroups",
                        a.value("network_security_group_name").orElseGet(() -> defaultNsgName(vm)));
                b.putNetworkSecurityGroup(new NetworkSecurityGroupRequest(nsgId, vm.region(), List.of()));
            }
            NetworkSecurityGroups groups = s.topology().networkSecurityGroups();
            NetworkSecurityGroup current = groups.get(nsgId.toString());
            NetworkSecurityGroups.Update update = groups.update(nsgId.toString());
            if (current.securityRule(ruleName).isPresent()) {
                update.withoutRule(current.securityRule(ruleName).map(SecurityRule::name).orElseThrow());
            }
            update.defineRule(ruleName).allowInbound().fromAddresses("*").toAddresses("*").fromPortRanges("*")
                    .toPortRanges(port).withProtocol(Protocol.Any).withPriority(priority).attach().apply();
            if (existing == null && onSubnet) {
                groups.associateWithSubnet(nsgId.toString(), subnet.networkId().toString(), subnet.name());
            } else if (existing == null) {
                groups.associateWithNetworkInterface(nsgId.toString(), nic.id().toString());
            }
            return groups.get(nsgId.toString());
        }));
        return NetworkShapes.nsg(s.topology().state(), opened);
    }

    /** azure-cli vm {@code _validators.py validate_nsg_name}: the VM's name and the start of its id's SHA-256. */
    static String defaultNsgName(VirtualMachine vm) {
        String id = "/subscriptions/" + vm.id().subscriptionId() + "/resourceGroups/" + vm.resourceGroup()
                + "/providers/Microsoft.Compute/virtualMachines/" + vm.name();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return vm.name() + "_NSG_" + HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
