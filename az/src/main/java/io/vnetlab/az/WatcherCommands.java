package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.NextHop;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.VirtualMachine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import io.vnetlab.dataplane.IpFlowVerification;
import io.vnetlab.model.SecurityRuleDirection;

/**
 * {@code az network watcher show-next-hop|test-connectivity}, answered by the data plane. Network Watcher is always
 * there (the CLI would otherwise enable it in the region first).
 */
final class WatcherCommands {

    private WatcherCommands() {
    }

    static NetworkInterface nicOf(Session s, VirtualMachine vm, Optional<String> nicName, String group) {
        if (nicName.isPresent()) {
            return s.nic(group, nicName.get());
        }
        return s.topology().state().primaryNetworkInterface(vm);
    }

    /** The VM's interface holding {@code address}, else its primary one (which {@link #requireSource} refuses). */
    private static NetworkInterface holding(Session s, VirtualMachine vm, IpAddress address) {
        return vm.networkInterfaceIds().stream().map(id -> s.topology().state().networkInterface(id).orElseThrow())
                .filter(n -> n.privateIpAddress().equals(address)).findFirst()
                .orElseGet(() -> s.topology().state().primaryNetworkInterface(vm));
    }

    /**
     * Network Watcher looks at the route of a packet the VM sends from {@code --source-ip}, so that address must be
     * the interface's own (docs/azure/cli-and-network-watcher.md#next-hop); Azure's code for it is not documented.
     */
    private static void requireSource(Session s, VirtualMachine vm, NetworkInterface nic, IpAddress source) {
        if (!nic.privateIpAddress().equals(source)) {
            throw AzError.service(SOURCE_NOT_ON_VM, "Source IP address " + source + " is not an address of"
                    + " network interface " + nic.name() + " of virtual machine " + vm.name() + " ("
                    + nic.privateIpAddress() + ").", 400);
        }
    }

    /** vnetlab's code for a next-hop source address the VM does not have (docs/azure/decisions.md#vnetlab-error-codes). */
    static final String SOURCE_NOT_ON_VM = "InvalidSourceIpAddress";

    static IpAddress address(String text, String option) {
        if (!IpAddress.isValid(text)) {
            throw AzError.usage("argument " + option + ": invalid IPv4 address: '" + text + "'");
        }
        return IpAddress.parse(text);
    }

    /**
     * {@code az network watcher show-next-hop} (docs/azure/cli-and-network-watcher.md#next-hop): the route the VM's
     * subnet picks for the destination. {@code routeTableId} is {@code System Route} for Azure's own routes. A peering
     * route answers with the effective route's own next hop type ({@code VNetPeering} or {@code VNetGlobalPeering});
     * the REST enum has no peering value and the Next hop overview lists "VirtualNetworkPeering", so vnetlab shows the
     * spelling of the effective route table (docs/azure/routing.md#next-hop-types).
     */
    static final class ShowNextHop implements AzCommand {
        public String name() {
            return "network watcher show-next-hop";
        }

        public List<Param> params() {
            return List.of(Param.value("resource_group", "--resource-group", "-g"),
                    Param.value("vm", "--vm").mandatory(), Param.value("source_ip", "--source-ip").mandatory(),
                    Param.value("dest_ip", "--dest-ip").mandatory(), Param.value("nic", "--nic"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.value("resource_group").orElse(null);
            VirtualMachine vm = s.vmByNameOrId(group, a.required("vm"));
            IpAddress source = address(a.required("source_ip"), "--source-ip");
            IpAddress dest = address(a.required("dest_ip"), "--dest-ip");
            NetworkInterface nic = a.value("nic").isPresent() ? nicOf(s, vm, a.value("nic"), vm.resourceGroup())
                    : holding(s, vm, source);
            requireSource(s, vm, nic, source);
            NextHop hop = s.topology().dataPlane().nextHop(nic, dest);
            ObjectNode o = Json.object();
            if (hop.nextHopIpAddress().isEmpty()) {
                o.putNull("nextHopIpAddress");
            } else {
                o.put("nextHopIpAddress", hop.nextHopIpAddress().get().toString());
            }
            o.put("nextHopType", hop.nextHopType().name());
            o.put("routeTableId", hop.routeTableId());
            return o;
        }
    }

    /**
     * {@code az network watcher test-connectivity}: whether a new connection from a VM reaches an address or another
     * VM, with Network Watcher's result shape ({@code connectionStatus} Reachable or Unreachable, {@code hops} as
     * {@link ConnectivityHops} lists them from the verdict). The data plane decides; an unreachable result carries
     * one issue at the hop that dropped the packet. Probe counts and latencies are not simulated:
     * {@code probesSent} is 30 and no latency is reported.
     */
    static final class TestConnectivity implements AzCommand {
        public String name() {
            return "network watcher test-connectivity";
        }

        public List<Param> params() {
            return List.of(Param.value("resource_group", "--resource-group", "-g"),
                    Param.value("source_resource", "--source-resource").mandatory(),
                    Param.value("source_port", "--source-port"), Param.value("dest_resource", "--dest-resource"),
                    Param.value("dest_address", "--dest-address"), Param.value("dest_port", "--dest-port"),
                    Param.value("protocol", "--protocol").choices("Http", "Https", "Icmp", "Tcp"),
                    Param.list("headers", "--headers"), Param.value("method", "--method").choices("Get"),
                    Param.list("valid_status_codes", "--valid-status-codes"),
                    Param.value("preferred_ip_version", "--preferred-ip-version").choices("IPv4", "IPv6"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.value("resource_group").orElse(null);
            VirtualMachine source = s.vmByNameOrId(group, a.required("source_resource"));
            Endpoint from = s.topology().endpoint(source);
            Endpoint to;
            if (a.value("dest_resource").isPresent()) {
                to = s.topology().endpoint(s.vmByNameOrId(group, a.required("dest_resource")));
            } else if (a.value("dest_address").isPresent()) {
                String given = a.required("dest_address");
                // an address, or a host name or URL as Network Watcher takes it (docs/azure/decisions.md#internet-names)
                to = IpAddress.isValid(given) ? s.topology().endpoint(given)
                        : InternetDestination.hostOf(given).map(InternetDestination::endpoint)
                        .orElseThrow(() -> AzError.usage("argument --dest-address: '" + given + "' is neither an IP"
                                + " address nor a host name or URL."));
            } else {
                throw AzError.command("usage error: --dest-resource ID | --dest-address ADDRESS");
            }
            Protocol protocol = protocol(a.value("protocol").orElse("Tcp"));
            Flow flow = Flow.from(from).to(to);
            // the source port does not change the verdict, but the CLI still parses it as an int
            a.value("source_port").ifPresent(port -> intValue(port, "--source-port"));
            if (a.value("dest_port").isPresent()) {
                flow = flow.on(protocol, intValue(a.required("dest_port"), "--dest-port"));
            } else {
                flow = flow.on(protocol);
            }
            Verdict verdict = s.topology().evaluate(flow);
            return result(s, s.topology().state().primaryNetworkInterface(source), verdict);
        }

        /** An option of argparse's {@code type=int}: anything else is a usage error. */
        private static int intValue(String text, String option) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw AzError.usage("argument " + option + ": invalid int value: '" + text + "'");
            }
        }

        static Protocol protocol(String text) {
            switch (text.toLowerCase(Locale.ROOT)) {
                case "tcp":
                case "http":
                case "https":
                    return Protocol.Tcp;
                case "icmp":
                    return Protocol.Icmp;
                default:
                    throw new IllegalArgumentException("not a --protocol choice: " + text);
            }
        }

        private static ObjectNode result(Session s, NetworkInterface source, Verdict verdict) {
            ObjectNode o = Json.object();
            o.putNull("avgLatencyInMs");
            o.put("connectionStatus", verdict.reachable() ? "Reachable" : "Unreachable");
            ConnectivityHops.write(o.putArray("hops"), source, verdict, s.topology().state()::networkInterface);
            o.putNull("maxLatencyInMs");
            o.putNull("minLatencyInMs");
            o.put("probesFailed", verdict.reachable() ? 0 : 30);
            o.put("probesSent", 30);
            return o;
        }
    }

    /**
     * {@code az network watcher test-ip-flow} (docs/azure/cli-and-network-watcher.md#ip-flow-verify):
     * {@code {access, ruleName}}, NSGs only. Usage errors are the CLI's ({@code custom.py check_nw_ip_flow}).
     */
    static final class TestIpFlow implements AzCommand {
        public String name() {
            return "network watcher test-ip-flow";
        }

        public List<Param> params() {
            return List.of(Commands.optionalGroupParam(),
                    Param.value("vm", "--vm").mandatory(), Param.value("direction", "--direction").choices("Inbound", "Outbound").mandatory(),
                    Param.value("protocol", "--protocol").choices("TCP", "UDP").mandatory(), Param.value("local", "--local").mandatory(),
                    Param.value("remote", "--remote").mandatory(), Param.value("nic", "--nic"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            SecurityRuleDirection direction = SecurityRuleDirection.valueOf(a.required("direction"));
            String p = a.required("protocol");
            for (String endpoint : List.of(a.required("local"), a.required("remote"))) {
                if (!endpoint.matches("\\d{1,3}(\\.\\d{1,3}){3}:\\d{1,5}")) {
                    throw AzError.command("usage error: the format of the '--local' and '--remote' should be like"
                            + " x.x.x.x:port");
                }
            }
            VirtualMachine vm = s.vmByNameOrId(a.value("resource_group").orElse(null), a.required("vm"));
            if (a.value("nic").isPresent()) {
                nicOf(s, vm, a.value("nic"), a.value("resource_group").orElse(vm.resourceGroup()));
            }
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
}
