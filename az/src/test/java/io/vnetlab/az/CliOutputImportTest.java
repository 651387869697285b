package io.vnetlab.az;

import io.vnetlab.Topology;
import io.vnetlab.arm.estate.EstateImport;
import io.vnetlab.diff.ReachabilityDiff;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the emulated list commands print imports back into the topology that printed it: the import reads the CLI's
 * output shape, and the emulation writes it, so the two meet on every simulated type a script makes.
 */
class CliOutputImportTest {

    /** The commands of docs/azure/import.md#cli-output, as a user runs them against a subscription. */
    static final List<List<String>> LIST_COMMANDS = List.of(
            List.of("network", "vnet", "list"), List.of("network", "nsg", "list"),
            List.of("network", "route-table", "list"), List.of("network", "public-ip", "list"),
            List.of("network", "asg", "list"), List.of("network", "nic", "list"), List.of("vm", "list"),
            List.of("network", "lb", "list"), List.of("network", "nat", "gateway", "list"),
            List.of("network", "vnet-gateway", "list", "-g", "rg"), List.of("network", "local-gateway", "list", "-g", "rg"),
            List.of("network", "vpn-connection", "list", "-g", "rg"));

    static final String ESTATE = """
            az group create -n rg -l eastus
            az network vnet create -g rg -n hub --address-prefix 10.0.0.0/16 --subnet-name GatewaySubnet --subnet-prefix 10.0.255.0/27
            az network vnet subnet create -g rg --vnet-name hub -n shared --address-prefix 10.0.1.0/24
            az network vnet create -g rg -n spoke --address-prefix 10.1.0.0/16 --subnet-name app --subnet-prefix 10.1.1.0/24
            az network nsg create -g rg -n app-nsg
            az network nsg rule create -g rg --nsg-name app-nsg -n deny-rdp --priority 100 --direction Inbound --access Deny --protocol Tcp --destination-port-ranges 3389
            az network vnet subnet update -g rg --vnet-name spoke -n app --network-security-group app-nsg
            az network route-table create -g rg -n app-routes
            az network route-table route create -g rg --route-table-name app-routes -n to-site --address-prefix 192.168.0.0/16 --next-hop-type VirtualNetworkGateway
            az network vnet subnet update -g rg --vnet-name spoke -n app --route-table app-routes
            az network public-ip create -g rg -n gw-ip --sku Standard
            az network vnet-gateway create -g rg -n hub-gw --vnet hub --public-ip-address gw-ip --gateway-type Vpn --vpn-type RouteBased --sku VpnGw1 --no-wait
            az network local-gateway create -g rg -n site --gateway-ip-address 203.0.113.5 --local-address-prefixes 192.168.0.0/16
            az network vpn-connection create -g rg -n hub-to-site --vnet-gateway1 hub-gw --local-gateway2 site --shared-key abc123
            az network vnet peering create -g rg -n hub-to-spoke --vnet-name hub --remote-vnet spoke --allow-vnet-access --allow-gateway-transit
            az network vnet peering create -g rg -n spoke-to-hub --vnet-name spoke --remote-vnet hub --allow-vnet-access --use-remote-gateways
            az vm create -g rg -n hub-vm --vnet-name hub --subnet shared --image Ubuntu2204 --admin-username azureuser --generate-ssh-keys --public-ip-address "" --nsg "" --private-ip-address 10.0.1.10
            az vm create -g rg -n app-vm --vnet-name spoke --subnet app --image Ubuntu2204 --admin-username azureuser --generate-ssh-keys --public-ip-address "" --nsg "" --private-ip-address 10.1.1.10
            """;

    static Az estate(String script) {
        Az az = Az.create();
        AzResult built = new ScriptRunner(az).echoingTo(s -> { }, s -> { }).run(script);
        assertThat(built.succeeded()).as(built.err()).isTrue();
        return az;
    }

    static Topology imported(Az az) {
        Topology topology = Topology.create();
        EstateImport estate = EstateImport.into(topology);
        for (List<String> command : LIST_COMMANDS) {
            AzResult listed = az.run(command);
            assertThat(listed.succeeded()).as(String.join(" ", command) + ": " + listed.err()).isTrue();
            estate.cliOutputJson(listed.out());
        }
        estate.run();
        return topology;
    }

    /** The records without empty tag sets: a resource the script tagged with nothing has no tags to print. */
    private static java.util.Map<?, ?> tagged(java.util.Map<?, ?> records) {
        java.util.Map<Object, Object> kept = new java.util.HashMap<>(records);
        kept.values().removeIf(r -> r instanceof io.vnetlab.model.ResourceTags t && t.values().isEmpty());
        return kept;
    }

    @Test
    void what_the_list_commands_print_imports_back_into_the_same_network_and_the_same_reachability() {
        Az az = estate(ESTATE);
        Topology script = az.topology();
        Topology imported = imported(az);

        assertThat(ReachabilityDiff.between(script.dataPlane(), imported.dataPlane()).flows()).isEmpty();
        // the network's records, one type at a time (the emulation keeps its own bookkeeping beside them)
        for (Class<?> type : script.state().resourceTypes()) {
            if (type.getPackageName().equals("io.vnetlab.model")) {
                assertThat(tagged(imported.state().resources(type))).as(type.getSimpleName())
                        .isEqualTo(tagged(script.state().resources(type)));
            }
        }
    }
}
