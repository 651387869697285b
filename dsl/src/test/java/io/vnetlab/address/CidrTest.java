package io.vnetlab.address;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CidrTest {

    @Test
    void parses_a_network_prefix_and_prints_it_as_written() {
        Cidr cidr = Cidr.parse("10.1.0.0/16");
        assertThat(cidr).hasToString("10.1.0.0/16");
        assertThat(cidr.prefixLength()).isEqualTo(16);
        assertThat(cidr.size()).isEqualTo(65536);
        assertThat(cidr.firstAddress()).hasToString("10.1.0.0");
        assertThat(cidr.lastAddress()).hasToString("10.1.255.255");
    }

    @Test
    void prefixes_of_the_same_address_and_different_lengths_are_different() {
        assertThat(Cidr.parse("10.0.0.0/16")).isNotEqualTo(Cidr.parse("10.0.0.0/8"));
        assertThat(Cidr.parse("10.0.0.0/8")).isEqualTo(Cidr.parse("10.0.0.0/8"))
                .hasSameHashCodeAs(Cidr.parse("10.0.0.0/8"));
    }

    @Test
    void lenient_parse_keeps_host_bits_and_knows_the_network_address() {
        Cidr cidr = Cidr.parseLenient("10.1.0.1/16");
        assertThat(cidr.isNetworkAddress()).isFalse();
        assertThat(cidr.network()).hasToString("10.1.0.0/16");
        assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse("10.1.0.1/16"))
                .withMessage("'10.1.0.1/16' has host bits set; for the given prefix length the address prefix should be 10.1.0.0/16.");
    }

    @Test
    void rejects_text_that_is_not_cidr_notation() {
        assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse("10.1.0.0"))
                .withMessage("'10.1.0.0' is not in CIDR notation, for example 10.0.0.0/24.");
        assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse("10.1.0.0/33"));
        assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse("banana/8"));
        assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse("fd00::/129"));
        assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse("fd00::1%eth0/64"));
    }

    // docs/azure/ipv6.md#addresses
    @Test
    void reads_IPv6_prefixes_which_never_overlap_IPv4_ones() {
        Cidr v6 = Cidr.parse("fd00:db8:deca::/48");
        assertThat(v6.isIPv6()).isTrue();
        assertThat(v6).hasToString("fd00:db8:deca::/48");
        assertThat(v6.contains(Cidr.parse("fd00:db8:deca:deed::/64"))).isTrue();
        assertThat(v6.contains(io.vnetlab.address.IpAddress.parse("fd00:db8:deca:deed::4"))).isTrue();
        assertThat(v6.overlaps(Cidr.ANY)).isFalse();
        assertThat(Cidr.ANY_IPV6.overlaps(Cidr.parse("10.0.0.0/8"))).isFalse();
        assertThat(Cidr.parseLenient("fd00:db8:deca::1/48").isNetworkAddress()).isFalse();
        assertThat(Cidr.parse("fd00:db8:deca:deed::/64").size()).isEqualTo(Long.MAX_VALUE);
        assertThat(Cidr.parse("10.0.0.0/8").compareTo(v6)).isNegative();
    }

    @Test
    void prefixes_of_one_address_but_different_lengths_are_different() {
        assertThat(Cidr.parse("10.0.0.0/8")).isNotEqualTo(Cidr.parse("10.0.0.0/16"));
        assertThat(Cidr.parse("10.0.0.0/16")).isEqualTo(Cidr.parse("10.0.0.0/16"))
                .hasSameHashCodeAs(Cidr.parse("10.0.0.0/16"));
        assertThat(java.util.Set.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("10.0.0.0/16"))).hasSize(2);
        assertThat(Cidr.parseLenient("10.1.0.1/16")).isNotEqualTo(Cidr.parse("10.1.0.0/16"));
    }

    @Test
    void containment_and_overlap() {
        Cidr space = Cidr.parse("10.1.0.0/16");
        assertThat(space.contains(Cidr.parse("10.1.1.0/24"))).isTrue();
        assertThat(space.contains(Cidr.parse("10.0.0.0/8"))).isFalse();
        assertThat(space.overlaps(Cidr.parse("10.0.0.0/8"))).isTrue();
        assertThat(space.overlaps(Cidr.parse("10.2.0.0/16"))).isFalse();
        assertThat(space.contains(IpAddress.parse("10.1.1.4"))).isTrue();
        assertThat(space.contains(IpAddress.parse("10.2.1.4"))).isFalse();
    }

    @Test
    void ip_addresses_parse_compare_and_step() {
        IpAddress a = IpAddress.parse("10.1.1.4");
        assertThat(a.plus(1)).hasToString("10.1.1.5");
        assertThat(a.compareTo(IpAddress.parse("10.1.1.10"))).isNegative();
        assertThat(a.isRfc1918()).isTrue();
        assertThat(IpAddress.parse("20.1.1.4").isRfc1918()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> IpAddress.parse("10.1.1.4/32"));
        assertThatIllegalArgumentException().isThrownBy(() -> IpAddress.parse("10.1.1"));
    }

    @Test
    void prefix_table_answers_the_longest_match() {
        PrefixTable<String> table = new PrefixTable<>();
        table.put(Cidr.parse("0.0.0.0/0"), "Internet");
        table.put(Cidr.parse("10.0.0.0/8"), "None");
        table.put(Cidr.parse("10.1.0.0/16"), "VnetLocal");
        assertThat(table.longestMatch(IpAddress.parse("10.1.1.4"))).contains("VnetLocal");
        assertThat(table.longestMatch(IpAddress.parse("10.3.1.4"))).contains("None");
        assertThat(table.longestMatch(IpAddress.parse("8.8.8.8"))).contains("Internet");
        assertThat(table.allMatches(IpAddress.parse("10.1.1.4"))).containsExactly("VnetLocal", "None", "Internet");
    }

    @Test
    void a_prefix_length_beyond_32_or_a_missing_address_is_refused_in_words_not_parser_internals() {
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/2147483648")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'10.0.0.0/2147483648' is not in CIDR notation, for example 10.0.0.0/24.");
        assertThatThrownBy(() -> Cidr.parse("/24")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'/24' is not in CIDR notation, for example 10.0.0.0/24.");
        assertThatThrownBy(() -> IpAddress.parse("/24")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'/24' is not an IPv4 address, for example 10.1.1.4.");
        assertThat(IpAddress.isValid("/24")).isFalse();
    }

    @Test
    void a_prefix_in_mask_form_is_not_cidr_notation() {
        assertThat(Cidr.tryParse("10.7.0.0/255.255.0.0")).isEmpty();
    }
}
