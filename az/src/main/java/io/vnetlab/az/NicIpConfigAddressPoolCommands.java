package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * {@code az network nic ip-config address-pool add|remove} and {@code nic ip-config inbound-nat-rule add|remove}: the
 * interface's side of load balancer membership (docs/azure/load-balancers.md#backend-pools). The pool or NAT rule is a
 * name under {@code --lb-name}, or an id.
 */
final class NicIpConfigAddressPoolCommands {

    private NicIpConfigAddressPoolCommands() {
    }

    /** The id of the interface's IP configuration, as the interface's JSON names it. */
    static ResourceId ipConfigurationId(NetworkInterface nic) {
        return ResourceId.parse(io.vnetlab.arm.json.ResourceJson.networkInterface(nic)
                .at("/properties/ipConfigurations/0/id").asText());
    }

    static List<AzCommand> commands() {
        return List.of(new Change("address-pool", "add", "address_pool", "--address-pool", "backendAddressPools"),
                new Change("address-pool", "remove", "address_pool", "--address-pool", "backendAddressPools"),
                new Change("inbound-nat-rule", "add", "inbound_nat_rule", "--inbound-nat-rule", "inboundNatRules"),
                new Change("inbound-nat-rule", "remove", "inbound_nat_rule", "--inbound-nat-rule", "inboundNatRules"));
    }

    /** One of the four: add or remove the IP configuration to or from a pool or a NAT rule. */
    static final class Change implements AzCommand {
        private final String group;
        private final String verb;
        private final String dest;
        private final String option;
        private final String collection;

        Change(String group, String verb, String dest, String option, String collection) {
            this.group = group;
            this.verb = verb;
            this.dest = dest;
            this.option = option;
            this.collection = collection;
        }

        public String name() {
            return "network nic ip-config " + group + " " + verb;
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Param.value("nic_name", "--nic-name").mandatory(),
                    Param.value("ip_config_name", "--ip-config-name", "-n").mandatory(),
                    Param.value(dest, option).mandatory(), Param.value("lb_name", "--lb-name"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String rg = a.required("resource_group");
            s.group(rg);
            ResourceId nicId = Commands.reference(s, rg, "networkInterfaces", a.required("nic_name"));
            NetworkInterface nic = Commands.existing(s, NetworkInterface.class, "networkInterfaces", nicId);
            ResourceId config = ipConfigurationId(nic);
            if (!config.name().equalsIgnoreCase(a.required("ip_config_name"))) {
                throw Session.childNotFound(nic.id().child("ipConfigurations", a.required("ip_config_name")));
            }
            String given = a.required(dest);
            ResourceId part;
            if (ResourceId.looksLikeId(given)) {
                part = ResourceId.parse(given);
            } else {
                String lbName = a.value("lb_name").orElseThrow(() -> AzError.usage("usage error: " + option
                        + " ID | " + option + " NAME --lb-name NAME"));
                LoadBalancer lb = LoadBalancerCommands.loadBalancer(s, rg, lbName);
                part = lb.id().child(collection, given);
            }
            boolean add = verb.equals("add");
            ResourceId target = part;
            Session.call(() -> s.topology().batch(b -> {
                b.apply(st -> collection.equals("inboundNatRules")
                        ? ResourceManager.setInboundNatRuleTarget(st, target, add ? config : null)
                        : ResourceManager.setBackendPoolMembership(st, target, config, add));
                return null;
            }));
            NetworkInterface after = s.topology().state().networkInterface(nic.id()).orElseThrow();
            if (!add) {
                return null;
            }
            com.fasterxml.jackson.databind.node.ObjectNode shown =
                    (com.fasterxml.jackson.databind.node.ObjectNode) Shapes.nic(after).path("ipConfigurations").path(0);
            NicLoadBalancerRefs.addTo(s.topology().state(), shown, config);
            return shown;
        }
    }
}
