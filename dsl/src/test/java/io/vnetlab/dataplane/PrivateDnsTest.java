package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.DnsRecordSet;
import io.vnetlab.model.DnsRecordType;
import io.vnetlab.model.DnsResolutionPolicy;
import io.vnetlab.model.Region;
import io.vnetlab.render.NameResolutionText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Private DNS zones linked to networks, auto-registration, endpoints' zone groups and how a VM resolves names
 * (docs/azure/private-dns.md#rules, #auto-registration, #zone-groups, #resolution).
 */
class PrivateDnsTest {

    private static final String STORAGE = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/data"
            + "/providers/Microsoft.Storage/storageAccounts/AppData";
    private static final String BLOB_ZONE = "privatelink.blob.core.windows.net";

    /** hub (a VM) peered with spoke (a VM, an endpoint to a storage account's blobs); no zone yet. */
    private static Topology hubAndSpoke() {
        Topology t = Topology.create();
        t.resourceGroups().define("rg").withRegion(Region.EAST_US).create();
        t.networks().define("hub").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withAddressSpace("10.0.0.0/16").withSubnet("shared", "10.0.1.0/24").create();
        t.networks().define("spoke").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withAddressSpace("10.1.0.0/16").withSubnet("app", "10.1.1.0/24")
                .withSubnet("endpoints", "10.1.2.0/24").create();
        t.peer("hub").with("spoke").create();
        t.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("shared").create();
        t.virtualMachines().define("app-vm").withExistingPrimaryNetwork("spoke").withSubnet("app").create();
        t.privateEndpoints().define("data").withSubnet("spoke", "endpoints").withPrivateLinkResource(STORAGE, "blob")
                .create();
        return t;
    }

    private static Topology withBlobZone() {
        Topology t = hubAndSpoke();
        t.privateDnsZones().define(BLOB_ZONE).withExistingResourceGroup("rg").create();
        t.privateEndpoints().addDnsZoneGroup("data", "default", BLOB_ZONE);
        return t;
    }

    @Test
    void a_zone_group_writes_the_endpoints_address_under_its_targets_name_in_the_privatelink_zone() {
        Topology t = withBlobZone();

        assertThat(t.privateDnsZones().recordSets(BLOB_ZONE))
                .extracting(DnsRecordSet::name, DnsRecordSet::type, DnsRecordSet::values, DnsRecordSet::ttl,
                        DnsRecordSet::origin)
                .containsExactly(tuple("appdata", DnsRecordType.A, java.util.List.of("10.1.2.4"), 10L,
                        DnsRecordSet.Origin.ZONE_GROUP));
    }

    @Test
    void a_vm_of_a_linked_network_resolves_the_public_name_of_the_target_to_the_endpoint_through_the_privatelink_alias() {
        Topology t = withBlobZone();
        t.privateDnsZones().linkNetwork(BLOB_ZONE, "spoke-link", "spoke", false);

        NameResolution r = t.resolve("app-vm", "AppData.blob.core.windows.net.");

        assertThat(r.answer()).isEqualTo(NameResolution.Answer.PRIVATE_ZONE);
        assertThat(r.resolvesTo("10.1.2.4")).isTrue();
        assertThat(r.aliases()).extracting(NameResolution.Alias::name, NameResolution.Alias::target)
                .containsExactly(tuple("appdata.blob.core.windows.net", "appdata.privatelink.blob.core.windows.net"));
        assertThat(NameResolutionText.render(r)).isEqualTo("""
                app-vm resolves appdata.blob.core.windows.net through Azure-provided DNS:
                  appdata.blob.core.windows.net is an alias of appdata.privatelink.blob.core.windows.net (public DNS:\
                 the name of a private endpoint's target, in its privatelink zone)
                  appdata.privatelink.blob.core.windows.net: 10.1.2.4 (A record 'appdata' of private DNS zone\
                 privatelink.blob.core.windows.net, linked to virtual network spoke by link 'spoke-link')
                """);
    }

    @Test
    void a_vm_of_a_network_the_zone_is_not_linked_to_gets_the_public_answer_which_is_not_simulated() {
        Topology t = withBlobZone();
        t.privateDnsZones().linkNetwork(BLOB_ZONE, "spoke-link", "spoke", false);

        NameResolution r = t.vm("hub-vm").resolve("appdata.blob.core.windows.net");

        assertThat(r.answer()).isEqualTo(NameResolution.Answer.PUBLIC_NOT_SIMULATED);
        assertThat(r.addresses()).isEmpty();
        assertThat(r.canonicalName()).isEqualTo("appdata.privatelink.blob.core.windows.net");
    }

    @Test
    void a_name_missing_from_a_linked_zone_does_not_exist_and_public_dns_is_not_asked() {
        Topology t = withBlobZone();
        t.privateDnsZones().linkNetwork(BLOB_ZONE, "spoke-link", "spoke", false);

        NameResolution r = t.resolve("app-vm", "other.privatelink.blob.core.windows.net");

        assertThat(r.answer()).isEqualTo(NameResolution.Answer.NON_EXISTENT_DOMAIN);
        assertThat(r.zoneLink()).isPresent();
    }

    @Test
    void a_link_that_falls_back_to_the_internet_sends_a_name_its_privatelink_zone_lacks_to_public_dns() {
        Topology t = withBlobZone();
        t.privateDnsZones().linkNetwork(BLOB_ZONE, "spoke-link", "spoke", false);
        t.privateDnsZones().setResolutionPolicy(BLOB_ZONE, "spoke-link", DnsResolutionPolicy.NxDomainRedirect);

        NameResolution missing = t.resolve("app-vm", "other.privatelink.blob.core.windows.net");
        NameResolution held = t.resolve("app-vm", "appdata.blob.core.windows.net");

        assertThat(missing.answer()).isEqualTo(NameResolution.Answer.PUBLIC_NOT_SIMULATED);
        assertThat(NameResolutionText.render(missing)).endsWith("other.privatelink.blob.core.windows.net: not in"
                + " private DNS zone privatelink.blob.core.windows.net, linked to virtual network spoke by link"
                + " 'spoke-link', which falls back to the internet (NxDomainRedirect): answered by public DNS, with a"
                + " public address: not simulated\n");
        assertThat(held.resolvesTo("10.1.2.4")).isTrue();
    }

    @Test
    void the_fallback_applies_to_privatelink_zones_only() {
        Topology t = hubAndSpoke();
        t.privateDnsZones().define("contoso.internal").withExistingResourceGroup("rg").create();
        t.privateDnsZones().linkNetwork("contoso.internal", "hub", "hub", false);
        t.privateDnsZones().setResolutionPolicy("contoso.internal", "hub", DnsResolutionPolicy.NxDomainRedirect);

        assertThat(t.resolve("hub-vm", "db.contoso.internal").answer())
                .isEqualTo(NameResolution.Answer.NON_EXISTENT_DOMAIN);
    }

    @Test
    void a_web_apps_endpoint_also_takes_its_scm_name_in_the_most_specific_zone_of_its_group() {
        Topology t = hubAndSpoke();
        t.privateEndpoints().define("web").withSubnet("spoke", "endpoints").withPrivateLinkResource(
                "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/sites"
                        + "/shop", "sites").create();
        t.privateDnsZones().define("privatelink.azurewebsites.net").withExistingResourceGroup("rg").create();
        t.privateEndpoints().addDnsZoneGroup("web", "default", "privatelink.azurewebsites.net");
        java.util.List<String> oneZone = t.privateDnsZones().recordSets("privatelink.azurewebsites.net").stream()
                .map(DnsRecordSet::name).toList();
        t.privateDnsZones().define("scm.privatelink.azurewebsites.net").withExistingResourceGroup("rg").create();
        t.privateEndpoints().addDnsZoneGroup("web", "default", "privatelink.azurewebsites.net",
                "scm.privatelink.azurewebsites.net");
        t.privateDnsZones().linkNetwork("privatelink.azurewebsites.net", "spoke", "spoke", false);
        t.privateDnsZones().linkNetwork("scm.privatelink.azurewebsites.net", "spoke", "spoke", false);

        assertThat(oneZone).containsExactly("shop", "shop.scm");
        assertThat(t.privateDnsZones().recordSets("privatelink.azurewebsites.net")).extracting(DnsRecordSet::name)
                .containsExactly("shop");
        assertThat(t.privateDnsZones().recordSets("scm.privatelink.azurewebsites.net")).extracting(DnsRecordSet::name)
                .containsExactly("shop");
        assertThat(t.resolve("app-vm", "shop.scm.azurewebsites.net").recordSet()).get()
                .extracting(id -> id.parent().orElseThrow().name()).isEqualTo("scm.privatelink.azurewebsites.net");
    }

    @Test
    void the_most_specific_linked_zone_answers() {
        Topology t = hubAndSpoke();
        t.privateDnsZones().define("contoso.internal").withExistingResourceGroup("rg").create();
        t.privateDnsZones().define("eu.contoso.internal").withExistingResourceGroup("rg").create();
        t.privateDnsZones().addRecords("contoso.internal", DnsRecordType.A, "db.eu", "10.9.9.9");
        t.privateDnsZones().addRecords("eu.contoso.internal", DnsRecordType.A, "db", "10.1.1.50");
        t.privateDnsZones().addRecords("contoso.internal", DnsRecordType.CNAME, "sql", "db.eu.contoso.internal");
        t.privateDnsZones().linkNetwork("contoso.internal", "hub", "hub", false);
        t.privateDnsZones().linkNetwork("eu.contoso.internal", "hub", "hub", false);

        NameResolution r = t.resolve("hub-vm", "sql.contoso.internal");

        assertThat(r.addresses()).extracting(Object::toString).containsExactly("10.1.1.50");
        assertThat(r.aliases()).extracting(NameResolution.Alias::target).containsExactly("db.eu.contoso.internal");
    }

    @Test
    void a_link_with_registration_registers_the_names_of_the_networks_vms_and_a_network_has_one_registration_zone() {
        Topology t = hubAndSpoke();
        t.privateDnsZones().define("contoso.internal").withExistingResourceGroup("rg").create();
        t.privateDnsZones().define("fabrikam.internal").withExistingResourceGroup("rg").create();
        t.privateDnsZones().linkNetwork("contoso.internal", "spoke-registration", "spoke", true);
        t.privateDnsZones().linkNetwork("contoso.internal", "hub-resolution", "hub", false);

        assertThat(t.privateDnsZones().recordSets("contoso.internal"))
                .extracting(DnsRecordSet::name, DnsRecordSet::values, DnsRecordSet::origin)
                .containsExactly(tuple("app-vm", java.util.List.of("10.1.1.4"), DnsRecordSet.Origin.AUTO_REGISTERED));
        assertThat(t.resolve("hub-vm", "app-vm.contoso.internal").addresses()).extracting(Object::toString)
                .containsExactly("10.1.1.4");
        AzureException e = catchThrowableOfType(AzureException.class,
                () -> t.privateDnsZones().linkNetwork("fabrikam.internal", "spoke-registration", "spoke", true));
        assertThat(e.code()).isEqualTo(AzureErrorCode.Conflict);
        assertThat(e).hasMessageContaining("A virtual network can only be linked to 1 Private DNS zone(s) with"
                + " auto-registration enabled; conflicting Private DNS zone is 'contoso.internal'.");
    }

    @Test
    void a_zone_links_a_network_once() {
        Topology t = hubAndSpoke();
        t.privateDnsZones().define("contoso.internal").withExistingResourceGroup("rg").create();
        t.privateDnsZones().linkNetwork("contoso.internal", "first", "hub", false);

        AzureException e = catchThrowableOfType(AzureException.class,
                () -> t.privateDnsZones().linkNetwork("contoso.internal", "second", "hub", false));

        assertThat(e.code()).isEqualTo(AzureErrorCode.Conflict);
    }

    @Test
    void a_zone_has_at_most_100_registration_links() {
        Topology t = Topology.create();
        t.resourceGroups().define("rg").withRegion(Region.EAST_US).create();
        t.privateDnsZones().define("contoso.internal").withExistingResourceGroup("rg").create();
        for (int i = 0; i <= 100; i++) {
            t.networks().define("n" + i).withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                    .withAddressSpace("10." + i + ".0.0/16").create();
        }
        for (int i = 0; i < 100; i++) {
            t.privateDnsZones().linkNetwork("contoso.internal", "l" + i, "n" + i, true);
        }

        AzureException e = catchThrowableOfType(AzureException.class,
                () -> t.privateDnsZones().linkNetwork("contoso.internal", "l100", "n100", true));
        t.privateDnsZones().linkNetwork("contoso.internal", "l100", "n100", false);

        assertThat(e.code()).isEqualTo(AzureErrorCode.BadRequest);
        assertThat(e).hasMessageStartingWith("Registration virtual networks per private zone limit exceeded");
        assertThat(t.privateDnsZones().list()).hasSize(1);
    }

    @Test
    void a_zone_with_links_cannot_be_deleted_until_they_are() {
        Topology t = hubAndSpoke();
        t.privateDnsZones().define("contoso.internal").withExistingResourceGroup("rg").create();
        t.privateDnsZones().linkNetwork("contoso.internal", "hub", "hub", false);

        AzureException e = catchThrowableOfType(AzureException.class, () -> t.privateDnsZones().delete("contoso.internal"));
        t.privateDnsZones().unlinkNetwork("contoso.internal", "hub");
        t.privateDnsZones().delete("contoso.internal");

        assertThat(e.code()).isEqualTo(AzureErrorCode.Conflict);
        assertThat(t.privateDnsZones().list()).isEmpty();
    }

    @Test
    void a_zone_name_has_two_labels_and_a_cname_shares_its_name_with_no_other_record_set() {
        Topology t = hubAndSpoke();
        AzureException single = catchThrowableOfType(AzureException.class,
                () -> t.privateDnsZones().define("contoso").withExistingResourceGroup("rg").create());
        t.privateDnsZones().define("contoso.internal").withExistingResourceGroup("rg").create();
        t.privateDnsZones().addRecords("contoso.internal", DnsRecordType.A, "db", "10.0.1.9");
        AzureException cname = catchThrowableOfType(AzureException.class,
                () -> t.privateDnsZones().addRecords("contoso.internal", DnsRecordType.CNAME, "db", "x.contoso.internal"));
        io.vnetlab.model.ResourceId nic = t.vm("app-vm").primaryNetworkInterface().snapshot().id();
        t.batch(b -> {
            b.apply(st -> io.vnetlab.controlplane.ResourceManager.putInterfaceDnsSettings(st, nic,
                    java.util.List.of("10.0.1.4"), null));
            return null;
        });
        assertThat(t.resolve("app-vm", "appdata.blob.core.windows.net").answer())   // the interface's own servers
                .isEqualTo(NameResolution.Answer.CUSTOM_DNS_NOT_SIMULATED);
        t.networks().setDnsServers("spoke", "10.0.1.4", "fd00:db8::4");   // a dual-stack network's IPv6 server too
        assertThat(io.vnetlab.controlplane.ResourceManager.dnsServers(t.state(), t.network("spoke").id()))
                .containsExactly("10.0.1.4", "fd00:db8::4");
    }

    @Test
    void a_single_label_name_is_a_host_of_the_vms_own_network() {
        Topology t = hubAndSpoke();
        t.virtualMachines().define("app-vm2").withExistingPrimaryNetwork("spoke").withSubnet("app").create();

        assertThat(t.resolve("app-vm", "APP-VM2").answer()).isEqualTo(NameResolution.Answer.VIRTUAL_NETWORK_HOST);
        assertThat(t.resolve("app-vm", "app-vm2").addresses()).extracting(Object::toString).containsExactly("10.1.1.5");
        assertThat(t.resolve("app-vm", "hub-vm").answer()).isEqualTo(NameResolution.Answer.NON_EXISTENT_DOMAIN);
        io.vnetlab.model.ResourceId nic = t.vm("app-vm2").primaryNetworkInterface().snapshot().id();
        t.batch(b -> {
            b.apply(st -> io.vnetlab.controlplane.ResourceManager.putInterfaceDnsSettings(st, nic,
                    java.util.List.of(), "reports"));
            return null;
        });
        assertThat(t.resolve("app-vm", "reports").addresses()).extracting(Object::toString)   // its internal DNS label
                .containsExactly("10.1.1.5");
    }

    @Test
    void deleting_the_group_deletes_its_zones_links_and_records() {
        Topology t = withBlobZone();
        t.privateDnsZones().linkNetwork(BLOB_ZONE, "spoke-link", "spoke", false);
        t.privateDnsZones().addRecords(BLOB_ZONE, DnsRecordType.A, "other", "10.1.2.9");

        t.resourceGroups().delete("rg");

        assertThat(t.state().all(io.vnetlab.model.PrivateDnsZone.class)).isEmpty();
        assertThat(t.state().all(io.vnetlab.model.PrivateDnsZoneLink.class)).isEmpty();
        assertThat(t.state().all(DnsRecordSet.class)).isEmpty();
    }
}
