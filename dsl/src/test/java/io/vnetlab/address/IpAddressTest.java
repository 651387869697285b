package io.vnetlab.address;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text that may be an address or a name: decided by the dotted-quad rules Azure accepts, without exceptions. */
class IpAddressTest {

    @Test
    void a_dotted_quad_of_four_octets_is_an_address() {
        assertThat(IpAddress.tryParse("10.1.1.4")).contains(IpAddress.parse("10.1.1.4"));
        assertThat(IpAddress.tryParse(" 0.0.0.0 ")).hasValueSatisfying(a -> assertThat(a.longValue()).isZero());
        assertThat(IpAddress.tryParse("255.255.255.255")).hasValueSatisfying(
                a -> assertThat(a.longValue()).isEqualTo(0xFFFF_FFFFL));
        assertThat(IpAddress.isValid("192.168.10.20")).isTrue();
    }

    @Test
    void names_shorthands_leading_zeros_and_octets_over_255_are_not_addresses() {
        for (String text : new String[]{"SalesVM", "10.1.1", "10.1.1.4.", "10.1.1.4/32", "010.1.1.4", "10.01.1.4",
                "256.1.1.4", "10.1.1.1000", "1.2.3.4x", "", " ", "1..2.3", ".1.2.3", "10.1.1.-4"}) {
            assertThat(IpAddress.tryParse(text)).as(text).isEmpty();
            assertThat(IpAddress.isValid(text)).as(text).isFalse();
        }
        assertThat(IpAddress.tryParse(null)).isEmpty();
    }

    @Test
    void parsing_a_name_says_what_an_address_looks_like() {
        assertThatThrownBy(() -> IpAddress.parse("SalesVM")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'SalesVM' is not an IPv4 address, for example 10.1.1.4.");
    }
}
