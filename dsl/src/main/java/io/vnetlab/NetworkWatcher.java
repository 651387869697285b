package io.vnetlab;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.IpFlowVerification;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.model.VirtualMachine;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Network Watcher's diagnostics over the current topology.
 *
 * <pre>{@code
 * IpFlowVerification v = topology.networkWatcher().verifyIpFlow("myVm", SecurityRuleDirection.Inbound,
 *         Protocol.Tcp, "10.0.0.4:22", "203.0.113.7:60000");
 * v.access();      // Allow
 * v.ruleName();    // securityRules/default-allow-ssh
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class NetworkWatcher {

    private final Topology topology;

    NetworkWatcher(Topology topology) {
        this.topology = topology;
    }

    /**
     * The regions Network Watcher is enabled in: its instances, in creation order. A virtual network's creation or
     * update enables it in the network's region, as Azure does ({@code NetworkWatcher_westeurope} in the group
     * {@code NetworkWatcherRG}; docs/azure/cli-and-network-watcher.md#automatic-enablement).
     */
    public List<io.vnetlab.model.NetworkWatcherInstance> instances() {
        return List.copyOf(topology.state().all(io.vnetlab.model.NetworkWatcherInstance.class));
    }

    /**
     * IP flow verify, as {@code az network watcher test-ip-flow --vm --direction --protocol --local --remote} does
     * it (docs/azure/cli-and-network-watcher.md#ip-flow-verify): the NSGs of the VM's interface holding the local
     * address, and of its subnet.
     *
     * @param local the VM's private address and port, {@code 10.0.0.4:22}
     * @param remote the other end, {@code 203.0.113.7:60000}
     * @throws IllegalArgumentException if an endpoint is not {@code x.x.x.x:port}, the protocol is neither Tcp nor
     *                                  Udp, or no interface of the VM holds the local address
     */
    public IpFlowVerification verifyIpFlow(String vm, SecurityRuleDirection direction, Protocol protocol,
                                           String local, String remote) {
        if (direction == null || protocol == null) {
            throw new IllegalArgumentException("'direction' and 'protocol' cannot be null.");
        }
        String[] l = endpoint(local);
        String[] r = endpoint(remote);
        VirtualMachine machine = topology.vm(vm).snapshot();
        IpAddress localAddress = IpAddress.parse(l[0]);
        List<String> addresses = new ArrayList<>();
        for (ResourceId nicId : machine.networkInterfaceIds()) {
            NetworkInterface nic = topology.state().networkInterface(nicId).orElseThrow();
            if (nic.privateIpAddress().equals(localAddress)) {
                return topology.dataPlane().verifyIpFlow(nic, direction, protocol, localAddress,
                        Integer.parseInt(l[1]), IpAddress.parse(r[0]), Integer.parseInt(r[1]));
            }
            addresses.add(nic.privateIpAddress().toString());
        }
        throw new IllegalArgumentException("No network interface of VM '" + machine.name() + "' has address "
                + localAddress + "; its addresses: " + String.join(", ", addresses) + ".");
    }

    private static String[] endpoint(String text) {
        String usage = "usage error: the format of the '--local' and '--remote' should be like x.x.x.x:port";
        if (text == null) {
            throw new IllegalArgumentException(usage);
        }
        String[] parts = text.trim().split(":", -1);
        if (parts.length != 2 || !IpAddress.isValid(parts[0])) {
            throw new IllegalArgumentException(usage);
        }
        try {
            int port = Integer.parseInt(parts[1]);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(usage);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(usage);
        }
        return parts;
    }
}
