package io.vnetlab.diff;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.dataplane.DataPlane;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The endpoint classes of a diff: the all-pairs equivalence (same subnet, NSG, application security groups and IP
 * forwarding, unless a route more specific than the subnet or a load balancer can tell its interfaces apart) taken
 * on both sides at once, so a class is uniform before and after. VMs are those both sides have (by primary
 * interface); every on-premises site both sides have is a class; the Internet is one class, as a destination.
 */
final class JointClasses {

    /** A documentation address (RFC 5737): outside every private range, so routed as the Internet. */
    static final IpAddress INTERNET_HOST = IpAddress.parse("203.0.113.10");

    /** One class with its members as each side's data plane has them, in the same order. */
    record Joint(EndpointClass reported, List<Endpoint> before, List<Endpoint> after) {
    }

    private JointClasses() {
    }

    static List<Joint> of(DataPlane before, DataPlane after) {
        Map<List<Object>, List<Endpoint[]>> groups = new LinkedHashMap<>();
        Splits beforeSplits = new Splits(before.state());
        Splits afterSplits = new Splits(after.state());
        for (VirtualMachine vm : after.state().virtualMachines()) {
            Optional<VirtualMachine> old = before.state().virtualMachine(vm.id());
            if (old.isEmpty()) {
                continue;
            }
            NetworkInterface nowNic = after.state().primaryNetworkInterface(vm);
            NetworkInterface oldNic = before.state().primaryNetworkInterface(old.get());
            List<Object> key = List.of(beforeSplits.key(oldNic), afterSplits.key(nowNic));
            groups.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Endpoint[] {before.endpoint(oldNic), after.endpoint(nowNic)});
        }
        List<Joint> classes = new ArrayList<>();
        for (List<Endpoint[]> members : groups.values()) {
            List<Endpoint> b = members.stream().map(m -> m[0]).toList();
            List<Endpoint> a = members.stream().map(m -> m[1]).toList();
            classes.add(new Joint(new EndpointClass(EndpointClass.Kind.VIRTUAL_MACHINES, a), b, a));
        }
        for (LocalNetworkGateway site : after.state().all(LocalNetworkGateway.class)) {
            Optional<LocalNetworkGateway> old = before.state().get(LocalNetworkGateway.class, site.id());
            Optional<IpAddress> host = commonHost(old.orElse(null), site);
            if (host.isPresent()) {
                Endpoint endpoint = Endpoint.onPremises(site.id(), host.get());
                classes.add(new Joint(new EndpointClass(EndpointClass.Kind.ON_PREMISES, List.of(endpoint)),
                        List.of(endpoint), List.of(endpoint)));
            }
        }
        Endpoint internet = Endpoint.address(INTERNET_HOST);
        classes.add(new Joint(new EndpointClass(EndpointClass.Kind.INTERNET, List.of(internet)),
                List.of(internet), List.of(internet)));
        return classes;
    }

    /** A host behind the site on both sides: the first host of its first prefix that both sides route to it. */
    private static Optional<IpAddress> commonHost(LocalNetworkGateway before, LocalNetworkGateway after) {
        if (before == null) {
            return Optional.empty();
        }
        for (Cidr prefix : after.addressPrefixes()) {
            IpAddress host = prefix.prefixLength() >= 31 ? prefix.firstAddress() : prefix.firstAddress().plus(1);
            if (before.contains(host)) {
                return Optional.of(host);
            }
        }
        return Optional.empty();
    }

    /** What, in one state, can tell interfaces of one subnet apart. */
    private static final class Splits {
        private final TopologyState state;
        private final boolean loadBalanced;
        private final List<Cidr> prefixes = new ArrayList<>();

        Splits(TopologyState state) {
            this.state = state;
            this.loadBalanced = !state.all(LoadBalancer.class).isEmpty();
            for (RouteTable table : state.all(RouteTable.class)) {
                for (Route route : table.routes()) {
                    prefixes.add(route.addressPrefix());
                }
            }
            for (LocalNetworkGateway site : state.all(LocalNetworkGateway.class)) {
                prefixes.addAll(site.addressPrefixes());
            }
        }

        Object key(NetworkInterface nic) {
            Subnet subnet = state.subnet(nic.subnetId()).orElseThrow();
            if (loadBalanced || splits(subnet.addressPrefix())) {
                return nic.id();
            }
            return List.of(nic.subnetId(), Optional.ofNullable(nic.networkSecurityGroupId()),
                    List.copyOf(nic.applicationSecurityGroupIds()), nic.ipForwarding());
        }

        private boolean splits(Cidr subnet) {
            for (Cidr p : prefixes) {
                if (p.prefixLength() > subnet.prefixLength() && subnet.contains(p)) {
                    return true;
                }
            }
            return false;
        }
    }
}
