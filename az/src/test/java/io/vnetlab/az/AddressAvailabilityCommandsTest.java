package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network vnet check-ip-address} and the {@code list-available-ips} commands
 * (docs/azure/addressing.md#address-availability).
 */
class AddressAvailabilityCommandsTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void aNetworkWithAnInterface() {
        cli.ok("group create -n rg -l westus");
        cli.ok("network vnet create -g rg -n hub --address-prefixes 10.0.0.0/16 --subnet-name app"
                + " --subnet-prefixes 10.0.0.0/24");
        cli.ok("network nic create -g rg -n web --vnet-name hub --subnet app");
    }

    @Test
    void a_free_address_is_available_and_not_reserved() {
        assertThat(cli.ok("network vnet check-ip-address -g rg -n hub --ip-address 10.0.0.50"))
                .isEqualTo("{\n  \"available\": true,\n  \"isPlatformReserved\": false\n}\n");
    }

    @Test
    void a_reserved_address_lists_the_next_five_free_ones_after_it() {
        JsonNode answer = cli.json("network vnet check-ip-address -g rg -n hub --ip-address 10.0.0.0");
        assertThat(answer.get("available").asBoolean()).isFalse();
        assertThat(answer.get("isPlatformReserved").asBoolean()).isTrue();
        assertThat(answer.get("availableIPAddresses").toString())
                .isEqualTo("[\"10.0.0.5\",\"10.0.0.6\",\"10.0.0.7\",\"10.0.0.8\",\"10.0.0.9\"]");
    }

    @Test
    void an_address_an_interface_or_a_frontend_holds_is_not_available_and_agrees_with_a_static_nic_create() {
        cli.ok("network lb create -g rg -n ilb --vnet-name hub --subnet app --private-ip-address 10.0.0.7");
        JsonNode held = cli.json("network vnet check-ip-address -g rg -n hub --ip-address 10.0.0.4");
        assertThat(held.get("available").asBoolean()).isFalse();
        assertThat(held.get("isPlatformReserved").asBoolean()).isFalse();
        assertThat(held.get("availableIPAddresses").toString())
                .isEqualTo("[\"10.0.0.5\",\"10.0.0.6\",\"10.0.0.8\",\"10.0.0.9\",\"10.0.0.10\"]");
        assertThat(cli.ok("network vnet check-ip-address -g rg -n hub --ip-address 10.0.0.7 --query available"))
                .isEqualTo("false\n");
        AzResult taken = cli.run("network nic create -g rg -n other --vnet-name hub --subnet app"
                + " --private-ip-address 10.0.0.7");
        assertThat(taken.err()).startsWith("ERROR: (PrivateIPAddressIsAllocated)");
        cli.ok("network nic create -g rg -n other --vnet-name hub --subnet app --private-ip-address 10.0.0.5");
        assertThat(cli.ok("network vnet check-ip-address -g rg -n hub --ip-address 10.0.0.5 --query available"))
                .isEqualTo("false\n");
    }

    @Test
    void list_available_ips_asks_about_the_first_address_of_the_first_prefix_and_of_the_subnet() {
        assertThat(cli.ok("network vnet list-available-ips -g rg -n hub -o tsv"))
                .isEqualTo("10.0.0.5\n10.0.0.6\n10.0.0.7\n10.0.0.8\n10.0.0.9\n");
        cli.ok("network vnet subnet create -g rg --vnet-name hub -n data --address-prefixes 10.0.1.0/24");
        assertThat(cli.ok("network vnet subnet list-available-ips -g rg --vnet-name hub -n data --query [0] -o tsv"))
                .isEqualTo("10.0.1.4\n");
        cli.ok("network vnet create -g rg -n gap --address-prefixes 10.9.0.0/16 --subnet-name s"
                + " --subnet-prefixes 10.9.1.0/24");
        assertThat(cli.ok("network vnet list-available-ips -g rg -n gap")).isEqualTo("[]\n");
    }

    // docs/azure/decisions.md#address-outside-subnets
    @Test
    void an_address_in_no_subnet_is_not_available_and_nothing_is_listed() {
        assertThat(cli.json("network vnet check-ip-address -g rg -n hub --ip-address 10.0.9.9").toString())
                .isEqualTo("{\"available\":false,\"isPlatformReserved\":false}");
    }

    @Test
    void a_network_that_does_not_exist_is_not_found_and_a_word_is_not_an_address() {
        assertThat(cli.run("network vnet check-ip-address -g rg -n nope --ip-address 10.0.0.4").exitCode())
                .isEqualTo(3);
        AzResult word = cli.run("network vnet check-ip-address -g rg -n hub --ip-address ten");
        assertThat(word.exitCode()).isEqualTo(2);
        assertThat(word.err()).isEqualTo("ERROR: argument --ip-address: 'ten' is not an IP address.\n");
    }
}
