package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network vnet peering create|update|show} with {@code --peer-complete-vnets false}
 * (docs/azure/subnet-peering.md#cli).
 */
class SubnetPeeringCommandsTest {

    private final AzTestBench cli = new AzTestBench();

    /** Two networks with the same address space and one subnet unique to each. */
    @BeforeEach
    void overlappingNetworks() {
        cli.ok("group create -n rg -l westeurope");
        cli.ok("network vnet create -g rg -n vnetA --address-prefix 10.0.0.0/16 --subnet-name app"
                + " --subnet-prefix 10.0.1.0/24");
        cli.ok("network vnet subnet create -g rg --vnet-name vnetA -n shared --address-prefix 10.0.9.0/24");
        cli.ok("network vnet create -g rg -n vnetB --address-prefix 10.0.0.0/16 --subnet-name db"
                + " --subnet-prefix 10.0.2.0/24");
        cli.ok("network vnet subnet create -g rg --vnet-name vnetB -n shared --address-prefix 10.0.9.0/24");
    }

    @Test
    void create_peers_the_named_subnets_and_show_prints_the_subnet_peering_fields() {
        JsonNode ab = Json.parse(cli.ok("network vnet peering create -g rg -n AtoB --vnet-name vnetA --remote-vnet vnetB"
                + " --allow-vnet-access --peer-complete-vnets false --local-subnet-names app"
                + " --remote-subnet-names db"));
        assertThat(ab.get("peeringState").asText()).isEqualTo("Initiated");
        assertThat(ab.get("peerCompleteVnets").asBoolean()).isFalse();
        assertThat(ab.get("localSubnetNames").toString()).isEqualTo("[\"app\"]");
        assertThat(ab.get("remoteSubnetNames").toString()).isEqualTo("[\"db\"]");
        assertThat(ab.get("enableOnlyIPv6Peering").asBoolean()).isFalse();
        assertThat(ab.get("remoteAddressSpace").get("addressPrefixes").toString()).isEqualTo("[\"10.0.2.0/24\"]");
        cli.ok("network vnet peering create -g rg -n BtoA --vnet-name vnetB --remote-vnet vnetA --allow-vnet-access"
                + " --peer-complete-vnets false --local-subnet-names db --remote-subnet-names app");
        assertThat(cli.ok("network vnet peering show -g rg -n AtoB --vnet-name vnetA --query peeringState -o tsv"))
                .isEqualTo("Connected\n");
    }

    @Test
    void update_adds_a_subnet_and_the_routes_follow() {
        cli.ok("network vnet peering create -g rg -n AtoB --vnet-name vnetA --remote-vnet vnetB --allow-vnet-access"
                + " --peer-complete-vnets false --local-subnet-names app --remote-subnet-names db");
        cli.ok("network vnet peering create -g rg -n BtoA --vnet-name vnetB --remote-vnet vnetA --allow-vnet-access"
                + " --peer-complete-vnets false --local-subnet-names db --remote-subnet-names app");
        JsonNode back = Json.parse(cli.ok("network vnet peering update -g rg -n BtoA --vnet-name vnetB"
                + " --remote-subnet-names app shared"));
        assertThat(back.get("remoteAddressSpace").get("addressPrefixes").toString())
                .isEqualTo("[\"10.0.1.0/24\",\"10.0.9.0/24\"]");
    }

    @Test
    void complete_peering_of_overlapping_networks_is_refused_with_azures_code() {
        AzResult r = cli.run("network vnet peering create -g rg -n AtoB --vnet-name vnetA --remote-vnet vnetB");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (VnetAddressSpacesOverlap) Cannot create or update peering");
    }
}
