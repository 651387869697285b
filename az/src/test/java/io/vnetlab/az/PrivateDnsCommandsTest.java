package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network private-dns zone|link vnet|record-set} and {@code az network private-endpoint dns-zone-group}
 * (docs/azure/private-dns.md#rules, #arm-and-cli-shapes, #auto-registration, #zone-groups).
 */
class PrivateDnsCommandsTest {

    private static final String ZONES = AzTestBench.RG + "/providers/Microsoft.Network/privateDnsZones/";

    private final AzTestBench cli = new AzTestBench();

    private void network() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n vnet --address-prefixes 10.0.0.0/16 --subnet-name app"
                + " --subnet-prefixes 10.0.1.0/24");
        cli.ok("network vnet subnet create -g rg --vnet-name vnet -n endpoints --address-prefixes 10.0.2.0/24");
    }

    @Test
    void a_zone_is_global_with_azures_limits_and_counts_its_soa_record_set_and_links() {
        network();

        JsonNode zone = cli.json("network private-dns zone create -g rg -n contoso.internal");
        cli.ok("network private-dns link vnet create -g rg -z contoso.internal -n vnet-link -v vnet -e true");

        assertThat(zone.get("id").asText()).isEqualTo(ZONES + "contoso.internal");
        assertThat(zone.get("location").asText()).isEqualTo("global");
        assertThat(zone.get("maxNumberOfRecordSets").asInt()).isEqualTo(25000);
        assertThat(zone.get("maxNumberOfVirtualNetworkLinksWithRegistration").asInt()).isEqualTo(100);
        assertThat(zone.get("numberOfRecordSets").asInt()).isEqualTo(1);
        assertThat(zone.get("etag").asText()).matches("[0-9a-f-]{36}");
        assertThat(cli.ok("network private-dns zone show -g rg -n contoso.internal --query"
                + " [numberOfVirtualNetworkLinks,numberOfVirtualNetworkLinksWithRegistration] -o tsv"))
                .isEqualTo("1\n1\n");
        assertThat(cli.ok("network private-dns record-set list -g rg -z contoso.internal --query [].type -o tsv"))
                .isEqualTo("Microsoft.Network/privateDnsZones/SOA\n");
    }

    @Test
    void a_link_shows_its_network_and_registration_and_a_network_has_one_registration_zone() {
        network();
        cli.ok("network private-dns zone create -g rg -n contoso.internal");
        cli.ok("network private-dns zone create -g rg -n fabrikam.internal");

        JsonNode link = cli.json("network private-dns link vnet create -g rg -z contoso.internal -n vnet-link"
                + " -v vnet -e true");
        AzResult second = cli.run("network private-dns link vnet create -g rg -z fabrikam.internal -n vnet-link"
                + " --virtual-network vnet --registration-enabled true");

        assertThat(link.at("/virtualNetwork/id").asText())
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/virtualNetworks/vnet");
        assertThat(link.get("registrationEnabled").asBoolean()).isTrue();
        assertThat(link.get("virtualNetworkLinkState").asText()).isEqualTo("Completed");
        assertThat(link.get("type").asText()).isEqualTo("Microsoft.Network/privateDnsZones/virtualNetworkLinks");
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err()).startsWith("ERROR: (Conflict) A virtual network can only be linked to 1 Private DNS"
                + " zone(s) with auto-registration enabled; conflicting Private DNS zone is 'contoso.internal'.");
    }

    @Test
    void a_vm_of_a_registration_network_gets_an_auto_registered_a_record() {
        network();
        cli.ok("network private-dns zone create -g rg -n contoso.internal");
        cli.ok("network private-dns link vnet create -g rg -z contoso.internal -n vnet-link -v vnet -e true");

        cli.ok("vm create -g rg -n web1 --image Ubuntu2204 --vnet-name vnet --subnet app");

        assertThat(cli.ok("network private-dns record-set a list -g rg -z contoso.internal --query"
                + " [].[name,aRecords[0].ipv4Address,isAutoRegistered,ttl] -o tsv"))
                .isEqualTo("web1\t10.0.1.4\tTrue\t10\n");
    }

    @Test
    void records_are_added_and_removed_and_the_last_removal_deletes_the_record_set() {
        network();
        cli.ok("network private-dns zone create -g rg -n contoso.internal");

        cli.ok("network private-dns record-set a add-record -g rg -z contoso.internal -n db -a 10.0.1.10");
        JsonNode two = cli.json("network private-dns record-set a add-record -g rg -z contoso.internal"
                + " --record-set-name db --ipv4-address 10.0.1.11");
        cli.ok("network private-dns record-set a remove-record -g rg -z contoso.internal -n db -a 10.0.1.10");
        String afterOne = cli.ok("network private-dns record-set a show -g rg -z contoso.internal -n db --query"
                + " aRecords[].ipv4Address -o tsv");
        cli.ok("network private-dns record-set a remove-record -g rg -z contoso.internal -n db -a 10.0.1.11");

        assertThat(two.get("fqdn").asText()).isEqualTo("db.contoso.internal.");
        assertThat(two.get("ttl").asInt()).isEqualTo(3600);
        assertThat(two.get("isAutoRegistered").asBoolean()).isFalse();
        assertThat(two.at("/aRecords/1/ipv4Address").asText()).isEqualTo("10.0.1.11");
        assertThat(afterOne).isEqualTo("10.0.1.11\n");
        assertThat(cli.ok("network private-dns record-set a list -g rg -z contoso.internal")).isEqualTo("[]\n");
    }

    @Test
    void a_cname_is_set_and_a_zone_with_links_is_not_deleted() {
        network();
        cli.ok("network private-dns zone create -g rg -n contoso.internal");
        cli.ok("network private-dns link vnet create -g rg -z contoso.internal -n vnet-link -v vnet -e false");

        JsonNode alias = cli.json("network private-dns record-set cname set-record -g rg -z contoso.internal -n www"
                + " -c db.contoso.internal");
        AzResult unconfirmed = cli.run("network private-dns zone delete -g rg -n contoso.internal");
        AzResult linked = cli.run("network private-dns zone delete -g rg -n contoso.internal --yes");
        cli.ok("network private-dns link vnet delete -g rg -z contoso.internal -n vnet-link --yes");
        cli.ok("network private-dns zone delete -g rg -n contoso.internal --yes");

        assertThat(alias.at("/cnameRecord/cname").asText()).isEqualTo("db.contoso.internal");
        assertThat(unconfirmed.err()).isEqualTo("ERROR: Unable to prompt for confirmation as no tty available. Use"
                + " --yes.\n");
        assertThat(linked.err()).startsWith("ERROR: (Conflict) The private DNS zone 'contoso.internal' cannot be"
                + " deleted while virtual networks are linked to it");
        assertThat(cli.ok("network private-dns zone list -g rg")).isEqualTo("[]\n");
    }

    @Test
    void a_zone_group_puts_the_endpoints_address_in_the_zone_under_its_targets_name() {
        network();
        cli.ok("network private-endpoint create -g rg -n web-pe --vnet-name vnet --subnet endpoints"
                + " --private-connection-resource-id " + AzTestBench.RG + "/providers/Microsoft.Web/sites/webapp-1"
                + " --group-id sites --connection-name web-conn");
        cli.ok("network private-dns zone create -g rg -n privatelink.azurewebsites.net");

        JsonNode group = cli.json("network private-endpoint dns-zone-group create -g rg --endpoint-name web-pe"
                + " -n zone-group --private-dns-zone privatelink.azurewebsites.net --zone-name webapp");

        assertThat(group.get("id").asText()).isEqualTo(AzTestBench.RG
                + "/providers/Microsoft.Network/privateEndpoints/web-pe/privateDnsZoneGroups/zone-group");
        assertThat(group.at("/privateDnsZoneConfigs/0/name").asText()).isEqualTo("webapp");
        assertThat(group.at("/privateDnsZoneConfigs/0/privateDnsZoneId").asText())
                .isEqualTo(ZONES + "privatelink.azurewebsites.net");
        assertThat(group.at("/privateDnsZoneConfigs/0/recordSets/0/fqdn").asText())
                .isEqualTo("webapp-1.privatelink.azurewebsites.net");
        assertThat(group.at("/privateDnsZoneConfigs/0/recordSets/0/ipAddresses/0").asText()).isEqualTo("10.0.2.4");
        assertThat(group.at("/privateDnsZoneConfigs/0/recordSets/1/recordSetName").asText()).isEqualTo("webapp-1.scm");
        assertThat(cli.ok("network private-dns record-set a show -g rg -z privatelink.azurewebsites.net -n webapp-1"
                + " --query aRecords[0].ipv4Address -o tsv")).isEqualTo("10.0.2.4\n");

        cli.ok("network private-endpoint dns-zone-group delete -g rg --endpoint-name web-pe -n zone-group");
        assertThat(cli.ok("network private-dns record-set a list -g rg -z privatelink.azurewebsites.net"))
                .isEqualTo("[]\n");
    }

    @Test
    void creates_answer_as_the_clis_tests_expect_and_a_missing_link_is_a_missing_resource() {
        network();
        JsonNode zone = cli.json("network private-dns zone create -g rg -n contoso.internal");
        cli.ok("network private-dns link vnet create -g rg -z contoso.internal -n vnet-link -v vnet -e false");

        AzResult zoneAgain = cli.run("network private-dns zone create -g rg -n contoso.internal");
        AzResult linkAgain = cli.run("network private-dns link vnet create -g rg -z contoso.internal -n vnet-link"
                + " -v vnet -e false");
        JsonNode set = cli.json("network private-dns record-set cname create -g rg -z contoso.internal -n www");
        AzResult setAgain = cli.run("network private-dns record-set cname create -g rg -z contoso.internal -n www");
        JsonNode alias = cli.json("network private-dns record-set cname set-record -g rg -z contoso.internal -n www"
                + " -c Web.Contoso.internal.");
        AzResult missingLink = cli.run("network private-dns link vnet show -g rg -z contoso.internal -n ghost");
        AzResult missingUpdate = cli.run("network private-dns link vnet update -g rg -z contoso.internal -n ghost");

        assertThat(zone.path("tags").isMissingNode()).isTrue();
        assertThat(zoneAgain.err()).contains("exists already");
        assertThat(linkAgain.err()).contains("exists already");
        assertThat(setAgain.err()).contains("Precondition Failed");
        assertThat(set.get("fqdn").asText()).isEqualTo("www.contoso.internal.");
        assertThat(set.get("ttl").asInt()).isEqualTo(3600);
        assertThat(set.has("cnameRecord")).isFalse();
        assertThat(alias.at("/cnameRecord/cname").asText()).isEqualTo("Web.Contoso.internal.");
        assertThat(missingLink.exitCode()).isEqualTo(3);
        assertThat(missingUpdate.err()).startsWith("ERROR: (ResourceNotFound) The Resource"
                + " 'Microsoft.Network/privateDnsZones/contoso.internal/virtualNetworkLinks/ghost' under resource"
                + " group 'rg' was not found.");
        assertThat(cli.ok("network private-dns record-set soa show -g rg -z contoso.internal --query"
                + " [name,type,soaRecord.host] -o tsv")).isEqualTo("@\nMicrosoft.Network/privateDnsZones/SOA\n"
                + "azureprivatedns.net\n");
        assertThat(cli.ok("network private-dns zone update -g rg -n contoso.internal --tags env=test --query tags.env"
                + " -o tsv")).isEqualTo("test\n");
        assertThat(cli.ok("network private-dns zone update -g rg -n contoso.internal --tags '' --query tags"))
                .isEqualTo("{}\n");
        assertThat(cli.run("network private-dns link vnet delete -g rg -z ghost.internal -n ghost --yes").exitCode())
                .isZero();
    }

    @Test
    void a_link_falls_back_to_the_internet_when_asked_and_refuses_a_policy_the_cli_does_not_know() {
        network();
        cli.ok("network private-dns zone create -g rg -n privatelink.blob.core.windows.net");

        JsonNode link = cli.json("network private-dns link vnet create -g rg -z privatelink.blob.core.windows.net"
                + " -n vnet-link -v vnet -e false --resolution-policy NxDomainRedirect");
        AzResult unknown = cli.run("network private-dns link vnet update -g rg -z privatelink.blob.core.windows.net"
                + " -n vnet-link --resolution-policy Sometimes");
        String back = cli.ok("network private-dns link vnet update -g rg -z privatelink.blob.core.windows.net"
                + " -n vnet-link --resolution-policy Default --query resolutionPolicy -o tsv");

        assertThat(link.get("resolutionPolicy").asText()).isEqualTo("NxDomainRedirect");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("argument --resolution-policy: invalid choice: 'Sometimes' (choose from"
                + " 'Default', 'NxDomainRedirect')");
        assertThat(back).isEqualTo("Default\n");
    }

    @Test
    void a_networks_custom_dns_servers_are_kept_and_shown() {
        network();

        String set = cli.ok("network vnet update -g rg -n vnet --dns-servers 10.0.1.4 10.0.1.5 --query"
                + " dhcpOptions.dnsServers -o tsv");
        String cleared = cli.ok("network vnet update -g rg -n vnet --dns-servers '' --query dhcpOptions.dnsServers");
        String created = cli.ok("network vnet create -g rg -n other --address-prefixes 10.9.0.0/16 --dns-servers"
                + " 10.0.1.4 --query newVNet.dhcpOptions.dnsServers -o tsv");

        assertThat(set).isEqualTo("10.0.1.4\n10.0.1.5\n");
        assertThat(cleared).isEqualTo("[]\n");
        assertThat(created).isEqualTo("10.0.1.4\n");
    }

    @Test
    void a_record_sets_metadata_is_set_on_create_replaced_by_update_and_cleared() {
        network();
        cli.ok("network private-dns zone create -g rg -n contoso.internal");

        String created = cli.ok("network private-dns record-set a create -g rg -z contoso.internal -n db --metadata"
                + " owner=data --query metadata.owner -o tsv");
        cli.ok("network private-dns record-set a add-record -g rg -z contoso.internal -n db -a 10.0.1.10");
        String updated = cli.ok("network private-dns record-set a update -g rg -z contoso.internal -n db --metadata"
                + " owner=net tier=gold --query [metadata.owner,metadata.tier,aRecords[0].ipv4Address] -o tsv");
        String cleared = cli.ok("network private-dns record-set a update -g rg -z contoso.internal -n db --metadata ''"
                + " --query metadata");
        AzResult wrongEtag = cli.run("network private-dns record-set a update -g rg -z contoso.internal -n db"
                + " --metadata a=b --if-match 00000000-0000-0000-0000-000000000000");

        assertThat(created).isEqualTo("data\n");
        assertThat(updated).isEqualTo("net\ngold\n10.0.1.10\n");
        assertThat(cleared).isEqualTo("{}\n");
        assertThat(wrongEtag.err()).contains("Precondition Failed");
    }
}
