package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IPv6 through the CLI: dual-stack address spaces and subnets, IPv6 public IPs and the IPv6 default route
 * (docs/azure/ipv6.md#addresses, #subnets, #public-ip-addresses, #routes).
 */
class Ipv6CommandsTest {

    private final Az az = Az.create();

    private AzResult run(String line) {
        return az.run(new ArrayList<>(List.of(line.split(" "))));
    }

    private String ok(String line) {
        AzResult r = run(line);
        assertThat(r.err()).as(line).isEmpty();
        assertThat(r.exitCode()).as(line).isZero();
        return r.out();
    }

    @Test
    void a_dual_stack_network_and_subnet_are_accepted_and_shown_with_both_prefixes() {
        ok("group create -n rg -l eastus");
        JsonNode vnet = Json.parse(ok("network vnet create -g rg -n vnet --address-prefixes 10.0.0.0/16"
                + " fd00:db8:deca::/48")).get("newVNet");
        assertThat(vnet.get("addressSpace").get("addressPrefixes").toString())
                .isEqualTo("[\"10.0.0.0/16\",\"fd00:db8:deca::/48\"]");
        JsonNode subnet = Json.parse(ok("network vnet subnet create -g rg --vnet-name vnet -n dual"
                + " --address-prefixes 10.0.0.0/24 fd00:db8:deca:deed::/64"));
        assertThat(subnet.get("addressPrefixes").toString())
                .isEqualTo("[\"10.0.0.0/24\",\"fd00:db8:deca:deed::/64\"]");
        ok("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name vnet --subnet dual");
        assertThat(ok("network nic show-effective-route-table -g rg -n vm1VMNic -o table"))
                .contains("::/0").contains("fd00:db8:deca::/48");

        AzResult wide = run("network vnet subnet create -g rg --vnet-name vnet -n wide --address-prefixes 10.0.1.0/24"
                + " fd00:db8:deca:2::/63");
        assertThat(wide.err()).contains("(InvalidIPv6SubnetPrefixLength)");
    }

    @Test
    void public_ip_create_version_IPv6_gives_an_IPv6_address() {
        ok("group create -n rg -l eastus");
        JsonNode pip = Json.parse(ok("network public-ip create -g rg -n v6 --version IPv6")).get("publicIp");
        assertThat(pip.get("publicIPAddressVersion").asText()).isEqualTo("IPv6");
        assertThat(pip.get("ipAddress").asText()).isEqualTo("2001:db8:ffff::4");
    }
}
