package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vnetlab.Peerings;
import io.vnetlab.controlplane.PeeringRequest;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringScope;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code az network vnet peering create|show|list|update|delete|sync}
 * (docs/azure/cli-and-network-watcher.md#peering-commands). Unlike the Java DSL, {@code create} defaults all four flags
 * to false, as the CLI does (docs/azure/peering.md#defaults-by-tool, docs/azure/decisions.md#peering-flag-defaults).
 */
final class PeeringCommands {

    private static final List<String> FLAGS = List.of("allowVirtualNetworkAccess", "allowForwardedTraffic",
            "allowGatewayTransit", "useRemoteGateways");

    private PeeringCommands() {
    }

    static List<Param> flagParams() {
        return List.of(Param.bool("allowVirtualNetworkAccess", "--allow-vnet-access"),
                Param.bool("allowForwardedTraffic", "--allow-forwarded-traffic"),
                Param.bool("allowGatewayTransit", "--allow-gateway-transit"),
                Param.bool("useRemoteGateways", "--use-remote-gateways"));
    }

    static List<Param> idParams() {
        return List.of(Commands.groupParam(), SubnetCommands.vnetName(), Commands.nameParam());
    }

    static List<Param> concat(List<Param> a, List<Param> b, Param... more) {
        java.util.ArrayList<Param> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        all.addAll(List.of(more));
        return all;
    }

    /**
     * The subnet peering arguments (docs/azure/subnet-peering.md#cli): {@code --peer-complete-vnets},
     * {@code --local-subnet-names}, {@code --remote-subnet-names}, {@code --enable-only-ipv6}, each keeping
     * {@code current}'s value when not given.
     */
    static PeeringScope scope(Args a, PeeringScope current) {
        boolean complete = a.bool("peer_complete_vnets").orElse(current.peerCompleteVnets());
        List<String> local = a.has("local_subnet_names") ? a.list("local_subnet_names") : current.localSubnetNames();
        List<String> remote = a.has("remote_subnet_names") ? a.list("remote_subnet_names")
                : current.remoteSubnetNames();
        return new PeeringScope(complete, local, remote, a.bool("enable_only_ipv6")
                .orElse(current.enableOnlyIPv6Peering()));
    }

    static List<Param> scopeParams() {
        return List.of(Param.bool("peer_complete_vnets", "--peer-complete-vnets", "--peer-complete-vnet"),
                Param.list("local_subnet_names", "--local-subnet-names"),
                Param.list("remote_subnet_names", "--remote-subnet-names"),
                Param.bool("enable_only_ipv6", "--enable-only-ipv6"));
    }

    /** Applies {@code values} (flag name to value) to a change of an existing peering. */
    static Peering update(Session s, Peering current, Map<String, Boolean> values, boolean sync) {
        return update(s, current, values, sync, current.scope());
    }

    /** As {@link #update(Session, Peering, Map, boolean)}, also setting what the peering joins. */
    static Peering update(Session s, Peering current, Map<String, Boolean> values, boolean sync, PeeringScope scope) {
        return Session.call(() -> {
            Peerings.Update u = s.topology().peerings().update(current.localNetworkId().toString(), current.name())
                    .withScope(scope);
            values.forEach((flag, v) -> {
                switch (flag) {
                    case "allowVirtualNetworkAccess" -> u.allowVirtualNetworkAccess(v);
                    case "allowForwardedTraffic" -> u.allowForwardedTraffic(v);
                    case "allowGatewayTransit" -> u.allowGatewayTransit(v);
                    default -> u.useRemoteGateways(v);
                }
            });
            if (sync) {
                u.syncRemoteAddressSpace();
            }
            return u.apply();
        });
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network vnet peering create";
        }

        public List<Param> params() {
            List<Param> params = concat(idParams(), flagParams(), Param.value("remote_vnet", "--remote-vnet").mandatory());
            return concat(params, scopeParams(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            VirtualNetwork local = s.vnet(group, a.required("vnet_name"));
            PeeringScope scope = scope(a, PeeringScope.COMPLETE);
            String remote = a.required("remote_vnet");
            String remoteId = ResourceId.looksLikeId(remote) ? remote
                    : s.id(group, ResourceId.NETWORK, "virtualNetworks", remote).toString();
            String name = a.required("name");
            Optional<Peering> existing = s.topology().state().peering(local.id().child("virtualNetworkPeerings", name));
            java.util.LinkedHashMap<String, Boolean> values = new java.util.LinkedHashMap<>();
            for (String flag : FLAGS) {
                values.put(flag, a.bool(flag).orElse(false));
            }
            Peering p;
            if (existing.isPresent()) {
                requireSameRemote(s, existing.get(), ResourceId.parse(remoteId), values);
                p = update(s, existing.get(), values, false, scope);
            } else {
                p = Session.call(() -> s.topology().peerings().define(name).onNetwork(local.id().toString())
                        .withRemoteNetwork(remoteId)
                        .allowVirtualNetworkAccess(values.get("allowVirtualNetworkAccess"))
                        .allowForwardedTraffic(values.get("allowForwardedTraffic"))
                        .allowGatewayTransit(values.get("allowGatewayTransit"))
                        .useRemoteGateways(values.get("useRemoteGateways")).withScope(scope).create());
            }
            return a.flag("no_wait") ? null : Shapes.peering(s.topology().state().peering(p.id()).orElseThrow());
        }
    }

    /**
     * A create of an existing name is a PUT of that peering: one that names another remote network is refused by the
     * control plane, as an update is (docs/azure/peering.md#changing-the-remote-network).
     */
    private static void requireSameRemote(Session s, Peering existing, ResourceId remote, Map<String, Boolean> values) {
        if (existing.remoteNetworkId().equals(remote)) {
            return;
        }
        Session.call(() -> s.topology().batch(b -> b.putPeering(new PeeringRequest(existing.localNetworkId(),
                existing.name(), remote, values.get("allowVirtualNetworkAccess"), values.get("allowForwardedTraffic"),
                values.get("allowGatewayTransit"), values.get("useRemoteGateways"), false))));
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network vnet peering show";
        }

        public List<Param> params() {
            return idParams();
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Shapes.peering(s.peering(a.required("resource_group"), a.required("vnet_name"), a.required("name")));
        }
    }

    static final class ListPeerings implements AzCommand {
        public String name() {
            return "network vnet peering list";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), SubnetCommands.vnetName());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            VirtualNetwork local = s.vnet(a.required("resource_group"), a.required("vnet_name"));
            ArrayNode list = Json.array();
            s.topology().state().peeringsOf(local.id()).forEach(p -> list.add(Shapes.peering(p)));
            return list;
        }
    }

    static final class Update implements AzCommand {
        public String name() {
            return "network vnet peering update";
        }

        public List<Param> params() {
            List<Param> params = concat(idParams(), flagParams(), Param.value("remote_vnet", "--remote-vnet"), Param.bool("sync_remote", "--sync-remote"));
            return concat(params, scopeParams(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            Peering current = s.peering(a.required("resource_group"), a.required("vnet_name"), a.required("name"));
            java.util.LinkedHashMap<String, Boolean> values = new java.util.LinkedHashMap<>();
            for (String flag : FLAGS) {
                a.bool(flag).ifPresent(v -> values.put(flag, v));
            }
            if (a.value("remote_vnet").isPresent()) {
                String remote = a.required("remote_vnet");
                if (!remote.equalsIgnoreCase(current.remoteNetworkName()) && !remote.equalsIgnoreCase(current.remoteNetworkId().toString())) {
                    throw AzError.service("CannotChangeRemoteVirtualNetworkOfPeering", "Peering " + current.id()
                            + " cannot change its remote virtual network; delete it and create it again (vnetlab's"
                            + " code, docs/azure/peering.md#changing-the-remote-network).", 400);
                }
            }
            Peering p = update(s, current, values, a.bool("sync_remote").orElse(false), scope(a, current.scope()));
            return a.flag("no_wait") ? null : Shapes.peering(s.topology().state().peering(p.id()).orElseThrow());
        }
    }

    static final class Sync implements AzCommand {
        public String name() {
            return "network vnet peering sync";
        }

        public List<Param> params() {
            return concat(idParams(), List.of(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            VirtualNetwork local = s.vnet(a.required("resource_group"), a.required("vnet_name"));
            String name = a.required("name");
            if (s.topology().state().peering(local.id().child("virtualNetworkPeerings", name)).isEmpty()) {
                throw new AzError(AzError.NOT_FOUND, "Virtual network peering " + name + " doesn't exist.");
            }
            Peering p = Session.call(() -> s.topology().peerings().sync(local.id().toString(), name));
            return a.flag("no_wait") ? null : Shapes.peering(p);
        }
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "network vnet peering delete";
        }

        public List<Param> params() {
            return concat(idParams(), List.of(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            Peering p = s.peering(a.required("resource_group"), a.required("vnet_name"), a.required("name"));
            Session.call(() -> s.topology().peerings().delete(p.localNetworkId().toString(), p.name()));
            return null;
        }
    }
}
