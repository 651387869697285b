package io.vnetlab.controlplane;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NameBasedUuidTest {

    @Test
    void the_digest_is_md5_as_rfc_1321_tabulates_it() {
        assertThat(hexMd5("")).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(hexMd5("abc")).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(hexMd5("12345678901234567890123456789012345678901234567890123456789012345678901234567890"))
                .isEqualTo("57edf4a22be3c955ac49da2e2107b67a");
    }

    @Test
    void the_uuid_is_the_jdks_name_based_uuid_for_every_length_across_the_padding_boundaries() {
        Random random = new Random(42);
        for (int length = 0; length <= 200; length++) {
            byte[] name = new byte[length];
            random.nextBytes(name);
            assertThat(NameBasedUuid.of(name)).as("length %d", length).isEqualTo(UUID.nameUUIDFromBytes(name));
        }
        byte[] id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/rg/providers/microsoft.network/virtualnetworks/hub".getBytes(StandardCharsets.UTF_8);
        assertThat(NameBasedUuid.of(id)).isEqualTo(UUID.nameUUIDFromBytes(id));
    }

    private static String hexMd5(String text) {
        return HexFormat.of().formatHex(NameBasedUuid.md5(text.getBytes(StandardCharsets.UTF_8)));
    }
}
