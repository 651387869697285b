package io.vnetlab.address;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Port sets as NSG evaluation uses them: Azure's range syntax (docs/azure/network-security-groups.md#rules) and set
 * algebra.
 */
class PortRangeSetTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261123L);

    // docs/azure/network-security-groups.md#rules
    @Test
    void parses_star_a_port_and_a_range_as_azure_writes_them() {
        assertThat(PortRangeSet.parse("*")).isEqualTo(PortRangeSet.ALL);
        assertThat(PortRangeSet.parse("22")).hasToString("22");
        assertThat(PortRangeSet.parse(" 1000-2000 ")).hasToString("1000-2000");
        assertThat(PortRangeSet.parseAll(List.of("80", "443", "81-442"))).hasToString("80-443");
        for (String bad : List.of("65536", "-1", "20-10", "a", "1-2-3", "")) {
            assertThat(PortRangeSet.tryParse(bad)).as(bad).isEmpty();
        }
        assertThatThrownBy(() -> PortRangeSet.parse("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'x' is not a port range: write *, a port such as 22, or a range such as 1000-2000,"
                        + " within 0-65535.");
    }

    @Test
    void union_intersection_and_difference_keep_ranges_sorted_and_merged() {
        PortRangeSet web = PortRangeSet.range(80, 443).union(PortRangeSet.of(22));
        assertThat(web).hasToString("22, 80-443");
        assertThat(web.minus(PortRangeSet.range(100, 200))).hasToString("22, 80-99, 201-443");
        assertThat(web.intersect(PortRangeSet.range(400, 8000))).hasToString("400-443");
        assertThat(PortRangeSet.of(22).complement()).hasToString("0-21, 23-65535");
        assertThat(PortRangeSet.NONE).hasToString("none");
        assertThat(PortRangeSet.ALL.isAll()).isTrue();
        assertThat(web.size()).isEqualTo(365);
    }

    @Test
    void set_operations_agree_with_a_port_by_port_model() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(lists().of(integers().between(0, PortRangeSet.MAX_PORT)).ofSizeBetween(0, 8),
                        lists().of(integers().between(0, PortRangeSet.MAX_PORT)).ofSizeBetween(0, 8))
                .checkAssert((a, b) -> {
                    PortRangeSet x = build(a);
                    PortRangeSet y = build(b);
                    BitSet bx = bits(a);
                    BitSet by = bits(b);
                    BitSet union = (BitSet) bx.clone();
                    union.or(by);
                    BitSet inter = (BitSet) bx.clone();
                    inter.and(by);
                    BitSet minus = (BitSet) bx.clone();
                    minus.andNot(by);
                    assertThat(model(x.union(y))).isEqualTo(union);
                    assertThat(model(x.intersect(y))).isEqualTo(inter);
                    assertThat(model(x.minus(y))).isEqualTo(minus);
                    assertThat(x.union(y).size()).isEqualTo(union.cardinality());
                    assertThat(x.containsAll(x.intersect(y))).isTrue();
                });
    }

    /** Pairs of numbers as ranges: (3, 9, 20, 15) is 3-9 and 15-20. */
    private static PortRangeSet build(List<Integer> bounds) {
        PortRangeSet set = PortRangeSet.NONE;
        for (int i = 0; i + 1 < bounds.size(); i += 2) {
            set = set.union(PortRangeSet.range(Math.min(bounds.get(i), bounds.get(i + 1)),
                    Math.max(bounds.get(i), bounds.get(i + 1))));
        }
        return set;
    }

    private static BitSet bits(List<Integer> bounds) {
        BitSet bits = new BitSet();
        for (int i = 0; i + 1 < bounds.size(); i += 2) {
            bits.set(Math.min(bounds.get(i), bounds.get(i + 1)), Math.max(bounds.get(i), bounds.get(i + 1)) + 1);
        }
        return bits;
    }

    private static BitSet model(PortRangeSet set) {
        BitSet bits = new BitSet();
        for (String range : set.ranges()) {
            String[] parts = range.split("-");
            int from = Integer.parseInt(parts[0]);
            int to = parts.length == 1 ? from : Integer.parseInt(parts[1]);
            bits.set(from, to + 1);
        }
        return bits;
    }

    @Test
    void only_ascii_digits_and_a_dash_without_spaces_make_a_port_range() {
        assertThat(PortRangeSet.tryParse("\uff12\uff12")).isEmpty();          // fullwidth "22"
        assertThat(PortRangeSet.tryParse("22 - 80")).isEmpty();
        assertThat(PortRangeSet.tryParse("+22")).isEmpty();
        assertThat(PortRangeSet.tryParse("99999999999")).isEmpty();
        assertThat(PortRangeSet.tryParse(" 22-80 ")).contains(PortRangeSet.range(22, 80));
    }

    @Test
    void reads_exactly_the_texts_of_one_to_five_ascii_digits_then_optionally_a_dash_and_one_to_five_more() {
        java.util.regex.Pattern portOrRange = java.util.regex.Pattern.compile("([0-9]{1,5})(?:-([0-9]{1,5}))?");
        String alphabet = "0123456789--- +x\uff12";
        java.util.Random random = new java.util.Random(23);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(13); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString().trim();
            java.util.regex.Matcher m = portOrRange.matcher(t);
            java.util.Optional<PortRangeSet> expected = java.util.Optional.empty();
            if (m.matches()) {
                int from = Integer.parseInt(m.group(1));
                int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                expected = to <= PortRangeSet.MAX_PORT && from <= to ? java.util.Optional.of(PortRangeSet.range(from, to))
                        : java.util.Optional.empty();
            }
            assertThat(PortRangeSet.tryParse(text.toString())).as("'%s'", text).isEqualTo(expected);
        }
    }
}
