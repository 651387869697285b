package io.vnetlab.address;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The longest-prefix match agrees with trying every prefix: over a table large enough to grow many times (the routes
 * of a hub with hundreds of peerings) or sized for it at once, IPv4 and IPv6 side by side, a prefix put again keeping
 * its latest value, or its first when only put if absent.
 */
class PrefixTableTest {

    @ParameterizedTest(name = "sized for {0}")
    @ValueSource(ints = {-1, 0, 10, 1200})
    void the_longest_match_is_the_longest_prefix_holding_the_address_among_all_put(int expectedSize) {
        Random random = new Random(20261205L);
        PrefixTable<String> table = expectedSize < 0 ? new PrefixTable<>() : new PrefixTable<>(expectedSize);
        Map<Cidr, String> put = new LinkedHashMap<>();
        for (int i = 0; i < 1200; i++) {
            Cidr prefix = random.nextInt(5) == 0 ? randomIpv6Prefix(random) : randomIpv4Prefix(random);
            String value = "route-" + i;
            if (i % 3 == 0) {
                boolean added = table.putIfAbsent(prefix, value);
                assertThat(added).as("%s added", prefix).isEqualTo(!put.containsKey(prefix));
                put.putIfAbsent(prefix, value);   // a prefix present keeps its value
            } else {
                table.put(prefix, value);
                put.put(prefix, value);   // a prefix put again: the latest value wins
            }
        }
        List<IpAddress> probes = new ArrayList<>();
        for (Cidr prefix : put.keySet()) {
            probes.add(prefix.firstAddress());
        }
        for (int i = 0; i < 3000; i++) {
            probes.add(random.nextInt(5) == 0 ? randomIpv6Prefix(random).firstAddress()
                    : IpAddress.parse("10." + random.nextInt(4) + "." + random.nextInt(256) + "." + random.nextInt(256)));
        }
        for (IpAddress address : probes) {
            assertThat(table.longestMatch(address)).as("%s", address).isEqualTo(bruteForce(put, address));
        }
    }

    @Test
    void put_if_absent_keeps_the_first_value_of_a_prefix_and_says_whether_it_added() {
        PrefixTable<String> table = new PrefixTable<>(2);

        assertThat(table.putIfAbsent(Cidr.parse("10.1.0.0/16"), "first")).isTrue();
        assertThat(table.putIfAbsent(Cidr.parse("10.1.0.0/16"), "second")).isFalse();
        assertThat(table.putIfAbsent(Cidr.parse("fd00::/64"), "v6")).isTrue();

        assertThat(table.longestMatch(IpAddress.parse("10.1.2.3"))).contains("first");
        assertThat(table.longestMatch(IpAddress.parse("fd00::9"))).contains("v6");
    }

    @Test
    void an_empty_table_matches_nothing_and_says_so() {
        PrefixTable<String> table = new PrefixTable<>();

        assertThat(table.isEmpty()).isTrue();
        assertThat(table.longestMatch(IpAddress.parse("10.0.0.1"))).isEmpty();
        assertThat(table.longestMatch(IpAddress.parse("fd00::1"))).isEmpty();

        table.put(Cidr.parse("0.0.0.0/0"), "Internet");
        assertThat(table.isEmpty()).isFalse();
        assertThat(table.longestMatch(IpAddress.parse("10.0.0.1"))).contains("Internet");
        assertThat(table.longestMatch(IpAddress.parse("fd00::1"))).isEmpty();
    }

    private static Optional<String> bruteForce(Map<Cidr, String> put, IpAddress address) {
        Cidr best = null;
        for (Cidr prefix : put.keySet()) {
            if (prefix.isIPv6() == address.isIPv6() && prefix.contains(address)
                    && (best == null || prefix.prefixLength() > best.prefixLength())) {
                best = prefix;
            }
        }
        return best == null ? Optional.empty() : Optional.of(put.get(best));
    }

    /** Prefixes crowded into 10.0.0.0/14, of every length from 0 to 32, so that many nest. */
    private static Cidr randomIpv4Prefix(Random random) {
        int length = random.nextInt(33);
        String address = "10." + random.nextInt(4) + "." + random.nextInt(256) + "." + random.nextInt(256);
        return Cidr.parseLenient(address + "/" + length).network();
    }

    private static Cidr randomIpv6Prefix(Random random) {
        int length = random.nextInt(129);
        String address = "fd00:" + Integer.toHexString(random.nextInt(4)) + "::" + Integer.toHexString(random.nextInt(65536));
        return Cidr.parseLenient(address + "/" + length).network();
    }
}
