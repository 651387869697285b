package io.vnetlab;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Network security groups in the control plane: docs/azure/network-security-groups.md#rules, #associations,
 * #vm-create-defaults.
 */
class NetworkSecurityGroupControlPlaneTest {

    private static Topology oneNetwork() {
        Topology t = Topology.create();
        t.networks().define("vnet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("web", "10.0.1.0/24").withSubnet("db", "10.0.2.0/24").create();
        t.virtualMachines().define("vm1").withExistingPrimaryNetwork("vnet").withSubnet("web").create();
        t.virtualMachines().define("vm2").withExistingPrimaryNetwork("vnet").withSubnet("web").create();
        return t;
    }

    private static NetworkSecurityGroups.Definition nsg(Topology t, String name) {
        return t.networkSecurityGroups().define(name).withRegion(Region.WEST_EUROPE);
    }

    // docs/azure/network-security-groups.md#default-rules
    @Test
    void a_new_group_has_azures_six_default_rules_with_their_api_names_and_priorities() {
        NetworkSecurityGroup group = nsg(oneNetwork(), "nsg").create();
        assertThat(group.securityRules()).isEmpty();
        assertThat(group.defaultSecurityRules()).extracting(r -> r.qualifiedName() + " " + r.direction() + " "
                + r.priority() + " " + r.access() + " " + r.sourceAddressPrefixes() + " -> "
                + r.destinationAddressPrefixes()).containsExactly(
                "defaultSecurityRules/AllowVnetInBound Inbound 65000 Allow [VirtualNetwork] -> [VirtualNetwork]",
                "defaultSecurityRules/AllowAzureLoadBalancerInBound Inbound 65001 Allow [AzureLoadBalancer] -> [*]",
                "defaultSecurityRules/DenyAllInBound Inbound 65500 Deny [*] -> [*]",
                "defaultSecurityRules/AllowVnetOutBound Outbound 65000 Allow [VirtualNetwork] -> [VirtualNetwork]",
                "defaultSecurityRules/AllowInternetOutBound Outbound 65001 Allow [*] -> [Internet]",
                "defaultSecurityRules/DenyAllOutBound Outbound 65500 Deny [*] -> [*]");
        assertThat(group.defaultSecurityRules()).allMatch(r -> r.protocol() == Protocol.Any);
    }

    // docs/azure/network-security-groups.md#evaluation-order
    @Test
    void a_rule_is_stored_as_defined_and_listed_after_its_direction_s_rules_by_priority() {
        NetworkSecurityGroup group = nsg(oneNetwork(), "nsg")
                .defineRule("web").allowInbound().fromAddress("Internet").fromAnyPort().toAnyAddress()
                    .toPortRanges("80", "443").withProtocol(Protocol.Tcp).withPriority(200).attach()
                .defineRule("ssh").allowInbound().fromAddresses("203.0.113.0/24", "198.51.100.7").fromAnyPort()
                    .toAnyAddress().toPort(22).withProtocol(Protocol.Tcp).withPriority(100).attach()
                .create();
        SecurityRule web = group.securityRule("WEB").orElseThrow();
        assertThat(web.destinationPortRanges()).containsExactly("80", "443");
        assertThat(web.sourceAddressPrefixes()).containsExactly("Internet");
        assertThat(web.qualifiedName()).isEqualTo("securityRules/web");
        assertThat(group.rulesInEvaluationOrder(SecurityRuleDirection.Inbound)).extracting(SecurityRule::name)
                .containsExactly("ssh", "web", "AllowVnetInBound", "AllowAzureLoadBalancerInBound", "DenyAllInBound");
    }

    // docs/azure/network-security-groups.md#rules
    @Test
    void a_priority_outside_100_to_4096_is_refused() {
        Topology t = oneNetwork();
        AzureException low = rejects(t, AzureErrorCode.SecurityRuleInvalidPriority, () -> nsg(t, "nsg")
                .defineRule("r").allowInbound().withPriority(99).attach().create());
        assertThat(low.getMessage()).endsWith("/networkSecurityGroups/nsg/securityRules/r has invalid Priority."
                + " Value provided: 99 Allowed range 100-4096.");
        rejects(t, AzureErrorCode.SecurityRuleInvalidPriority, () -> nsg(t, "nsg")
                .defineRule("r").allowInbound().withPriority(4097).attach().create());
        assertThat(nsg(t, "edges").defineRule("a").allowInbound().withPriority(100).attach()
                .defineRule("b").allowInbound().withPriority(4096).attach().create().securityRules()).hasSize(2);
    }

    // docs/azure/network-security-groups.md#rules
    @Test
    void two_rules_with_the_same_priority_and_direction_conflict_but_not_across_directions() {
        Topology t = oneNetwork();
        AzureException e = rejects(t, AzureErrorCode.SecurityRuleConflict, () -> nsg(t, "nsg")
                .defineRule("first").allowInbound().withPriority(300).attach()
                .defineRule("second").denyInbound().withPriority(300).attach().create());
        assertThat(e.getMessage()).isEqualTo("Security rule first conflicts with rule second. Rules cannot have the"
                + " same Priority and Direction. To learn more, see aka.ms/nsgrules.");
        assertThat(nsg(t, "nsg").defineRule("in").allowInbound().withPriority(300).attach()
                .defineRule("out").allowOutbound().withPriority(300).attach().create().securityRules()).hasSize(2);
        rejects(t, AzureErrorCode.SecurityRuleConflict, () -> t.networkSecurityGroups().update("nsg")
                .defineRule("again").denyOutbound().withPriority(300).attach().apply());
    }

    // docs/azure/network-security-groups.md#rules
    @Test
    void ports_are_star_a_port_or_a_range_within_0_to_65535() {
        Topology t = oneNetwork();
        for (String bad : List.of("65536", "http", "30-20", "-1", "1-2-3")) {
            AzureException e = rejects(t, AzureErrorCode.SecurityRuleInvalidPortRange, () -> nsg(t, "nsg")
                    .defineRule("r").allowInbound().toPortRanges(bad).withPriority(100).attach().create());
            assertThat(e.getMessage()).endsWith(" has invalid Port range. Value provided: " + bad + ". Value should be"
                    + " an integer OR integer range with '-' delimiter. Valid range 0-65535.");
        }
        rejects(t, AzureErrorCode.SecurityRuleInvalidPortRange, () -> nsg(t, "nsg")
                .defineRule("r").allowInbound().fromPortRanges("x").withPriority(100).attach().create());
        assertThat(nsg(t, "nsg").defineRule("r").allowInbound().toPortRanges("0", "1000-2000", "65535", "*")
                .withPriority(100).attach().create().securityRules()).hasSize(1);
    }

    // docs/azure/network-security-groups.md#rules
    @Test
    void addresses_are_star_a_service_tag_an_address_or_a_cidr_prefix() {
        Topology t = oneNetwork();
        for (String bad : List.of("10.0.0.1/16", "any", "10.0.0", "VIRTUAL_NETWORK")) {
            AzureException e = rejects(t, AzureErrorCode.SecurityRuleInvalidAddressPrefix, () -> nsg(t, "nsg")
                    .defineRule("r").allowInbound().fromAddress(bad).withPriority(100).attach().create());
            assertThat(e.getMessage()).contains(" has invalid Address prefix. Value provided: " + bad + ".");
        }
        assertThat(nsg(t, "nsg").defineRule("r").allowInbound().fromAddress("virtualnetwork").toAddress("10.0.1.4")
                .withPriority(100).attach().defineRule("s").allowOutbound().toAddress("AzureLoadBalancer")
                .withPriority(100).attach().create().securityRules()).hasSize(2);
    }

    // docs/azure/network-security-groups.md#rules
    @Test
    void a_list_of_prefixes_cannot_hold_a_service_tag_or_star() {
        Topology t = oneNetwork();
        AzureException e = rejects(t, AzureErrorCode.SecurityRuleParameterContainsUnsupportedValue, () -> nsg(t, "nsg")
                .defineRule("r").allowInbound().fromAnyAddress().toAddresses("10.0.1.0/24", "VirtualNetwork")
                .withPriority(100).attach().create());
        assertThat(e.getMessage()).startsWith("Security rule parameter DestinationAddressPrefix for rule with Id ")
                .endsWith(" cannot specify existing VIRTUALNETWORK, INTERNET, AZURELOADBALANCER, '*' or system tags."
                        + " Unsupported value used: VirtualNetwork.");
    }

    // docs/azure/network-security-groups.md
    @Test
    void a_group_holds_at_most_1000_rules() {
        Topology t = oneNetwork();
        NetworkSecurityGroups.Definition full = nsg(t, "nsg");
        for (int i = 0; i < 1000; i++) {
            full.defineRule("r" + i).allowInbound().withPriority(100 + i).attach();
        }
        assertThat(full.create().securityRules()).hasSize(1000);
        AzureException e = rejects(t, AzureErrorCode.SecurityRuleLimitExceeded, () -> t.networkSecurityGroups()
                .update("nsg").defineRule("one-more").allowOutbound().withPriority(100).attach().apply());
        assertThat(e.code().isAzureCode()).isFalse();
        assertThat(e.getMessage()).contains("has 1001 security rules; Azure allows at most 1000 per group.");
    }

    // docs/azure/network-security-groups.md#associations
    @Test
    void one_group_serves_many_subnets_and_interfaces_and_each_has_at_most_one() {
        Topology t = oneNetwork();
        nsg(t, "a").create();
        nsg(t, "b").create();
        t.networkSecurityGroups().associateWithSubnet("a", "vnet", "web");
        t.networkSecurityGroups().associateWithSubnet("a", "vnet", "db");
        t.networkSecurityGroups().associateWithNetworkInterface("a", "vm1VMNic");
        t.networkSecurityGroups().associateWithNetworkInterface("a", "vm2VMNic");
        assertThat(t.networkSecurityGroups().listAssociatedSubnets("a")).extracting(s -> s.name())
                .containsExactly("web", "db");
        t.networkSecurityGroups().associateWithSubnet("b", "vnet", "web");
        assertThat(t.subnet("vnet", "web").networkSecurityGroupId()).isEqualTo(t.networkSecurityGroups().get("b").id());
        assertThat(t.subnet("vnet", "db").networkSecurityGroupId()).isEqualTo(t.networkSecurityGroups().get("a").id());
        t.networkSecurityGroups().dissociateFromNetworkInterface("vm1VMNic");
        assertThat(t.networkInterface("vm1VMNic").snapshot().networkSecurityGroup()).isEmpty();
        assertThat(t.networkInterface("vm2VMNic").snapshot().networkSecurityGroupId())
                .isEqualTo(t.networkSecurityGroups().get("a").id());
        t.networkSecurityGroups().dissociateFromSubnet("vnet", "web");
        assertThat(t.subnet("vnet", "web").networkSecurityGroup()).isEmpty();
    }

    // docs/azure/network-security-groups.md#associations
    @Test
    void a_group_in_use_cannot_be_deleted_until_every_association_is_removed() {
        Topology t = oneNetwork();
        nsg(t, "nsg").create();
        t.networkSecurityGroups().associateWithSubnet("nsg", "vnet", "web");
        t.networkSecurityGroups().associateWithNetworkInterface("nsg", "vm1VMNic");
        AzureException e = rejects(t, AzureErrorCode.InUseNetworkSecurityGroupCannotBeDeleted,
                () -> t.networkSecurityGroups().delete("nsg"));
        assertThat(e.getMessage()).contains("cannot be deleted because it is in use by the following resources: ")
                .contains("/virtualNetworks/vnet/subnets/web, ").contains("/networkInterfaces/vm1VMNic. In order to"
                        + " delete the Network security group, remove the association with the resource(s).");
        t.networkSecurityGroups().dissociateFromSubnet("vnet", "web");
        t.networkSecurityGroups().dissociateFromNetworkInterface("vm1VMNic");
        t.networkSecurityGroups().delete("nsg");
        assertThat(t.networkSecurityGroups().list()).isEmpty();
    }

    @Test
    void a_group_filters_only_subnets_and_interfaces_of_its_own_region() {
        Topology t = oneNetwork();
        t.networkSecurityGroups().define("far").withRegion(Region.NORTH_EUROPE).create();
        rejects(t, AzureErrorCode.InvalidResourceReference,
                () -> t.networkSecurityGroups().associateWithSubnet("far", "vnet", "web"));
        rejects(t, AzureErrorCode.InvalidResourceReference,
                () -> t.networkSecurityGroups().associateWithNetworkInterface("far", "vm1VMNic"));
    }

    // docs/azure/network-security-groups.md#default-rules
    @Test
    void withoutRule_removes_a_rule_and_the_default_rules_cannot_be_removed() {
        Topology t = oneNetwork();
        nsg(t, "nsg").defineRule("ssh").allowInbound().toPort(22).withProtocol(Protocol.Tcp).withPriority(1000)
                .attach().create();
        assertThat(t.networkSecurityGroups().update("nsg").withoutRule("ssh").apply().securityRules()).isEmpty();
        assertThatThrownBy(() -> t.networkSecurityGroups().update("nsg").withoutRule("DenyAllInBound"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Network security group 'nsg' has no rule named 'DenyAllInBound'. Its rules: none. The"
                        + " default rules cannot be removed; override them with a rule of priority 100-4096.");
    }

    @Test
    void java_api_misuse_names_the_missing_step() {
        Topology t = oneNetwork();
        assertThatThrownBy(() -> nsg(t, "nsg").defineRule("r").withPriority(100).attach())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a direction and an access");
        assertThatThrownBy(() -> nsg(t, "nsg").defineRule("r").allowInbound().attach())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a priority");
        NetworkSecurityGroups.Definition unattached = nsg(t, "nsg");
        unattached.defineRule("r").allowInbound().withPriority(100);
        assertThatThrownBy(unattached::create).isInstanceOf(IllegalStateException.class)
                .hasMessage("Rule 'r' was defined but not attached: finish it with attach().");
        assertThatThrownBy(() -> t.networkSecurityGroups().define("nsg").create())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a region");
    }

    // docs/azure/network-security-groups.md#vm-create-defaults
    @Test
    void az_vm_create_defaults_make_a_nic_a_public_ip_and_a_nic_nsg_allowing_ssh() {
        Topology t = oneNetwork();
        t.virtualMachines().define("myVm").withExistingPrimaryNetwork("vnet").withSubnet("db").withAzCliDefaults()
                .create();
        NetworkInterface nic = t.networkInterface("myVmVMNic").snapshot();
        NetworkSecurityGroup group = t.networkSecurityGroups().get("myVmNSG");
        PublicIpAddress pip = t.publicIpAddresses().get("myVmPublicIP");
        assertThat(nic.networkSecurityGroupId()).isEqualTo(group.id());
        assertThat(nic.publicIpAddressId()).isEqualTo(pip.id());
        assertThat(pip.sku()).isEqualTo(PublicIpAddressSku.Standard);
        assertThat(pip.ipAddress()).hasToString("20.0.0.4");
        assertThat(group.securityRules()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("default-allow-ssh");
            assertThat(r.priority()).isEqualTo(1000);
            assertThat(r.direction()).isEqualTo(SecurityRuleDirection.Inbound);
            assertThat(r.access()).isEqualTo(SecurityRuleAccess.Allow);
            assertThat(r.protocol()).isEqualTo(Protocol.Tcp);
            assertThat(r.sourceAddressPrefixes()).containsExactly("*");
            assertThat(r.sourcePortRanges()).containsExactly("*");
            assertThat(r.destinationAddressPrefixes()).containsExactly("*");
            assertThat(r.destinationPortRanges()).containsExactly("22");
        });
        assertThat(t.subnet("vnet", "db").networkSecurityGroup()).isEmpty();
        t.virtualMachines().define("other").withExistingPrimaryNetwork("vnet").withSubnet("db").withAzCliDefaults()
                .withoutNetworkSecurityGroup().create();
        assertThat(t.networkInterface("otherVMNic").snapshot().networkSecurityGroup()).isEmpty();
        assertThat(t.publicIpAddresses().get("otherPublicIP").ipAddress()).hasToString("20.0.0.5");
    }

    @Test
    void a_vm_that_cannot_be_created_leaves_no_nsg_or_public_ip_behind() {
        Topology t = oneNetwork();
        rejects(t, AzureErrorCode.PrivateIPAddressNotInSubnet, () -> t.virtualMachines().define("bad")
                .withExistingPrimaryNetwork("vnet").withSubnet("db").withPrimaryPrivateIPAddressStatic("10.0.9.9")
                .withAzCliDefaults().create());
        assertThat(t.networkSecurityGroups().list()).isEmpty();
        assertThat(t.publicIpAddresses().list()).isEmpty();
    }

    @Test
    void a_public_ip_serves_one_interface() {
        Topology t = oneNetwork();
        t.publicIpAddresses().define("pip").withRegion(Region.WEST_EUROPE).create();
        t.publicIpAddresses().associateWithNetworkInterface("pip", "vm1VMNic");
        AzureException e = rejects(t, AzureErrorCode.PublicIPAddressInUse,
                () -> t.publicIpAddresses().associateWithNetworkInterface("pip", "vm2VMNic"));
        assertThat(e.code().isAzureCode()).isFalse();
        t.publicIpAddresses().dissociateFromNetworkInterface("vm1VMNic");
        assertThat(t.publicIpAddresses().associateWithNetworkInterface("pip", "vm2VMNic").publicIpAddress()).isPresent();
    }

    @Test
    void interfaces_join_application_security_groups_of_their_region() {
        Topology t = oneNetwork();
        t.applicationSecurityGroups().define("web").withRegion(Region.WEST_EUROPE).create();
        t.applicationSecurityGroups().define("far").withRegion(Region.NORTH_EUROPE).create();
        t.applicationSecurityGroups().addNetworkInterface("web", "vm1VMNic");
        assertThat(t.networkInterface("vm1VMNic").snapshot().applicationSecurityGroupIds())
                .containsExactly(t.applicationSecurityGroups().get("web").id());
        rejects(t, AzureErrorCode.InvalidResourceReference,
                () -> t.applicationSecurityGroups().addNetworkInterface("far", "vm1VMNic"));
        t.applicationSecurityGroups().removeNetworkInterface("web", "vm1VMNic");
        assertThat(t.networkInterface("vm1VMNic").snapshot().applicationSecurityGroupIds()).isEmpty();
        AzureException e = rejects(t, AzureErrorCode.InvalidResourceReference, () -> nsg(t, "nsg")
                .defineRule("r").allowInbound().withDestinationApplicationSecurityGroup("far").withPriority(100)
                .attach().create());
        assertThat(e.getMessage()).contains("/applicationSecurityGroups/far referenced by resource ");
    }

    @Test
    void changing_a_subnet_s_prefix_through_a_network_update_keeps_its_nsg_as_the_put_carries_it() {
        Topology t = Topology.create();
        t.networks().define("vnet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("s", "10.0.1.0/24").create();
        nsg(t, "nsg").create();
        t.networkSecurityGroups().associateWithSubnet("nsg", "vnet", "s");
        t.networks().update("vnet").withAddressSpace("10.1.0.0/16").apply();
        assertThat(t.subnet("vnet", "s").networkSecurityGroup()).isPresent();
        assertThat(t.state().all(NetworkSecurityGroup.class).stream().map(NetworkSecurityGroup::name)
                .collect(Collectors.toList())).containsExactly("nsg");
    }

    @Test
    void deleting_a_resource_group_deletes_its_nsgs_application_security_groups_and_public_ips() {
        Topology t = Topology.create();
        t.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        t.networks().define("vnet").withRegion(Region.WEST_EUROPE).withExistingResourceGroup("rg")
                .withAddressSpace("10.0.0.0/16").withSubnet("s", "10.0.0.0/24").create();
        t.applicationSecurityGroups().define("asg").withRegion(Region.WEST_EUROPE).withExistingResourceGroup("rg")
                .create();
        t.virtualMachines().define("vm").withExistingPrimaryNetwork("vnet").withSubnet("s").withAzCliDefaults()
                .withExistingApplicationSecurityGroup("asg").create();
        t.resourceGroups().delete("rg");
        assertThat(t.networkSecurityGroups().list()).isEmpty();
        assertThat(t.publicIpAddresses().list()).isEmpty();
        assertThat(t.applicationSecurityGroups().list()).isEmpty();
    }
}
