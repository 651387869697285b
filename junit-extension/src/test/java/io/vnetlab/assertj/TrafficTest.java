package io.vnetlab.assertj;

import io.vnetlab.model.Protocol;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.vnetlab.assertj.Traffic.icmp;
import static io.vnetlab.assertj.Traffic.tcp;
import static io.vnetlab.assertj.Traffic.udp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TrafficTest {

    @Test
    void traffic_reads_as_protocol_and_ports() {
        assertThat(tcp(22)).hasToString("TCP/22");
        assertThat(udp(8000, 8100)).hasToString("UDP/8000-8100");
        assertThat(icmp()).hasToString("ICMP");
        assertThat(Traffic.on(Protocol.Tcp)).hasToString("TCP");
        assertThat(Traffic.any()).hasToString("any traffic").isEqualTo(Traffic.on(Protocol.Any));
        assertThat(Traffic.on(Protocol.Tcp, 22)).isEqualTo(tcp(22)).hasSameHashCodeAs(tcp(22));
    }

    @Test
    void bad_ports_are_rejected_naming_the_argument_and_the_fix() {
        assertThatIllegalArgumentException().isThrownBy(() -> tcp(70000))
                .withMessage("'fromPort' 70000 is not a port: use 0 to 65535.");
        assertThatIllegalArgumentException().isThrownBy(() -> tcp(90, 80))
                .withMessage("'fromPort' 90 is greater than 'toPort' 80: give the lower port first.");
        assertThatIllegalArgumentException().isThrownBy(() -> Traffic.on(Protocol.Icmp, 7))
                .withMessage("Only TCP and UDP have ports, not ICMP: use Traffic.on(Protocol.Icmp) without a port.");
    }

    @Test
    void open_port_sets_merge_ranges_per_protocol() {
        assertThat(PortSet.of(List.of(tcp(22), tcp(23), tcp(80), udp(53), icmp())))
                .hasToString("TCP/22-23, TCP/80, UDP/53, ICMP")
                .isEqualTo(PortSet.of(List.of(icmp(), udp(53), tcp(80), tcp(22, 23))));
        assertThat(PortSet.of(List.of())).hasToString("none");
        assertThat(PortSet.of(List.of(Traffic.any()))).hasToString("TCP/0-65535, UDP/0-65535, ICMP");
    }
}
