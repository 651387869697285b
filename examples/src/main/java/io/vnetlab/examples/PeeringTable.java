package io.vnetlab.examples;

import io.vnetlab.model.Peering;
import io.vnetlab.render.CliTable;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Peerings as {@code az network vnet peering list -o table} prints them: the CLI's generic table formatter keeps
 * the scalar properties, sorted by name, with True/False (docs/azure/cli-and-network-watcher.md#table-output).
 */
final class PeeringTable {

    private PeeringTable() {
    }

    static String render(List<Peering> peerings) {
        List<String> headers = List.of("AllowForwardedTraffic", "AllowGatewayTransit", "AllowVirtualNetworkAccess",
                "DoNotVerifyRemoteGateways", "Name", "PeeringState", "PeeringSyncLevel", "ProvisioningState",
                "ResourceGroup", "ResourceGuid", "UseRemoteGateways");
        List<String[]> rows = peerings.stream().map(p -> new String[]{
                bool(p.allowForwardedTraffic()), bool(p.allowGatewayTransit()), bool(p.allowVirtualNetworkAccess()),
                "False", p.name(), p.state().name(), p.syncLevel().name(), "Succeeded", p.resourceGroup(),
                p.resourceGuid(), bool(p.useRemoteGateways())}).collect(Collectors.toList());
        return CliTable.render(headers, rows);
    }

    private static String bool(boolean value) {
        return value ? "True" : "False";
    }
}
