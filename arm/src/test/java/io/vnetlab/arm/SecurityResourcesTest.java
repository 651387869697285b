package io.vnetlab.arm;

import io.vnetlab.render.HopText;
import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Network security groups and their rules, application security groups, public IPs and Bastion, deployed from a
 * small template written for the purpose (templates/security/app-tier.json): subnets web, db (NSG db-nsg) and
 * AzureBastionSubnet; VM web (NIC NSG web-nic-nsg, ASG web-asg, public IP web-pip), VM db, Bastion.
 */
class SecurityResourcesTest {

    private static final String RG = "/subscriptions/" + Topology.DEFAULT_SUBSCRIPTION_ID
            + "/resourceGroups/rg/providers/";

    private Topology azure;

    @BeforeEach
    void resourceGroup() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    private DeploymentResult appTier() {
        return ArmDeployment.into(azure, "rg").templateResource("templates/security/app-tier.json").deploy();
    }

    private Verdict tcp(String from, String to, int port) {
        return azure.evaluate(Flow.from(azure.endpoint(from)).to(azure.endpoint(to)).on(Protocol.Tcp, port));
    }

    private static String lastDecision(Verdict v) {
        return HopText.decision(v.hops().get(v.hops().size() - 1));
    }

    // ------------------------------------------------------------------ NSGs in the walk

    // docs/azure/network-security-groups.md#evaluation-order
    @Test
    void an_nsg_rule_from_the_template_blocks_ssh_between_two_template_vms_and_names_itself() {
        appTier();

        Verdict ssh = tcp("web", "db", 22);

        assertThat(VerdictRenderer.render(ssh)).isEqualTo(
                "vm 'web' 10.0.1.4 (vnet/web) -> vm 'db' 10.0.2.4 (vnet/db) on TCP/22: unreachable\n"
                + "  1. vnet/web: nsg 'web-nic-nsg' on nic 'web-nic', outbound: allowed by"
                + " defaultSecurityRules/AllowVnetOutBound   ok\n"
                + "  2. vnet/web -> db: route 10.0.0.0/16 -> VnetLocal (Default), nic 'db-nic' holds 10.0.2.4   "
                + "                    ok\n"
                + "  3. vnet/db: nsg 'db-nsg' on subnet 'vnet/db', inbound: securityRules/deny-ssh-from-web      "
                + "                   BLOCKED\n"
                + "Blocked at hop 3.\n"
                + "Blockers:\n"
                + "  - Network security group 'db-nsg' on subnet 'vnet/db' denies TCP 22 inbound from 10.0.1.4 to"
                + " 10.0.2.4: securityRules/deny-ssh-from-web.\n"
                + "To fix, change or remove securityRules/deny-ssh-from-web of nsg 'db-nsg', or add an inbound"
                + " security rule to nsg 'db-nsg' that allows TCP 22 from 10.0.1.4 to 10.0.2.4 with a priority"
                + " number below 200.\n");
        assertThat(tcp("web", "db", 2222).reachable()).as("destinationPortRanges, the plural form").isFalse();
    }

    // docs/azure/network-security-groups.md#rules
    @Test
    void a_rule_whose_source_is_an_application_security_group_admits_its_member_nic() {
        appTier();

        Verdict sql = tcp("web", "db", 1433);

        assertThat(sql.reachable()).isTrue();
        assertThat(lastDecision(sql)).isEqualTo("nsg 'db-nsg' on subnet 'vnet/db', inbound: allowed by"
                + " securityRules/allow-sql-from-web");
        assertThat(azure.networkInterface("web-nic").snapshot().applicationSecurityGroupIds())
                .containsExactly(azure.applicationSecurityGroups().get("web-asg").id());
    }

    // docs/azure/network-security-groups.md#default-rules
    @Test
    void without_a_matching_rule_the_default_rules_decide() {
        appTier();

        Verdict fromBastion = tcp("bastion", "db", 22);
        Verdict fromInternet = azure.evaluate(Flow.from(Endpoint.address("203.0.113.10"))
                .to(azure.endpoint("web")).on(Protocol.Tcp, 22));

        assertThat(fromBastion.reachable()).isTrue();
        assertThat(lastDecision(fromBastion)).isEqualTo("nsg 'db-nsg' on subnet 'vnet/db', inbound: allowed by"
                + " defaultSecurityRules/AllowVnetInBound");
        assertThat(fromInternet.reachable()).isFalse();
        assertThat(fromInternet.firstBlockingHop()).map(HopText::decision).contains("nsg 'web-nic-nsg' on nic 'web-nic',"
                + " inbound: defaultSecurityRules/DenyAllInBound");
    }

    // docs/azure/network-security-groups.md#rules
    @Test
    void a_top_level_security_rule_joins_its_group_after_the_inline_rules() {
        DeploymentResult result = appTier();

        assertThat(azure.networkSecurityGroups().get("db-nsg").securityRules()).extracting(r -> r.name())
                .containsExactly("allow-sql-from-web", "deny-ssh-from-web", "deny-rdp");
        assertThat(result.output("dbRules")).as("reference() in an output reads the group at the end").isEqualTo(3);
        Verdict rdp = tcp("bastion", "db", 3389);
        assertThat(rdp.firstBlockingHop()).map(HopText::decision).contains("nsg 'db-nsg' on subnet 'vnet/db', inbound:"
                + " securityRules/deny-rdp");
    }

    @Test
    void the_subnet_and_nic_associations_of_the_template_are_live_and_nothing_is_left_unsimulated() {
        DeploymentResult result = appTier();

        assertThat(azure.network("vnet").subnet("db").orElseThrow().networkSecurityGroupId())
                .isEqualTo(azure.networkSecurityGroups().get("db-nsg").id());
        NetworkInterface web = azure.networkInterface("web-nic").snapshot();
        assertThat(web.networkSecurityGroupId()).isEqualTo(azure.networkSecurityGroups().get("web-nic-nsg").id());
        assertThat(web.publicIpAddressId()).isEqualTo(azure.publicIpAddresses().get("web-pip").id());
        assertThat(result.resources()).allMatch(r -> r.outcome() == DeployedResource.Outcome.SIMULATED);
        assertThat(result.warnings()).noneMatch(w -> w.contains("association"));
    }

    // ------------------------------------------------------------------ public IPs

    @Test
    void a_public_ip_gets_the_next_simulated_address_and_reference_answers_it() {
        DeploymentResult result = appTier();

        assertThat(result.output("webPublicAddress")).isEqualTo("20.0.0.4");
        assertThat(azure.publicIpAddresses().get("web-pip").sku()).isEqualTo(PublicIpAddressSku.Standard);
        assertThat(azure.publicIpAddresses().get("bastion-pip").ipAddress()).hasToString("20.0.0.5");
        Verdict https = azure.evaluate(Flow.from(Endpoint.address("203.0.113.10")).to(azure.endpoint("web"))
                .on(Protocol.Tcp, 443));
        assertThat(https.reachable()).isTrue();
        assertThat(HopText.decision(https.hops().get(0))).isEqualTo("public IP 'web-pip' 20.0.0.4 -> 10.0.1.4");
    }

    @Test
    void a_redeployed_public_ip_keeps_its_address_and_a_later_template_can_reference_it() {
        appTier();
        ArmDeployment.into(azure, "rg").templateResource("templates/security/app-tier.json").deploy();
        String json = "{\"resources\": [], \"outputs\": {\"ip\": {\"type\": \"string\", \"value\":"
                + " \"[reference(resourceId('Microsoft.Network/publicIPAddresses', 'web-pip'), '2024-05-01').ipAddress]\"}}}";

        DeploymentResult later = ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(later.output("ip")).isEqualTo("20.0.0.4");
        assertThat(azure.publicIpAddresses().list()).hasSize(2);
    }

    @Test
    void a_public_ip_without_sku_is_basic_and_a_dynamic_one_is_assigned_at_once_with_a_warning() {
        String json = "{\"resources\": [{\"type\": \"Microsoft.Network/publicIPAddresses\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"pip\", \"location\": \"westeurope\", \"properties\": {}}],"
                + " \"outputs\": {\"ip\": {\"type\": \"string\", \"value\": \"[reference('pip').ipAddress]\"}}}";

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(azure.publicIpAddresses().get("pip").sku()).isEqualTo(PublicIpAddressSku.Basic);
        assertThat(result.output("ip")).isEqualTo("20.0.0.4");
        assertThat(result.warnings()).contains("public IP address 'pip' is Dynamic: vnetlab assigns its address"
                + " (20.0.0.4) at once, where Azure assigns it only when a running resource uses it.");
    }

    // ------------------------------------------------------------------ Bastion

    @Test
    void bastion_is_an_endpoint_at_the_first_free_address_of_azure_bastion_subnet() {
        DeploymentResult result = appTier();

        assertThat(result.output("bastionAddress")).isEqualTo("10.0.3.4");
        assertThat(azure.networkInterface("bastion").subnetId())
                .isEqualTo(azure.network("vnet").subnet("AzureBastionSubnet").orElseThrow().id());
        assertThat(azure.endpoint("bastion").toString()).isEqualTo("nic 'bastion' 10.0.3.4 (vnet/AzureBastionSubnet)");
    }

    // docs/azure/bastion.md#skus
    @Test
    void a_developer_sku_bastion_is_listed_not_simulated_and_the_rest_deploys() {
        String json = "{\"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"vnet\", \"location\": \"westeurope\", \"properties\":"
                + " {\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/16\"]}}},"
                + " {\"type\": \"Microsoft.Network/bastionHosts\", \"apiVersion\": \"2024-05-01\", \"name\":"
                + " \"dev\", \"location\": \"westeurope\", \"dependsOn\": [\"vnet\"], \"sku\": {\"name\": \"Developer\"},"
                + " \"properties\": {\"virtualNetwork\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks',"
                + " 'vnet')]\"}}}]}";

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(result.notSimulated()).extracting(DeployedResource::type)
                .containsExactly("Microsoft.Network/bastionHosts");
        assertThat(result.warnings()).anyMatch(w -> w.contains("'dev' is not simulated: it is a Developer SKU Bastion"));
        assertThat(azure.networks().get("vnet")).isNotNull();
    }

    @Test
    void bastion_outside_azure_bastion_subnet_fails_with_azures_code_and_the_deployment_changes_nothing() {
        String json = "{\"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"vnet\", \"location\": \"westeurope\", \"properties\":"
                + " {\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/16\"]}, \"subnets\": [{\"name\":"
                + " \"bastion\", \"properties\": {\"addressPrefix\": \"10.0.3.0/26\"}}]}},"
                + " {\"type\": \"Microsoft.Network/bastionHosts\", \"apiVersion\": \"2024-05-01\", \"name\":"
                + " \"b\", \"location\": \"westeurope\", \"dependsOn\": [\"vnet\"], \"properties\":"
                + " {\"ipConfigurations\": [{\"name\": \"IpConf\", \"properties\": {\"subnet\": {\"id\":"
                + " \"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'bastion')]\"}}}]}}]}";

        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(json).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.SubnetNameMustBeAzureBastionSubnet);
        assertThat(e.getMessage()).contains("Subnet name " + RG + "Microsoft.Network/virtualNetworks/vnet/subnets/bastion"
                + " is invalid for Azure Bastion. Azure Bastion can only be created in subnet with name"
                + " 'AzureBastionSubnet'.");
        assertThat(azure.networks().list()).isEmpty();
    }

    // ------------------------------------------------------------------ errors

    // docs/azure/network-security-groups.md#rules
    @Test
    void two_rules_with_one_priority_and_direction_fail_with_security_rule_conflict_and_change_nothing() {
        appTier();
        var before = azure.state();
        String json = "{\"resources\": [{\"type\": \"Microsoft.Network/networkSecurityGroups/securityRules\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"db-nsg/allow-http\", \"properties\":"
                + " {\"priority\": 100, \"direction\": \"Inbound\", \"access\": \"Allow\", \"protocol\": \"Tcp\","
                + " \"sourceAddressPrefix\": \"*\", \"sourcePortRange\": \"*\", \"destinationAddressPrefix\": \"*\","
                + " \"destinationPortRange\": \"80\"}},"
                + " {\"type\": \"Microsoft.Network/applicationSecurityGroups\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"first-asg\", \"location\": \"westeurope\"}]}";

        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(json).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.SecurityRuleConflict);
        assertThat(e.deploymentCode()).isEqualTo(AzureErrorCode.DeploymentFailed);
        assertThat(e.getMessage()).contains("Security rule allow-sql-from-web conflicts with rule allow-http. Rules"
                + " cannot have the same Priority and Direction. To learn more, see aka.ms/nsgrules.");
        assertThat(azure.state()).isSameAs(before);
        assertThat(azure.networkSecurityGroups().get("db-nsg").securityRules()).hasSize(3);
    }

    @Test
    void an_inline_rule_with_a_bad_port_fails_with_the_control_planes_code() {
        String json = "{\"resources\": [{\"type\": \"Microsoft.Network/networkSecurityGroups\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"nsg\", \"location\": \"westeurope\", \"properties\":"
                + " {\"securityRules\": [{\"name\": \"r\", \"properties\": {\"priority\": 100, \"direction\":"
                + " \"Inbound\", \"access\": \"Allow\", \"protocol\": \"Tcp\", \"sourceAddressPrefix\": \"*\","
                + " \"sourcePortRange\": \"*\", \"destinationAddressPrefix\": \"*\", \"destinationPortRange\":"
                + " \"70000\"}}]}}]}";

        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(json).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.SecurityRuleInvalidPortRange);
        assertThat(azure.networkSecurityGroups().list()).isEmpty();
    }

    @Test
    void a_rule_with_an_unknown_direction_is_an_invalid_template_naming_the_property() {
        String json = "{\"resources\": [{\"type\": \"Microsoft.Network/networkSecurityGroups\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"nsg\", \"location\": \"westeurope\", \"properties\":"
                + " {\"securityRules\": [{\"name\": \"r\", \"properties\": {\"priority\": 100, \"direction\":"
                + " \"Sideways\", \"access\": \"Allow\", \"protocol\": \"Tcp\"}}]}}]}";

        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(json).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.InvalidTemplate);
        assertThat(e.templatePath()).isEqualTo("resources[0].properties.securityRules[0].properties.direction");
        assertThat(e.getMessage()).contains("is 'Sideways', which is not one of Inbound, Outbound");
    }

    // docs/azure/network-security-groups.md#associations
    @Test
    void a_subnet_naming_an_nsg_that_does_not_exist_fails_with_invalid_resource_reference() {
        String json = "{\"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"vnet\", \"location\": \"westeurope\", \"properties\":"
                + " {\"addressSpace\": {\"addressPrefixes\": [\"10.5.0.0/16\"]}, \"subnets\": [{\"name\": \"a\","
                + " \"properties\": {\"addressPrefix\": \"10.5.1.0/24\", \"networkSecurityGroup\": {\"id\":"
                + " \"[resourceId('Microsoft.Network/networkSecurityGroups', 'missing')]\"}}}]}}]}";

        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(json).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.InvalidResourceReference);
        assertThat(e.getMessage()).contains("Resource " + RG + "Microsoft.Network/networkSecurityGroups/missing"
                + " referenced by resource " + RG + "Microsoft.Network/virtualNetworks/vnet/subnets/a was not found.");
        assertThat(azure.networks().list()).isEmpty();
    }

    // docs/azure/network-security-groups.md#associations
    @Test
    void a_nic_naming_a_public_ip_that_does_not_exist_fails_with_invalid_resource_reference() {
        String json = "{\"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"vnet\", \"location\": \"westeurope\", \"properties\":"
                + " {\"addressSpace\": {\"addressPrefixes\": [\"10.5.0.0/16\"]}, \"subnets\": [{\"name\": \"a\","
                + " \"properties\": {\"addressPrefix\": \"10.5.1.0/24\"}}]}},"
                + " {\"type\": \"Microsoft.Network/networkInterfaces\", \"apiVersion\": \"2024-05-01\", \"name\":"
                + " \"nic\", \"location\": \"westeurope\", \"dependsOn\": [\"vnet\"], \"properties\":"
                + " {\"ipConfigurations\": [{\"name\": \"ipconfig1\", \"properties\": {\"subnet\": {\"id\":"
                + " \"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'a')]\"}, \"publicIPAddress\":"
                + " {\"id\": \"[resourceId('Microsoft.Network/publicIPAddresses', 'nowhere')]\"}}}]}}]}";

        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(json).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.InvalidResourceReference);
        assertThat(azure.networks().list()).isEmpty();
    }

    // ------------------------------------------------------------------ service tags vnetlab does not simulate

    private static String bastionSubnetNsg(String outboundTag) {
        return "{\"resources\": [{\"type\": \"Microsoft.Network/networkSecurityGroups\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"bastion-nsg\", \"location\": \"westeurope\", \"properties\":"
                + " {\"securityRules\": [{\"name\": \"AllowGatewayManagerInbound\", \"properties\": {\"priority\":"
                + " 100, \"direction\": \"Inbound\", \"access\": \"Allow\", \"protocol\": \"Tcp\","
                + " \"sourceAddressPrefix\": \"GatewayManager\", \"sourcePortRange\": \"*\","
                + " \"destinationAddressPrefix\": \"*\", \"destinationPortRange\": \"443\"}},"
                + " {\"name\": \"DenyCloudOutbound\", \"properties\": {\"priority\": 100, \"direction\":"
                + " \"Outbound\", \"access\": \"Deny\", \"protocol\": \"*\", \"sourceAddressPrefix\": \"*\","
                + " \"sourcePortRange\": \"*\", \"destinationAddressPrefix\": \"" + outboundTag + "\","
                + " \"destinationPortRange\": \"*\"}}]}}]}";
    }

    // docs/azure/network-security-groups.md#service-tags
    @Test
    void a_rule_naming_an_azure_service_tag_vnetlab_does_not_simulate_is_kept_matches_no_simulated_address_and_warns() {
        appTier();

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(bastionSubnetNsg("AzureCloud.westeurope"))
                .deploy();
        azure.networkSecurityGroups().associateWithNetworkInterface("bastion-nsg", "db-nic");

        assertThat(azure.networkSecurityGroups().get("bastion-nsg").securityRules()).extracting(r -> r.name())
                .containsExactly("AllowGatewayManagerInbound", "DenyCloudOutbound");
        assertThat(result.warnings()).containsExactly(
                "security rule 'AllowGatewayManagerInbound' of Microsoft.Network/networkSecurityGroups 'bastion-nsg'"
                        + " names the service tag 'GatewayManager', whose addresses vnetlab does not simulate: the rule"
                        + " matches no simulated address.",
                "security rule 'DenyCloudOutbound' of Microsoft.Network/networkSecurityGroups 'bastion-nsg' names the"
                        + " service tag 'AzureCloud.westeurope', whose addresses vnetlab does not simulate: the rule"
                        + " matches no simulated address.");
        Verdict toWeb = tcp("db", "web", 443);
        assertThat(HopText.decision(toWeb.hops().get(0))).as("the Deny to AzureCloud does not match a VNet address")
                .isEqualTo("nsg 'bastion-nsg' on nic 'db-nic', outbound: allowed by"
                        + " defaultSecurityRules/AllowVnetOutBound");
    }

    // docs/azure/network-security-groups.md#rules
    @Test
    void a_service_tag_azure_does_not_have_is_still_an_invalid_address_prefix() {
        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(bastionSubnetNsg("AzureClod")).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.SecurityRuleInvalidAddressPrefix);
        assertThat(e.getMessage()).contains("Value provided: AzureClod.");
        assertThat(azure.networkSecurityGroups().list()).isEmpty();
    }
}
