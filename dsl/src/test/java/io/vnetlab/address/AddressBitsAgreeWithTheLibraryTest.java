package io.vnetlab.address;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses and prefixes are held as bits and IPv4 is parsed by hand; the {@code ipaddress} library, with the strict
 * parameters Azure's rules need, is the reference they must agree with: what is accepted, the network, the first and
 * last address, containment, order and text.
 */
class AddressBitsAgreeWithTheLibraryTest {

    private final Random random = new Random(23);

    @Test
    void ipv4_prefixes_parsed_by_hand_agree_with_the_library() {
        List<String> texts = new ArrayList<>(List.of("10.0.0.0/08", "10.0.0.0/00", "0.0.0.0/0", "10.0.0.0/32",
                "10.0.0.0/33", "10.0.0.1/8", "255.255.255.255/32", "256.0.0.0/8", "010.0.0.0/8", "1.2.3.4/31",
                "10.1.0.1/16", "0.0.0.1/0", "10.1.1/24", "10.1.1.1.1/24", "10.1.1.1/", "1.2.3.4/99"));
        for (int i = 0; i < 2_000; i++) {
            texts.add(randomOctet() + "." + randomOctet() + "." + randomOctet() + "." + randomOctet() + "/"
                    + random.nextInt(34));
        }
        Cidr previous = null;
        IPAddress previousBlock = null;
        for (String text : texts) {
            Optional<IPAddress> reference = libraryPrefix(text);
            Optional<Cidr> ours = lenient(text);
            assertThat(ours.isPresent()).as(text).isEqualTo(reference.isPresent());
            if (reference.isEmpty()) {
                continue;
            }
            IPAddress block = reference.get().toPrefixBlock();
            Cidr cidr = ours.get();
            assertThat(cidr.toString()).as(text).isEqualTo(
                    reference.get().withoutPrefixLength().toNormalizedString() + "/" + cidr.prefixLength());
            assertThat(cidr.prefixLength()).as(text).isEqualTo(block.getNetworkPrefixLength());
            assertThat(cidr.firstAddress().longValue()).as(text).isEqualTo(block.getLower().toIPv4().longValue());
            assertThat(cidr.lastAddress().longValue()).as(text).isEqualTo(block.getUpper().toIPv4().longValue());
            assertThat(cidr.isNetworkAddress()).as(text).isEqualTo(
                    reference.get().withoutPrefixLength().equals(block.getLower().withoutPrefixLength()));
            assertThat(cidr.toIPAddress()).as(text).isEqualTo(block);
            IpAddress probe = IpAddress.ipv4(random.nextInt());
            assertThat(cidr.contains(probe)).as(text + " holds " + probe).isEqualTo(block.contains(
                    probe.toIPAddress()));
            Cidr other = Cidr.host(probe);
            assertThat(cidr.contains(other)).as(text + " holds " + other).isEqualTo(block.contains(
                    other.toIPAddress()));
            if (previous != null) {
                int byAddress = Long.compare(block.toIPv4().longValue(), previousBlock.toIPv4().longValue());
                int expected = byAddress != 0 ? byAddress : Integer.compare(cidr.prefixLength(),
                        previous.prefixLength());
                assertThat(Integer.signum(cidr.compareTo(previous))).as(text + " against " + previous)
                        .isEqualTo(Integer.signum(expected));
            }
            previous = cidr;
            previousBlock = block;
        }
    }

    @Test
    void ipv6_prefixes_and_addresses_agree_with_the_library() {
        for (String text : List.of("fd00:db8:deca::/48", "fd00:db8:deca::1/48", "::/0", "fd00::/128", "fd00::/64",
                "fd00::/65", "fd00:db8:deca:deed::/64", "2001:db8::8000:0:0:0/65")) {
            IPAddress reference = libraryPrefix(text).orElseThrow();
            IPAddress block = reference.toPrefixBlock();
            Cidr cidr = Cidr.parseLenient(text);
            assertThat(cidr.toString()).isEqualTo(reference.withoutPrefixLength().toCompressedString() + "/"
                    + cidr.prefixLength());
            assertThat(cidr.firstAddress().toIPAddress()).as(text).isEqualTo(block.getLower().withoutPrefixLength());
            assertThat(cidr.lastAddress().toIPAddress()).as(text).isEqualTo(block.getUpper().withoutPrefixLength());
            assertThat(cidr.toIPAddress()).as(text).isEqualTo(block);
            for (String address : List.of("fd00::4", "fd00:db8:deca:deed::4", "2001:db8::8000:0:0:1", "::1")) {
                assertThat(cidr.contains(IpAddress.parse(address))).as(text + " holds " + address)
                        .isEqualTo(block.contains(new IPAddressString(address).getAddress()));
            }
        }
        assertThat(Cidr.ANY_IPV6).isEqualTo(Cidr.parse("::/0"));
        assertThat(IpAddress.parse("fd00:db8:deca:deed::4").toString()).isEqualTo("fd00:db8:deca:deed::4");
        assertThat(IpAddress.parse("fd00::4").compareTo(IpAddress.parse("fd00::10"))).isNegative();
        assertThat(IpAddress.parse("fd00::ffff").plus(1)).isEqualTo(IpAddress.parse("fd00::1:0"));
    }

    @Test
    void ipv4_arithmetic_stays_within_32_bits_as_the_library_does() {
        assertThat(IpAddress.parse("10.1.1.255").plus(1)).isEqualTo(IpAddress.parse("10.1.2.0"));
        assertThat(IpAddress.parse("10.1.1.4").plus(-5)).isEqualTo(IpAddress.parse("10.1.0.255"));
        assertThat(IpAddress.parse("10.1.1.4").toIPAddress()).isEqualTo(new IPAddressString("10.1.1.4").getAddress());
        assertThat(IpAddress.parse("255.255.255.255").compareTo(IpAddress.parse("1.0.0.0"))).isPositive();
        assertThat(catchOverflow(() -> IpAddress.parse("255.255.255.255").plus(1))).isNotNull();
        assertThat(catchOverflow(() -> IpAddress.parse("0.0.0.0").plus(-1))).isNotNull();
    }

    private static RuntimeException catchOverflow(Runnable step) {
        try {
            step.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private String randomOctet() {
        int kind = random.nextInt(20);
        return kind == 0 ? "0" + random.nextInt(10) : kind == 1 ? String.valueOf(256 + random.nextInt(50))
                : String.valueOf(random.nextInt(256));
    }

    private static Optional<Cidr> lenient(String text) {
        try {
            return Optional.of(Cidr.parseLenient(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The prefix as the library reads it with the strict parameters: the address as written, with its length. */
    private static Optional<IPAddress> libraryPrefix(String text) {
        IPAddress parsed;
        try {
            parsed = new IPAddressString(text, Strict.PARAMETERS).toAddress();
        } catch (AddressStringException e) {
            return Optional.empty();
        }
        if (parsed == null || parsed.getNetworkPrefixLength() == null
                || (parsed.isMultiple() && !parsed.isPrefixBlock())) {
            return Optional.empty();
        }
        return Optional.of(parsed.isMultiple() ? parsed.getLower() : parsed);
    }
}
