package io.vnetlab.arm;

import io.vnetlab.controlplane.SubnetRequest;
import io.vnetlab.controlplane.NetworkRequest;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.address.IpAddress;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Microsoft.Network/virtualNetworks}: a PUT of the whole network, with its inline {@code subnets} (those
 * not listed are removed, as a PUT in Azure removes them — redeploying a network template without its subnets fails
 * with {@code InUseSubnetCannotBeDeleted} when interfaces use them) and inline {@code virtualNetworkPeerings}
 * (created or updated; peerings not listed are kept). Its {@code dhcpOptions.dnsServers} are recorded with it.
 */
final class VirtualNetworkHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/virtualNetworks";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        List<String> prefixes = new ArrayList<>();
        JsonNode list = r.at(p, "addressSpace.addressPrefixes").orElse(Values.NODES.arrayNode());
        for (int i = 0; i < list.size(); i++) {
            prefixes.add(r.text(list, String.valueOf(i), "addressSpace.addressPrefixes[" + i + "]").orElse(""));
        }
        List<SubnetRequest> subnets = new ArrayList<>();
        JsonNode subnetList = r.at(p, "subnets").orElse(Values.NODES.arrayNode());
        for (int i = 0; i < subnetList.size(); i++) {
            subnets.add(SubnetHandler.request(r, subnetList.get(i), "subnets[" + i + "]"));
        }
        List<String> dnsServers = new ArrayList<>();
        JsonNode servers = r.at(p, "dhcpOptions.dnsServers").orElse(Values.NODES.arrayNode());
        for (int i = 0; i < servers.size(); i++) {
            String server = r.text(servers, String.valueOf(i), "dhcpOptions.dnsServers[" + i + "]").orElse("");
            if (!IpAddress.isValid(server)) {
                throw new PathError(r.path() + ".properties.dhcpOptions.dnsServers[" + i + "]", "DNS server '"
                        + server + "' of virtual network '" + r.id().name() + "' is not an IP address.");
            }
            dnsServers.add(server);
        }
        VirtualNetwork network = r.batch().putNetwork(new NetworkRequest(r.id(), r.region(), prefixes, subnets));
        // recorded and shown, not simulated (docs/azure/addressing.md#dns-servers)
        r.batch().apply(st -> ResourceManager.putDnsServers(st, network.id(), dnsServers));
        JsonNode peerings = r.at(p, "virtualNetworkPeerings").orElse(Values.NODES.arrayNode());
        for (int i = 0; i < peerings.size(); i++) {
            JsonNode peering = peerings.get(i);
            String name = r.text(peering, "name").orElseThrow(() -> new PathError(r.path()
                    + ".properties.virtualNetworkPeerings", "An inline peering of virtual network '" + r.id().name()
                    + "' has no name."));
            PeeringHandler.put(r, network.id(), name, Values.property(peering, "properties").orElse(Values.object()),
                    "virtualNetworkPeerings[" + i + "].properties.");
        }
        return Views.network(r.batch().state(), r.batch().state().network(network.id()).orElseThrow());
    }

    static ResourceId networkOf(ResourceContext r) {
        return r.id().parent().orElseThrow();
    }
}
