package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.dataplane.IpFlowVerification;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.model.VirtualMachine;

import java.util.List;

/**
 * {@code az network watcher test-ip-flow} (docs/azure/cli-and-network-watcher.md#ip-flow-verify):
 * {@code {access, ruleName}}, NSGs only. Usage errors are the CLI's ({@code custom.py check_nw_ip_flow}).
 */
final class TestIpFlowCommand implements AzCommand {
    public String name() {
        return "network watcher test-ip-flow";
    }

    public List<Param> params() {
        return List.of(Commands.optionalGroupParam(),
                Param.value("vm", "--vm").mandatory(), Param.value("direction", "--direction").mandatory(),
                Param.value("protocol", "--protocol").mandatory(), Param.value("local", "--local").mandatory(),
                Param.value("remote", "--remote").mandatory(), Param.value("nic", "--nic"));
    }

    public boolean changesState() {
        return false;
    }

    public JsonNode run(Session s, Args a) {
        SecurityRuleDirection direction = SecurityRuleDirection.valueOf(
                Commands.choice(a.required("direction"), "--direction", List.of("Inbound", "Outbound")));
        String p = Commands.choice(a.required("protocol"), "--protocol", List.of("TCP", "UDP"));
        for (String endpoint : List.of(a.required("local"), a.required("remote"))) {
            if (!endpoint.matches("\\d{1,3}(\\.\\d{1,3}){3}:\\d{1,5}")) {
                throw AzError.command("usage error: the format of the '--local' and '--remote' should be like"
                        + " x.x.x.x:port");
            }
        }
        VirtualMachine vm = s.vmByNameOrId(a.value("resource_group").orElse(null), a.required("vm"));
        IpFlowVerification v;
        try {
            v = s.topology().networkWatcher().verifyIpFlow(vm.id().toString(), direction,
                    p.equals("TCP") ? Protocol.Tcp : Protocol.Udp, a.required("local"), a.required("remote"));
        } catch (IllegalArgumentException e) {
            throw AzError.command(e.getMessage());
        }
        ObjectNode out = Json.object();
        out.put("access", v.access().name());
        out.put("ruleName", v.ruleName());
        return out;
    }
}
