package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.HopDetail;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.render.HopText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A classic firewall deployed by a template with a public IP, a DNAT rule collection whose destination is
 * {@code reference()} to that public IP's address, a network rule and its SNAT private ranges
 * (docs/azure/azure-firewall.md#dnat, #snat).
 */
class FirewallDnatTemplateTest {

    private final Topology azure = Topology.create();
    private String publicAddress;

    @BeforeEach
    void deploy() {
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        ArmDeployment.into(azure, "rg").templateResource("templates/firewall/dnat-publish.json").deploy();
        publicAddress = azure.publicIpAddresses().get("fw-pip").ipAddress().toString();
    }

    @Test
    void ssh_to_the_firewalls_public_address_is_translated_to_the_app_server() {
        Verdict v = azure.evaluate(Flow.from(Endpoint.address("198.51.100.7")).to(Endpoint.address(publicAddress))
                .on(Protocol.Tcp, 2222));

        assertThat(v.reachable()).isTrue();
        assertThat(v.hops()).extracting(HopText::decision).contains("Azure Firewall 'fw' translated and allowed by"
                + " rule 'ssh-to-app' of Nat rule collection 'publish', DNAT public IP 'fw-pip' " + publicAddress
                + " -> 10.1.1.4:22, source NAT to 10.0.1.4");
        assertThat(azure.evaluate(Flow.from(Endpoint.address("198.51.100.7")).to(Endpoint.address(publicAddress))
                .on(Protocol.Tcp, 22)).reachable()).isFalse();
    }

    @Test
    void the_app_server_leaves_for_the_internet_from_the_firewalls_public_address() {
        Verdict v = azure.evaluate(Flow.from(azure.endpoint("app-vm")).to(Endpoint.address("93.184.216.34"))
                .on(Protocol.Tcp, 443));

        assertThat(v.reachable()).isTrue();
        assertThat(v.hops().stream().map(h -> h.detail(HopDetail.Outbound.class)).flatMap(Optional::stream)
                .findFirst().orElseThrow().access().sourceAddress()).hasValueSatisfying(a -> assertThat(a)
                .hasToString(publicAddress));
        assertThat(azure.azureFirewalls().get("fw").snatPrivateRanges()).containsExactly("IANAPrivateRanges");
    }
}
