package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.controlplane.NicRequest;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * {@code az network nic ip-config create|show|list|update|delete}: an interface's primary IP configuration (named
 * {@code ipconfig1}, or {@code ipconfig<vm>} on an interface {@code az vm create} made) and its secondary IPv4
 * configurations, each with a private address of its own in the interface's subnet
 * (docs/azure/addressing.md#secondary-ip-configurations).
 */
final class IpConfigCommands {

    private IpConfigCommands() {
    }

    private static List<Param> params() {
        return List.of(Commands.groupParam(), Param.value("nic_name", "--nic-name").mandatory(),
                Commands.nameParam());
    }

    /** The interface's IP configuration of that name, as the CLI prints it, or the network provider's "not found". */
    static JsonNode ipConfig(NetworkInterface nic, String name) {
        return ipConfig(Shapes.nic(nic), nic, name);
    }

    /** ... with the load balancer pools and NAT rules it belongs to, as the CLI prints them. */
    static JsonNode ipConfig(Session s, NetworkInterface nic, String name) {
        return ipConfig(NicLoadBalancerRefs.nic(s.topology().state(), nic), nic, name);
    }

    private static JsonNode ipConfig(JsonNode shown, NetworkInterface nic, String name) {
        for (JsonNode config : shown.path("ipConfigurations")) {
            if (config.path("name").asText().equalsIgnoreCase(name)) {
                return config;
            }
        }
        throw Session.childNotFound(nic.id().child("ipConfigurations", name));
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network nic ip-config show";
        }

        public List<Param> params() {
            return IpConfigCommands.params();
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return ipConfig(s, s.nic(a.required("resource_group"), a.required("nic_name")), a.required("name"));
        }
    }

    static final class ListConfigs implements AzCommand {
        public String name() {
            return "network nic ip-config list";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Param.value("nic_name", "--nic-name").mandatory());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Shapes.nic(s.nic(a.required("resource_group"), a.required("nic_name"))).path("ipConfigurations");
        }
    }

    /**
     * {@code --private-ip-address} fixes the address (static allocation), {@code --public-ip-address NAME|ID}
     * associates a public IP and {@code --public-ip-address ""} removes it; on the primary configuration,
     * {@code --application-security-groups} replaces its application security groups ({@code ""}: none) and
     * {@code --subnet [--vnet-name]} names its subnet; a PUT of the whole interface.
     */
    static final class Update implements AzCommand {
        public String name() {
            return "network nic ip-config update";
        }

        private static List<Param> ownParams() {
            return List.of(Commands.groupParam(), Param.value("nic_name", "--nic-name").mandatory(),
                    Commands.nameParam(), Param.value("private_ip", "--private-ip-address"),
                    Param.value("public_ip", "--public-ip-address").emptyMeansNone(),
                    Param.list("asgs", "--application-security-groups", "--asgs").emptyMeansNone(),
                    Param.value("subnet", "--subnet"), Param.value("vnet_name", "--vnet-name"),
                    Param.flag("no_wait", "--no-wait"));
        }

        public List<Param> params() {
            List<Param> all = new java.util.ArrayList<>(ownParams());
            all.addAll(all.size() - 1, LbMembershipOptions.params());
            return all;
        }

        public boolean changesState() {
            return true;
        }

        /**
         * The configuration's own changes and, when {@code --lb-address-pools} or {@code --lb-inbound-nat-rules} is
         * given, its pools or NAT rules made exactly those (the CLI's PUT replaces the lists; {@code ""} empties one),
         * all in one change: a pool the configuration cannot join leaves it as it was.
         */
        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            NetworkInterface nic = s.nic(group, a.required("nic_name"));
            String configName = ipConfig(nic, a.required("name")).path("name").asText();
            ResourceId configId = nic.id().child("ipConfigurations", configName);
            LbMembershipOptions.Membership membership = LbMembershipOptions.resolve(s, group, a, configId);
            NetworkInterface updated = Session.call(() -> s.topology().batch(b -> {
                putConfiguration(s, a, group, nic, configName);
                b.apply(state -> membership.replaceIn(state, configId, LbMembershipOptions.namesPools(a),
                        LbMembershipOptions.namesNatRules(a)));
                return b.state().networkInterface(nic.id()).orElseThrow();
            }));
            return a.flag("no_wait") ? null : ipConfig(s, updated, configName);
        }

        private static void putConfiguration(Session s, Args a, String group, NetworkInterface nic,
                                             String configName) {
            List<ResourceId> asgs = a.list("asgs").stream().filter(v -> !v.isEmpty())
                    .map(g -> AsgCommands.asg(s, group, g).id()).toList();
            if (a.has("vnet_name") && !a.has("subnet")) {
                throw AzError.command("usage error: --subnet ID | --subnet NAME --vnet-name NAME");
            }
            ResourceId subnetId = a.has("subnet") ? NicCommands.Create.subnetId(s, group, a) : nic.subnetId();
            if ((a.has("asgs") || !subnetId.equals(nic.subnetId())) && !isPrimary(nic, configName)) {
                throw AzError.usage("argument --application-security-groups/--subnet: vnetlab keeps an interface's"
                        + " application security groups and subnet on its primary IP configuration; update that one.");
            }
            ResourceId pip = a.value("public_ip").filter(v -> !v.isEmpty())
                    .map(v -> Commands.reference(s, group, "publicIPAddresses", v)).orElse(null);
            SubnetCommands.requireReference(s, pip, PublicIpAddress.class, nic.id());
            if (nic.ipv6IpConfigurationName().filter(configName::equalsIgnoreCase).isPresent()) {
                requireIpv6Unchanged(a, pip);
                return;
            }
            if (!isPrimary(nic, configName)) {
                putSecondary(s, a, nic, configName, a.has("public_ip") ? pip
                        : nic.secondaryIpConfiguration(configName).orElseThrow().publicIpAddressId());
                return;
            }
            NicRequest request = NicRequest.of(nic);
            if (a.has("public_ip")) {
                request = request.withPublicIpAddress(pip);
            }
            if (a.has("asgs")) {
                request = request.withApplicationSecurityGroups(asgs);
            }
            if (a.has("private_ip") || !subnetId.equals(nic.subnetId())) {
                request = new NicRequest(request.id(), request.region(), subnetId,
                        a.value("private_ip").orElse(request.staticAddress()),
                        request.ipForwarding(), request.networkSecurityGroupId(),
                        request.applicationSecurityGroupIds(), request.publicIpAddressId(), request.owner(),
                        request.ipv6());
            }
            NicRequest put = request;
            Session.call(() -> s.topology().batch(b -> b.putNetworkInterface(put)));
        }
    }

    /**
     * The IPv6 configuration's PUT: its address stays dynamic and it has no public IP in vnetlab, so there is
     * nothing else to change (docs/azure/ipv6.md#network-interfaces).
     */
    private static void requireIpv6Unchanged(Args a, ResourceId pip) {
        if (a.has("private_ip")) {
            throw AzError.usage("argument --private-ip-address: vnetlab gives an IPv6 IP configuration a dynamic"
                    + " address from the subnet's IPv6 prefix; leave --private-ip-address out.");
        }
        if (pip != null) {
            throw AzError.usage("argument --public-ip-address: vnetlab does not emulate a public IP address on"
                    + " an IPv6 IP configuration; give the load balancer the IPv6 public IP as a frontend.");
        }
    }

    /** A secondary configuration's PUT: its address fixed by {@code --private-ip-address}, or kept. */
    private static void putSecondary(Session s, Args a, NetworkInterface nic, String name, ResourceId pip) {
        io.vnetlab.model.IpConfiguration current = nic.secondaryIpConfiguration(name).orElseThrow();
        String address = a.value("private_ip").orElse(current.allocationMethod() == IpAllocationMethod.Static
                ? current.privateIpAddress().toString() : null);
        Session.call(() -> s.topology().batch(b -> {
            b.apply(state -> ResourceManager.putIpConfiguration(state, nic.id(), name, null, address, pip));
            return null;
        }));
    }

    /** Whether the configuration of that name, as printed, is the interface's primary one. */
    static boolean isPrimary(NetworkInterface nic, String name) {
        return ipConfig(nic, name).path("primary").asBoolean(false);
    }

    /**
     * {@code az network nic ip-config create}: a secondary IPv4 configuration, at {@code --private-ip-address} or
     * the subnet's first free address, with the public IP {@code --public-ip-address} names; a PUT of that
     * configuration when the name exists. {@code --private-ip-address-version IPv6} makes it the interface's IPv6
     * configuration instead (docs/azure/ipv6.md#network-interfaces). {@code --lb-name --lb-address-pools
     * --lb-inbound-nat-rules} join it to pools and NAT rules in the same change. Prints the configuration, as the
     * CLI does.
     *
     * <pre>{@code
     * az network nic ip-config create -g rg --nic-name nic0 -n ipv6 --private-ip-address-version IPv6 \
     *     --lb-name lb --lb-address-pools pool-v6
     * }</pre>
     */
    static final class Create implements AzCommand {
        public String name() {
            return "network nic ip-config create";
        }

        public List<Param> params() {
            return withMembership(Commands.groupParam(), Param.value("nic_name", "--nic-name").mandatory(),
                    Commands.nameParam(), Param.value("private_ip", "--private-ip-address"),
                    Param.value("version", "--private-ip-address-version").choices("IPv4", "IPv6"),
                    Param.value("public_ip", "--public-ip-address").emptyMeansNone(),
                    Param.value("subnet", "--subnet"), Param.value("vnet_name", "--vnet-name"),
                    Param.flag("no_wait", "--no-wait"));
        }

        private static List<Param> withMembership(Param... own) {
            List<Param> all = new java.util.ArrayList<>(List.of(own));
            all.addAll(LbMembershipOptions.params());
            return all;
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            NetworkInterface nic = s.nic(group, a.required("nic_name"));
            String name = a.required("name");
            boolean ipv6 = a.value("version").filter("IPv6"::equals).isPresent();
            if (ipv6 && a.value("public_ip").filter(v -> !v.isEmpty()).isPresent()) {
                throw AzError.usage("argument --public-ip-address: vnetlab does not emulate a public IP address on"
                        + " an IPv6 IP configuration; give the load balancer the IPv6 public IP as a frontend.");
            }
            if (ipv6 && a.has("private_ip")) {
                throw AzError.usage("argument --private-ip-address: vnetlab gives an IPv6 IP configuration a dynamic"
                        + " address from the subnet's IPv6 prefix; leave --private-ip-address out.");
            }
            if (hasConfiguration(nic, name) && isPrimary(nic, name)) {
                throw AzError.command("IP configuration '" + name + "' is the primary one of network interface '"
                        + nic.name() + "'; change it with 'az network nic ip-config update'.");
            }
            // a network named without a subnet must still exist, as the CLI resolves it
            a.value("vnet_name").ifPresent(vnet -> s.vnet(group, vnet));
            ResourceId subnet = a.value("subnet").map(v -> ResourceId.looksLikeId(v) ? ResourceId.parse(v)
                    : s.subnet(group, a.value("vnet_name").orElse(nic.networkId().name()), v).id()).orElse(null);
            ResourceId pip = a.value("public_ip").filter(v -> !v.isEmpty())
                    .map(v -> Commands.reference(s, group, "publicIPAddresses", v)).orElse(null);
            SubnetCommands.requireReference(s, pip, PublicIpAddress.class, nic.id());
            ResourceId configId = nic.id().child("ipConfigurations", name);
            LbMembershipOptions.Membership membership = LbMembershipOptions.resolve(s, group, a, configId);
            NetworkInterface updated = Session.call(() -> s.topology().batch(b -> {
                b.apply(state -> ipv6 ? ResourceManager.putIpv6Configuration(state, nic.id(), name, subnet)
                        : ResourceManager.putIpConfiguration(state, nic.id(), name, subnet,
                                a.value("private_ip").orElse(null), pip));
                b.apply(state -> membership.applyTo(state, configId));
                return b.state().networkInterface(nic.id()).orElseThrow();
            }));
            return a.flag("no_wait") ? null : ipConfig(s, updated, name);
        }

        private static boolean hasConfiguration(NetworkInterface nic, String name) {
            for (JsonNode config : Shapes.nic(nic).path("ipConfigurations")) {
                if (config.path("name").asText().equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code az network nic ip-config delete}: a secondary configuration; silent when there is none of that name. */
    static final class Delete implements AzCommand {
        public String name() {
            return "network nic ip-config delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Param.value("nic_name", "--nic-name").mandatory(),
                    Commands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            NetworkInterface nic = s.nic(a.required("resource_group"), a.required("nic_name"));
            String name = a.required("name");
            boolean present = Create.hasConfiguration(nic, name);
            Commands.deleteIfPresent(present ? java.util.Optional.of(name) : java.util.Optional.empty(), () ->
                    s.topology().batch(b -> {
                        b.apply(state -> ResourceManager.deleteIpConfiguration(state, nic.id(), name,
                                isPrimary(nic, name)));
                        return null;
                    }));
            return null;
        }
    }
}
