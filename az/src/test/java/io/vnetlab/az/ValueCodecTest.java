package io.vnetlab.az;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Records of any shape come back equal; what the codec cannot make back is refused when written. */
class ValueCodecTest {

    record Inner(IpAddress address, Cidr prefix, Optional<String> note) {
    }

    record Everything(String text, int count, long big, boolean flag, double ratio, PeeringState state, Region region,
                      ResourceId id, List<Inner> inners, Set<String> names, Map<String, Integer> sizes,
                      Class<?> type, Object nothing) {
    }

    record Holding(Object anything) {
    }

    record WithArrayList(java.util.ArrayList<String> words) {
    }

    private static byte[] written(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new ValueCodec.Writer(out).write(value);
        }
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes) throws IOException {
        return new ValueCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes))).read();
    }

    @Test
    void a_record_of_every_supported_kind_comes_back_equal() throws IOException {
        ResourceId id = ResourceId.parse("/subscriptions/s/resourceGroups/RG/providers/Microsoft.Network/virtualNetworks/Hub");
        Everything value = new Everything("text", 7, 1L << 40, true, 0.5, PeeringState.Connected, Region.WEST_EUROPE,
                id, List.of(new Inner(IpAddress.parse("10.0.0.4"), Cidr.parseLenient("10.0.0.5/24"), Optional.of("n")),
                        new Inner(IpAddress.parse("255.255.255.255"), Cidr.parse("0.0.0.0/0"), Optional.empty())),
                Set.of("a"), Map.of("k", 1), Inner.class, null);

        Object back = read(written(value));

        assertThat(back).isEqualTo(value);
        assertThat(((Everything) back).id().toString()).as("the id's case as written").isEqualTo(id.toString());
    }

    @Test
    void a_value_that_is_neither_a_record_nor_a_known_value_type_is_refused_when_written() {
        assertThatThrownBy(() -> written(new Holding(new StringBuilder("x"))))
                .isInstanceOf(ValueCodec.Unsupported.class)
                .hasMessageContaining("java.lang.StringBuilder");
    }

    @Test
    void a_collection_the_reader_would_make_in_another_type_is_refused_when_written() {
        assertThatThrownBy(() -> written(new WithArrayList(new java.util.ArrayList<>(List.of("a")))))
                .isInstanceOf(ValueCodec.Unsupported.class)
                .hasMessageContaining("words");
    }

    @Test
    void bytes_that_end_early_are_not_read_as_a_value() throws IOException {
        byte[] bytes = written(new Holding(List.of("a", "b", "c")));

        assertThatThrownBy(() -> read(java.util.Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IOException.class);
    }
}
