package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.LoadBalancerRequest;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code az network lb create|show|list|update|delete} (docs/azure/load-balancers.md). {@code create} makes, as the CLI
 * does, a frontend ({@code --frontend-ip-name}, default {@code LoadBalancerFrontEnd}) and an empty backend pool
 * ({@code --backend-pool-name}, default {@code <name>bepool}): internal when {@code --subnet} is given (the network
 * and subnet made when missing), public otherwise, on {@code --public-ip-address} (made when missing, Standard).
 */
final class LoadBalancerCommands {

    private LoadBalancerCommands() {
    }

    /** A load balancer by name (in an existing group) or by id. */
    static LoadBalancer loadBalancer(Session s, String group, String nameOrId) {
        ResourceId id = Commands.reference(s, group, "loadBalancers", nameOrId);
        s.group(id.resourceGroup());
        return Commands.existing(s, LoadBalancer.class, "loadBalancers", id);
    }

    /** PUTs the load balancer whole; Azure's refusal becomes the CLI's error. */
    static LoadBalancer put(Session s, LoadBalancerRequest request) {
        return Session.call(() -> s.topology().batch(b -> b.putLoadBalancer(request)));
    }

    static JsonNode shape(LoadBalancer lb) {
        return Shapes.cli(ResourceJson.loadBalancer(lb));
    }

    /** A part's id from its name (or id), under {@code lb}. */
    static ResourceId part(LoadBalancer lb, String collection, String nameOrId) {
        return ResourceId.looksLikeId(nameOrId) ? ResourceId.parse(nameOrId) : lb.id().child(collection, nameOrId);
    }

    /**
     * The frontend a rule names with {@code --frontend-ip-name}, or, as the CLI defaults it, the load balancer's only
     * frontend.
     */
    static ResourceId frontend(LoadBalancer lb, Optional<String> given) {
        if (given.isPresent()) {
            return part(lb, "frontendIPConfigurations", given.get());
        }
        if (lb.frontends().size() == 1) {
            return lb.frontends().get(0).id();
        }
        throw AzError.command("Load balancer '" + lb.name() + "' has " + lb.frontends().size() + " frontend IP"
                + " configurations; specify --frontend-ip-name.");
    }

    /** The pool {@code --backend-pool-name} names, or the only one. */
    static ResourceId pool(LoadBalancer lb, Optional<String> given) {
        if (given.isPresent()) {
            return part(lb, "backendAddressPools", given.get());
        }
        return lb.backendPools().size() == 1 ? lb.backendPools().get(0).id() : null;
    }

    /** {@code --public-ip-address}: an existing public IP by name or id, or a new Standard one of that name. */
    static ResourceId publicIp(Session s, String group, Region region, String nameOrId, ResourceId by) {
        ResourceId id = Commands.reference(s, group, "publicIPAddresses", nameOrId);
        Optional<PublicIpAddress> existing = s.topology().state().get(PublicIpAddress.class, id);
        if (existing.isPresent()) {
            return id;
        }
        if (ResourceId.looksLikeId(nameOrId)) {
            throw Commands.invalidReference(id, by);   // an id names an address that must exist
        }
        return Session.call(() -> s.topology().publicIpAddresses().define(id.name()).withRegion(region)
                .withExistingResourceGroup(id.resourceGroup()).create()).id();
    }

    /**
     * {@code --vnet-name} and {@code --subnet}: the subnet's id, with the network and subnet made when missing, as
     * the CLI's template does.
     */
    static ResourceId subnet(Session s, Args a, String group, Region region, boolean makeMissing, ResourceId by) {
        String subnet = a.required("subnet");
        if (ResourceId.looksLikeId(subnet)) {
            return ResourceId.parse(subnet);
        }
        String vnetName = a.value("vnet_name").orElseThrow(() -> AzError.usage("usage error: --subnet NAME"
                + " --vnet-name NAME | --subnet ID"));
        ResourceId vnetId = Commands.reference(s, group, "virtualNetworks", vnetName);
        Optional<VirtualNetwork> vnet = s.topology().state().network(vnetId);
        if (vnet.isEmpty() && (!makeMissing || ResourceId.looksLikeId(vnetName))) {
            throw Commands.invalidReference(vnetId, by);
        }
        if (vnet.isEmpty()) {
            Session.call(() -> s.topology().networks().define(vnetId.name()).withRegion(region)
                    .withExistingResourceGroup(group)
                    .withAddressSpace(a.value("vnet_address_prefix").orElse("10.0.0.0/16"))
                    .withSubnet(subnet, a.value("subnet_address_prefix").orElse("10.0.0.0/24")).create());
        }
        return vnetId.child("subnets", subnet);
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network lb create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.value("location", "--location", "-l"),
                    Param.value("sku", "--sku").choices("Basic", "Gateway", "Standard"),
                    Param.value("public_ip", "--public-ip-address").emptyMeansNone(),
                    Param.value("public_ip_allocation", "--public-ip-address-allocation").choices("Dynamic", "Static"),
                    Param.value("public_ip_dns", "--public-ip-dns-name"), Param.list("public_ip_zone", "--public-ip-zone"),
                    Param.value("frontend_ip_name", "--frontend-ip-name"),
                    Param.list("frontend_ip_zone", "--frontend-ip-zone"),
                    Param.value("backend_pool_name", "--backend-pool-name"),
                    Param.value("vnet_name", "--vnet-name"), Param.value("subnet", "--subnet"),
                    Param.value("vnet_address_prefix", "--vnet-address-prefix"),
                    Param.value("subnet_address_prefix", "--subnet-address-prefix"),
                    Param.value("private_ip", "--private-ip-address"),
                    Param.value("private_ip_version", "--private-ip-address-version").choices("IPv4"),
                    Param.list("tags", "--tags").emptyMeansNone(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            String name = a.required("name");
            Region region = Commands.region(s, a, group, "loadBalancers");
            ResourceId id = s.id(group, ResourceId.NETWORK, "loadBalancers", name);
            requireCreatable(id, a.value("sku").orElse("Standard"));
            String frontend = a.value("frontend_ip_name").orElse("LoadBalancerFrontEnd");
            LoadBalancerRequest.Frontend fe;
            // --public-ip-address "" asks for no public IP (an internal load balancer with --subnet), as in the CLI
            Optional<String> publicIp = a.value("public_ip").filter(v -> !v.isEmpty());
            boolean madePublicIp = !a.has("subnet") && s.topology().state().get(PublicIpAddress.class,
                    Commands.reference(s, group, "publicIPAddresses", publicIp.orElse("PublicIP" + name))).isEmpty();
            if (a.has("subnet") && publicIp.isPresent()) {
                throw AzError.usage("usage error: --public-ip-address NAME_OR_ID | --subnet NAME_OR_ID"
                        + " [--vnet-name NAME]");
            }
            if (a.has("subnet")) {
                fe = new LoadBalancerRequest.Frontend(frontend, subnet(s, a, group, region, true, id),
                        a.value("private_ip").orElse(null), null);
            } else {
                fe = new LoadBalancerRequest.Frontend(frontend, null, null,
                        publicIp(s, group, region, publicIp.orElse("PublicIP" + name), id));
            }
            LoadBalancerRequest request = new LoadBalancerRequest(id, region, a.value("sku").orElse("Standard"),
                    List.of(fe), List.of(new LoadBalancerRequest.BackendPool(a.value("backend_pool_name")
                    .orElse(name + "bepool"), List.of())), List.of(), List.of(), List.of(), List.of());
            LoadBalancer lb = put(s, request);
            // what the command prints has no id to keep its tags by, so they are kept here: the deployment gives
            // them to the load balancer and to the public IP it makes (azure-cli create_load_balancer)
            Map<String, String> tags = Tags.parse(a.list("tags"));
            Tags.store(s.topology(), id, tags);
            if (madePublicIp) {
                Tags.store(s.topology(), fe.publicIpAddressId(), tags);
            }
            return a.flag("no_wait") ? null
                    : Commands.under("loadBalancer", Shapes.deploymentOutput(ResourceJson.loadBalancer(lb)));
        }
    }

    /**
     * Azure creates no new Basic load balancer since the SKU's retirement (docs/azure/load-balancers.md#skus); the CLI
     * refuses it before it makes the public IP, network or subnet the command would add.
     */
    static void requireCreatable(ResourceId id, String sku) {
        if (sku.equalsIgnoreCase("Basic")) {
            throw AzError.service("BasicSkuLoadBalancerRetired", "Load balancer " + id.name() + " cannot be created"
                    + " with SKU Basic: Basic Load Balancer was retired on 30 September 2025. Use SKU Standard (with"
                    + " Standard public IP addresses).", 400);
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network lb show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return shape(loadBalancer(s, a.required("resource_group"), a.required("name")));
        }
    }

    /**
     * {@code az network lb list-nic}: the network interfaces the load balancer serves, those with an IP configuration
     * in one of its backend pools or the target of one of its inbound NAT rules, each once, as {@code nic show}
     * prints them (REST {@code LoadBalancerNetworkInterfaces_List}; docs/azure/load-balancers.md#backend-pools).
     */
    static final class ListNics implements AzCommand {
        public String name() {
            return "network lb list-nic";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            LoadBalancer lb = loadBalancer(s, a.required("resource_group"), a.required("name"));
            java.util.Set<ResourceId> nics = new java.util.LinkedHashSet<>();
            lb.backendPools().forEach(pool -> nics.addAll(pool.networkInterfaceIds()));
            lb.inboundNatRules().forEach(rule -> rule.target()
                    .ifPresent(config -> config.parent().ifPresent(nics::add)));
            var state = s.topology().state();
            com.fasterxml.jackson.databind.node.ArrayNode out = Json.array();
            nics.forEach(id -> state.networkInterface(id).ifPresent(nic -> out.add(NicLoadBalancerRefs.nic(state, nic))));
            return out;
        }
    }

    static final class ListLoadBalancers implements AzCommand {
        public String name() {
            return "network lb list";
        }

        public List<Param> params() {
            return List.of(Commands.optionalGroupParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Commands.listInGroup(s, a, s.topology().state().all(LoadBalancer.class), LoadBalancer::id,
                    LoadBalancerCommands::shape);
        }
    }

    /** {@code az network lb update}: a PUT of the load balancer as it is (its parts change through their groups). */
    static final class Update implements AzCommand {
        public String name() {
            return "network lb update";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.list("tags", "--tags").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            LoadBalancer lb = put(s, LoadBalancerRequest.of(loadBalancer(s, a.required("resource_group"),
                    a.required("name"))));
            return a.flag("no_wait") ? null : shape(lb);
        }
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "network lb delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            s.group(group);
            ResourceId id = Commands.reference(s, group, "loadBalancers", a.required("name"));
            Commands.deleteIfPresent(s.topology().state().get(LoadBalancer.class, id),
                    () -> s.topology().loadBalancers().delete(id.toString()));
            return null;
        }
    }
}
