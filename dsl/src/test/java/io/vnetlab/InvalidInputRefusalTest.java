package io.vnetlab;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input Azure refuses is refused with Azure's code, in the control plane, and changes nothing: names
 * (docs/azure/naming.md#rules), prefixes (docs/azure/addressing.md#prefix-errors), security rule ports and addresses
 * (docs/azure/network-security-groups.md#rules), a gateway's subnet (docs/azure/gateways.md#gateway-subnet) and BGP
 * numbers (docs/azure/gateways.md#bgp-asn).
 */
class InvalidInputRefusalTest {

    private final Topology topology = Topology.create();

    private Networks.Definition network(String name, String space) {
        return topology.networks().define(name).withRegion(Region.WEST_EUROPE).withAddressSpace(space);
    }

    private NetworkSecurityGroups.Definition rule(String sourceAddress, String port) {
        return topology.networkSecurityGroups().define("nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("r").allowInbound().fromAddress(sourceAddress).fromAnyPort().toAnyAddress()
                .toPortRanges(port).withPriority(100).attach();
    }

    @Test
    void a_network_name_with_a_slash_is_refused_rather_than_making_a_network_of_its_last_segment() {
        network("hub", "10.0.0.0/16").create();

        AzureException e = rejects(topology, AzureErrorCode.InvalidResourceName,
                () -> network("x/hub", "10.1.0.0/16").create());

        assertThat(e).hasMessageStartingWith("Resource name x/hub is invalid.");
        assertThat(topology.networks().list()).hasSize(1);
    }

    @Test
    void a_route_table_name_holding_a_child_path_is_refused() {
        rejects(topology, AzureErrorCode.InvalidResourceName, () -> topology.routeTables().define("a/subnets/b")
                .withRegion(Region.WEST_EUROPE).create());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/2147483648", "/24", "10.0.0.0/33"})
    void a_malformed_address_space_is_refused_with_InvalidAddressPrefixFormat_in_azures_words(String prefix) {
        AzureException e = rejects(topology, AzureErrorCode.InvalidAddressPrefixFormat,
                () -> network("hub", prefix).create());

        assertThat(e).hasMessageStartingWith("Address prefix " + prefix + " of resource ")
                .hasMessageEndingWith(" is not formatted correctly. It should follow CIDR notation, for example"
                        + " 10.0.0.0/24.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uff12\uff12", "22 - 80", "+22"})
    void a_security_rule_port_in_other_digits_or_with_spaces_around_its_dash_is_refused(String port) {
        AzureException e = rejects(topology, AzureErrorCode.SecurityRuleInvalidPortRange,
                () -> rule("*", port).create());

        assertThat(e).hasMessageContaining(" has invalid Port range. Value provided: " + port + ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.7.0.0/255.255.0.0", "/24"})
    void a_security_rule_address_in_mask_form_or_without_an_address_is_refused(String prefix) {
        AzureException e = rejects(topology, AzureErrorCode.SecurityRuleInvalidAddressPrefix,
                () -> rule(prefix, "22").create());

        assertThat(e).hasMessageContaining(" has invalid Address prefix. Value provided: " + prefix + ".");
    }

    @Test
    void a_gateway_subnet_cannot_be_re_prefixed_away_from_its_gateways_address() {
        network("hub", "10.0.0.0/16").withSubnet("GatewaySubnet", "10.0.255.0/27").create();
        topology.virtualNetworkGateways().define("vpn").withExistingNetwork("hub").withRouteBasedVpn().create();

        AzureException e = rejects(topology, AzureErrorCode.InUseSubnetCannotBeUpdated,
                () -> topology.networks().update("hub").withSubnet("GatewaySubnet", "10.0.254.0/27").apply());

        assertThat(e).hasMessageEndingWith("its address prefix cannot be changed from 10.0.255.0/27 to"
                + " 10.0.254.0/27, which does not hold the gateway's address 10.0.255.4. Delete the gateway first.");
        assertThat(topology.networks().update("hub").withSubnet("GatewaySubnet", "10.0.255.0/26").apply()
                .subnet("GatewaySubnet").orElseThrow().addressPrefix()).hasToString("10.0.255.0/26");
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 0, 4_294_967_296L, 4_294_967_295L, 23_456, 64_500, 65_535, 8_074, 65_517})
    void a_gateway_refuses_an_asn_outside_32_bits_or_reserved(long asn) {
        network("hub", "10.0.0.0/16").withSubnet("GatewaySubnet", "10.0.255.0/27").create();

        AzureException e = rejects(topology, AzureErrorCode.InvalidBgpAsn, () -> topology.virtualNetworkGateways()
                .define("vpn").withExistingNetwork("hub").withRouteBasedVpn().withBgp(asn).create());

        assertThat(e).hasMessageStartingWith("BGP ASN " + asn + " of ");
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 0, 4_294_967_296L, 65_515, 12_076})
    void a_site_refuses_an_asn_outside_32_bits_or_reserved_by_azure(long asn) {
        rejects(topology, AzureErrorCode.InvalidBgpAsn, () -> topology.localNetworkGateways().define("onprem")
                .withRegion(Region.WEST_EUROPE).withIPAddress("203.0.113.10").withAddressSpace("192.168.0.0/16")
                .withBgp(asn, "192.168.0.1").create());
    }

    @Test
    void usable_asns_are_kept() {
        network("hub", "10.0.0.0/16").withSubnet("GatewaySubnet", "10.0.255.0/27").create();

        assertThat(topology.virtualNetworkGateways().define("vpn").withExistingNetwork("hub").withRouteBasedVpn()
                .withBgp(4_200_000_000L).create().bgp()).contains(4_200_000_000L);
        assertThat(topology.localNetworkGateways().define("onprem").withRegion(Region.WEST_EUROPE)
                .withIPAddress("203.0.113.10").withAddressSpace("192.168.0.0/16").withBgp(65_010, "192.168.0.1")
                .create().bgpAsn()).isEqualTo(65_010L);
    }
}
