package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code assertThat(vm).resolves(name)}: how a VM resolves a name through the private DNS zones linked to its network
 * (docs/azure/private-dns.md#resolution).
 */
class EndpointAssert_resolves_Test {

    /** A hub and a spoke with a key vault endpoint, its privatelink zone linked to the spoke only. */
    private static Topology vaultInSpoke() {
        Topology azure = Topology.create();
        azure.networks().define("hub").withRegion(Region.EAST_US).withAddressSpace("10.0.0.0/16")
                .withSubnet("shared", "10.0.1.0/24").create();
        azure.networks().define("spoke").withRegion(Region.EAST_US).withAddressSpace("10.1.0.0/16")
                .withSubnet("app", "10.1.1.0/24").withSubnet("endpoints", "10.1.2.0/24").create();
        azure.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("shared").create();
        azure.virtualMachines().define("app-vm").withExistingPrimaryNetwork("spoke").withSubnet("app").create();
        azure.privateEndpoints().define("vault").withSubnet("spoke", "endpoints").withPrivateLinkResource(
                "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers"
                        + "/Microsoft.KeyVault/vaults/secrets", "vault").create();
        azure.privateDnsZones().define("privatelink.vaultcore.azure.net").create();
        azure.privateDnsZones().linkNetwork("privatelink.vaultcore.azure.net", "spoke", "spoke", false);
        azure.privateEndpoints().addDnsZoneGroup("vault", "default", "privatelink.vaultcore.azure.net");
        return azure;
    }

    @Test
    void should_pass_when_the_vm_resolves_the_name_to_the_endpoints_address() {
        Topology azure = vaultInSpoke();

        assertThat(azure.vm("app-vm")).resolves("secrets.vault.azure.net").to("10.1.2.4");
        assertThat(azure.vm("hub-vm")).resolves("secrets.vault.azure.net").asPublicName();
        assertThat(azure.vm("app-vm")).resolves("other.privatelink.vaultcore.azure.net").asNonExistentDomain();
    }

    @Test
    void should_fail_showing_how_the_name_was_resolved() {
        Topology azure = vaultInSpoke();

        AssertionError error = expectAssertionError(() -> assertThat(azure.vm("hub-vm"))
                .resolves("secrets.vault.azure.net").to("10.1.2.4"));

        assertThat(error).hasMessage(String.format("%nExpecting hub-vm to resolve secrets.vault.azure.net to:%n"
                + "  10.1.2.4%nbut:%n"
                + "hub-vm resolves secrets.vault.azure.net through Azure-provided DNS:%n"
                + "  secrets.vault.azure.net is an alias of secrets.privatelink.vaultcore.azure.net (public DNS: the"
                + " name of a private endpoint's target, in its privatelink zone)%n"
                + "  secrets.privatelink.vaultcore.azure.net: answered by public DNS, with a public address: not"
                + " simulated\n"));
    }
}
