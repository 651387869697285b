package io.vnetlab.arm;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deploying small templates written for each feature of the template language and each resource type. */
class ArmDeploymentTest {

    private static final String SUB = Topology.DEFAULT_SUBSCRIPTION_ID;

    private Topology azure;

    @BeforeEach
    void resourceGroup() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    private ArmDeployment deployment() {
        return ArmDeployment.into(azure, "rg");
    }

    private static String template(String resources) {
        return "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\","
                + " \"contentVersion\": \"1.0.0.0\", \"resources\": [" + resources + "]}";
    }

    private static String vnet(String name, String prefix) {
        return "{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\", \"name\": \"" + name
                + "\", \"location\": \"westeurope\", \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\""
                + prefix + "\"]}}}";
    }

    // ------------------------------------------------------------------ loops, conditions, outputs

    @Test
    void a_copy_loop_creates_n_spokes_each_peered_both_ways_with_the_hub() {
        DeploymentResult result = deployment().templateResource("templates/hub-and-spokes.json")
                .parameter("spokeCount", 3).deploy();

        assertThat(azure.networks().list()).extracting(n -> n.name())
                .containsExactly("hub", "spoke0", "spoke1", "spoke2");
        assertThat(azure.network("spoke2").addressSpace()).hasToString("[10.3.0.0/16]");
        assertThat(azure.peerings().list()).hasSize(6).allMatch(p -> p.state() == PeeringState.Connected);
        Peering spokeSide = azure.peering("spoke1", "to-hub");
        assertThat(spokeSide.allowForwardedTraffic()).isTrue();
        assertThat(spokeSide.allowGatewayTransit()).isFalse();
        assertThat(result.output("spokeNames")).isEqualTo(List.of("spoke0", "spoke1", "spoke2"));
        assertThat(result.output("HUBID")).isEqualTo("/subscriptions/" + SUB
                + "/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub");
        assertThat(result.name()).isEqualTo("hub-and-spokes");
    }

    @Test
    void a_false_condition_skips_the_resource_and_the_report_says_so() {
        DeploymentResult result = deployment().templateResource("templates/hub-and-spokes.json")
                .parameter("spokeCount", 1).deploy();

        assertThat(azure.network("hub").subnet("GatewaySubnet")).isEmpty();
        assertThat(result.skipped()).extracting(DeployedResource::templatePath, DeployedResource::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("resources[1]",
                        "Microsoft.Network/virtualNetworks/subnets"));
    }

    @Test
    void a_true_condition_deploys_the_resource() {
        deployment().templateResource("templates/hub-and-spokes.json")
                .parameters(Map.of("spokeCount", 0, "deployGatewaySubnet", true)).deploy();

        assertThat(azure.network("hub").subnet("GatewaySubnet")).hasValueSatisfying(s ->
                assertThat(s.addressPrefix()).hasToString("10.0.255.224/27"));
    }

    @Test
    void a_property_loop_makes_the_subnets_and_a_variable_loop_the_same_array() {
        DeploymentResult result = deployment().templateResource("templates/subnet-loop-and-reference.json").deploy();

        assertThat(azure.network("tiers").subnets()).extracting(s -> s.name() + " " + s.addressPrefix())
                .containsExactly("web 10.50.1.0/24", "app 10.50.2.0/24", "data 10.50.3.0/24");
        assertThat((List<?>) result.output("subnetsVariable")).hasSize(3);
    }

    @Test
    void reference_reads_an_address_the_deployment_assigned_and_orders_the_referencing_resource_after_it() {
        DeploymentResult result = deployment().templateResource("templates/subnet-loop-and-reference.json").deploy();

        assertThat(azure.networkInterface("appliance-nic").privateIpAddress()).hasToString("10.50.2.4");
        assertThat(result.output("nextHop")).isEqualTo("10.50.2.4");
        assertThat(azure.routeTables().get("to-appliance").route("default").orElseThrow().nextHopIp())
                .hasValueSatisfying(ip -> assertThat(ip).hasToString("10.50.2.4"));
    }

    // docs/azure/addressing.md#accelerated-networking
    @Test
    void an_interfaces_accelerated_networking_and_dns_settings_are_recorded_and_shown_by_reference() {
        String nic = "{\"type\": \"Microsoft.Network/networkInterfaces\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"fast-nic\", \"location\": \"westeurope\", \"dependsOn\": [\"net\"],"
                + " \"properties\": {\"enableAcceleratedNetworking\": true, \"dnsSettings\": {\"dnsServers\":"
                + " [\"10.9.1.10\"], \"internalDnsNameLabel\": \"fast\"}, \"ipConfigurations\": [{\"name\":"
                + " \"ipconfig1\", \"properties\": {\"subnet\": {\"id\":"
                + " \"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'net', 'app')]\"}}}]}}";
        String net = "{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\", \"name\":"
                + " \"net\", \"location\": \"westeurope\", \"properties\": {\"addressSpace\": {\"addressPrefixes\":"
                + " [\"10.9.0.0/16\"]}, \"subnets\": [{\"name\": \"app\", \"properties\": {\"addressPrefix\":"
                + " \"10.9.1.0/24\"}}]}}";
        String json = template(net + ", " + nic).replaceFirst("]}$", "], \"outputs\": {\"fast\": {\"type\":"
                + " \"bool\", \"value\": \"[reference('fast-nic').enableAcceleratedNetworking]\"}}}");

        DeploymentResult result = deployment().templateJson(json).deploy();

        assertThat(result.output("fast")).isEqualTo(true);
        assertThat(io.vnetlab.controlplane.ResourceManager.acceleratedNetworking(azure.state(),
                azure.networkInterface("fast-nic").id())).isTrue();
        // docs/azure/addressing.md#dns-servers
        assertThat(io.vnetlab.controlplane.ResourceManager.interfaceDnsServers(azure.state(),
                azure.networkInterface("fast-nic").id())).containsExactly("10.9.1.10");
        assertThat(io.vnetlab.controlplane.ResourceManager.internalDnsNameLabel(azure.state(),
                azure.networkInterface("fast-nic").id())).contains("fast");
    }

    // docs/azure/addressing.md#dns-servers
    @Test
    void a_networks_dns_servers_are_recorded_shown_by_reference_and_replaced_by_the_next_put() {
        String withServers = "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
                + "deploymentTemplate.json#\", \"contentVersion\": \"1.0.0.0\", \"resources\": [{\"type\":"
                + " \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\", \"name\": \"dns-net\","
                + " \"location\": \"westeurope\", \"properties\": {\"addressSpace\": {\"addressPrefixes\":"
                + " [\"10.8.0.0/16\"]}, \"dhcpOptions\": {\"dnsServers\": [\"10.8.0.4\", \"168.63.129.16\"]}}}],"
                + " \"outputs\": {\"servers\": {\"type\": \"array\", \"value\":"
                + " \"[reference('dns-net').dhcpOptions.dnsServers]\"}}}";

        DeploymentResult result = deployment().templateJson(withServers).deploy();

        assertThat(result.output("servers")).isEqualTo(List.of("10.8.0.4", "168.63.129.16"));
        deployment().templateJson(template(vnet("dns-net", "10.8.0.0/16"))).deploy();
        assertThat(io.vnetlab.controlplane.ResourceManager.dnsServers(azure.state(), azure.network("dns-net").id()))
                .isEmpty();
        assertThatThrownBy(() -> deployment().templateJson(withServers.replace("168.63.129.16", "dns1")).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("DNS server 'dns1' of virtual network 'dns-net' is not an IP address.");
    }

    @Test
    void resources_outside_the_network_model_are_listed_as_not_simulated_never_dropped() {
        DeploymentResult result = deployment().templateResource("templates/subnet-loop-and-reference.json").deploy();

        assertThat(result.notSimulated()).extracting(DeployedResource::type)
                .containsExactly("Microsoft.Storage/storageAccounts");
        assertThat((String) result.output("blobEndpoint")).startsWith("<not simulated: reference('diag");
        assertThat(result.toString()).contains("NOT_SIMULATED Microsoft.Storage/storageAccounts 'diag");
    }

    // docs/azure/network-security-groups.md#public-ip-sku-rules
    @Test
    void a_public_ip_without_a_sku_deploys_as_basic_with_the_warning_that_azure_refuses_it() {
        String json = template("{\"type\": \"Microsoft.Network/publicIPAddresses\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"legacy-ip\", \"location\": \"westeurope\", \"properties\":"
                + " {\"publicIPAllocationMethod\": \"Static\"}}");

        DeploymentResult result = deployment().templateJson(json).deploy();

        assertThat(azure.publicIpAddresses().get("legacy-ip").sku()).isEqualTo(PublicIpAddressSku.Basic);
        assertThat(result.warnings()).containsExactly("public IP address 'legacy-ip' is Basic (the SKU of an address"
                + " whose template names none): Azure no longer creates Basic public IP addresses and refuses this one"
                + " with IPv4BasicSkuPublicIpCountLimitReached; vnetlab deploys it as Basic. Give it sku Standard"
                + " (static) to deploy it in Azure.");
    }

    @Test
    void a_resource_named_through_a_not_simulated_resource_answers_reference_with_unknown_values() {
        String json = template("{\"type\": \"Microsoft.Network/privateLinkServices\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"db-service\", \"location\": \"westeurope\", \"properties\": {}}")
                .replace("]}", "], \"outputs\": {\"endpointAddress\": {\"type\": \"string\", \"value\":"
                + " \"[reference(reference(resourceId('Microsoft.Network/privateLinkServices', 'db-service'))"
                + ".networkInterfaces[0].id).ipConfigurations[0].properties.privateIPAddress]\"}}}");

        DeploymentResult result = deployment().templateJson(json).deploy();

        assertThat((String) result.output("endpointAddress")).isEqualTo("<not simulated: reference(reference("
                + "'db-service').networkInterfaces)>");
    }

    @Test
    void a_resource_named_after_a_property_of_a_not_simulated_resource_is_refused_naming_where_the_name_comes_from() {
        String json = template("{\"type\": \"Microsoft.Web/hostingEnvironments\", \"apiVersion\": \"2022-03-01\","
                + " \"name\": \"apps-ase\", \"location\": \"westeurope\", \"properties\": {}}, {\"type\":"
                + " \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\", \"name\":"
                + " \"[reference(resourceId('Microsoft.Web/hostingEnvironments', 'apps-ase')).dnsSuffix]\","
                + " \"location\": \"westeurope\", \"properties\": {\"addressSpace\": {\"addressPrefixes\":"
                + " [\"10.8.0.0/16\"]}}}");

        assertThatThrownBy(() -> deployment().templateJson(json).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template resource's 'name' comes from reference('apps-ase').dnsSuffix, which"
                        + " vnetlab cannot know: it is a property of a resource it does not simulate");
    }

    @Test
    void a_resource_of_another_type_declared_inside_a_parent_keeps_its_name_as_written() {
        String json = template("{\"type\": \"Microsoft.OperationalInsights/workspaces\", \"apiVersion\":"
                + " \"2022-10-01\", \"name\": \"ops\", \"location\": \"westeurope\", \"properties\": {},"
                + " \"resources\": [{\"type\": \"Microsoft.OperationsManagement/solutions\", \"apiVersion\":"
                + " \"2015-11-01-preview\", \"name\": \"NetworkInsights(ops)\", \"location\": \"westeurope\","
                + " \"dependsOn\": [\"ops\"], \"properties\": {}}]}");

        DeploymentResult result = deployment().templateJson(json).deploy();

        assertThat(result.notSimulated()).extracting(r -> r.id().name())
                .containsExactly("ops", "NetworkInsights(ops)");
    }

    @Test
    void a_condition_or_a_length_of_a_not_simulated_resources_property_is_unknown_rather_than_refused() {
        String json = template("{\"type\": \"Microsoft.KeyVault/vaults\", \"apiVersion\": \"2022-07-01\","
                + " \"name\": \"keys\", \"location\": \"westeurope\", \"properties\": {}}")
                .replace("]}", "], \"outputs\": {\"uri\": {\"type\": \"string\", \"value\":"
                + " \"[if(endsWith(reference('keys').vaultUri, '/'), 'trimmed', 'as is')]\"}, \"size\": {\"type\":"
                + " \"int\", \"value\": \"[length(reference('keys').vaultUri)]\"}}}");

        DeploymentResult result = deployment().templateJson(json).deploy();

        assertThat((String) result.output("uri")).isEqualTo("<not simulated: if(endsWith(reference('keys')"
                + ".vaultUri))>");
        assertThat((String) result.output("size")).isEqualTo("<not simulated: length(reference('keys').vaultUri)>");
    }

    @Test
    void a_copy_loop_counted_from_a_not_simulated_resources_property_is_refused_naming_where_the_count_comes_from() {
        String json = template("{\"type\": \"Microsoft.Network/privateLinkServices\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"db-service\", \"location\": \"westeurope\", \"properties\": {}}, {\"type\":"
                + " \"Microsoft.Network/routeTables\", \"apiVersion\": \"2024-05-01\", \"name\":"
                + " \"[concat('routes-', copyIndex())]\", \"location\": \"westeurope\", \"copy\": {\"name\":"
                + " \"perConfig\", \"count\": \"[length(reference('db-service').ipConfigurations)]\"},"
                + " \"properties\": {}}");

        assertThatThrownBy(() -> deployment().templateJson(json).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The copy count comes from length(reference('db-service').ipConfigurations),"
                        + " which vnetlab cannot know: it is a property of a resource it does not simulate.");
    }

    @Test
    void vms_attach_existing_interfaces_with_dynamic_or_static_addresses_and_ip_forwarding() {
        deployment().templateResource("templates/hub-and-spokes.json").parameter("spokeCount", 1).deploy();

        DeploymentResult app = ArmDeployment.into(azure, "rg").templateResource("templates/vms.json")
                .parametersResource("templates/vms.parameters.json").deploy();
        ArmDeployment.into(azure, "rg").templateResource("templates/vms.json").named("nva")
                .parameters(Map.of("networkName", "hub", "subnetName", "shared", "vmName", "nva",
                        "applianceAddress", "10.0.1.10")).deploy();

        assertThat(app.output("privateAddress")).isEqualTo("10.1.1.4");
        assertThat(azure.vm("app0").snapshot().primaryNetworkInterfaceId().name()).isEqualTo("app0-nic");
        assertThat(azure.networkInterface("nva-nic").allocationMethod()).isEqualTo(IpAllocationMethod.Static);
        assertThat(azure.networkInterface("nva-nic").privateIpAddress()).hasToString("10.0.1.10");
        assertThat(azure.networkInterface("nva-nic").ipForwarding()).isTrue();
        assertThat(azure.networkInterface("app0-nic").ipForwarding()).isFalse();
        assertThat(azure.reach("app0", "nva").reachable()).isTrue();
    }

    // ------------------------------------------------------------------ ordering and child resources

    @Test
    void nested_child_resources_take_their_parents_type_and_name_and_deploy_after_it() {
        String json = template("{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"aa\", \"location\": \"westeurope\", \"properties\": {\"addressSpace\":"
                + " {\"addressPrefixes\": [\"10.1.0.0/16\"]}}, \"resources\": [{\"type\": \"subnets\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"apps\", \"dependsOn\": [\"aa\"], \"properties\": {\"addressPrefix\":"
                + " \"10.1.1.0/24\"}}, {\"type\": \"virtualNetworkPeerings\", \"apiVersion\": \"2024-05-01\", \"name\":"
                + " \"a-to-b\", \"dependsOn\": [\"[resourceId('Microsoft.Network/virtualNetworks', 'bb')]\"],"
                + " \"properties\": {\"allowVirtualNetworkAccess\": true, \"remoteVirtualNetwork\": {\"id\":"
                + " \"[resourceId('Microsoft.Network/virtualNetworks', 'bb')]\"}}}]}, " + vnet("bb", "10.2.0.0/16"));

        DeploymentResult result = deployment().templateJson(json).deploy();

        assertThat(azure.network("aa").subnet("apps")).isPresent();
        assertThat(azure.peering("aa", "a-to-b").state()).isEqualTo(PeeringState.Initiated);
        assertThat(result.resources()).extracting(DeployedResource::templatePath)
                .containsExactly("resources[0]", "resources[0].resources[0]", "resources[1]",
                        "resources[0].resources[1]");
    }

    @Test
    void a_circular_dependency_is_refused_before_anything_deploys() {
        String json = template("{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"aa\", \"location\": \"westeurope\", \"dependsOn\": [\"bb\"], \"properties\":"
                + " {\"addressSpace\": {\"addressPrefixes\": [\"10.1.0.0/16\"]}}},"
                + " {\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\", \"name\": \"bb\","
                + " \"location\": \"westeurope\", \"dependsOn\": [\"aa\"], \"properties\": {\"addressSpace\":"
                + " {\"addressPrefixes\": [\"10.2.0.0/16\"]}}}");

        assertThatThrownBy(() -> deployment().templateJson(json).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessage("Deployment template validation failed: 'The template at path 'resources[0]' is not"
                        + " valid: Circular dependency detected on resource: '/subscriptions/" + SUB + "/resourceGroups"
                        + "/rg/providers/Microsoft.Network/virtualNetworks/aa'. Please see"
                        + " https://aka.ms/arm-syntax-resources for usage details.'.")
                .extracting(e -> ((AzureException) e).code()).isEqualTo(AzureErrorCode.InvalidTemplate);
        assertThat(azure.networks().list()).isEmpty();
    }

    @Test
    void depending_on_a_resource_the_template_does_not_define_is_invalid() {
        String json = template("{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"aa\", \"location\": \"westeurope\", \"dependsOn\": [\"Microsoft.Network/virtualNetworks/zz\"],"
                + " \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"10.1.0.0/16\"]}}}");

        assertThatThrownBy(() -> deployment().templateJson(json).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The resource 'Microsoft.Network/virtualNetworks/zz' is not defined in the template.")
                .satisfies(e -> assertThat(((ArmDeploymentException) e).templatePath())
                        .isEqualTo("resources[0].dependsOn[0]"));
    }

    @Test
    void using_another_resources_id_without_depends_on_deploys_in_template_order_with_a_warning() {
        String json = template(vnet("aa", "10.1.0.0/16") + ", " + vnet("bb", "10.2.0.0/16") + ", {\"type\":"
                + " \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"aa/to-bb\", \"dependsOn\": [\"aa\"], \"properties\": {\"allowVirtualNetworkAccess\": true,"
                + " \"remoteVirtualNetwork\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks', 'bb')]\"}}}");

        DeploymentResult result = deployment().templateJson(json).deploy();

        assertThat(result.warnings()).containsExactly("Microsoft.Network/virtualNetworks/virtualNetworkPeerings"
                + " 'aa/to-bb' (resources[2]) uses the id of Microsoft.Network/virtualNetworks 'bb' without a dependsOn"
                + " on it: Azure deploys resources that do not depend on each other in parallel, so this deployment"
                + " can fail there.");
    }

    @Test
    void a_nic_naming_a_subnet_declared_inside_a_vnet_still_to_deploy_waits_for_that_vnet_with_a_warning() {
        String json = template("{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"app\", \"location\": \"westeurope\", \"dependsOn\": [\"edge-routes\"], \"properties\":"
                + " {\"addressSpace\": {\"addressPrefixes\": [\"10.7.0.0/16\"]}, \"subnets\": [{\"name\": \"workers\","
                + " \"properties\": {\"addressPrefix\": \"10.7.1.0/24\"}}]}}, {\"type\":"
                + " \"Microsoft.Network/networkInterfaces\", \"apiVersion\": \"2024-05-01\", \"name\": \"worker-nic\","
                + " \"location\": \"westeurope\", \"properties\": {\"ipConfigurations\": [{\"name\": \"primary\","
                + " \"properties\": {\"subnet\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks/subnets',"
                + " 'app', 'workers')]\"}}}]}}, {\"type\": \"Microsoft.Network/routeTables\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"edge-routes\", \"location\": \"westeurope\", \"properties\": {}}");

        DeploymentResult result = deployment().templateJson(json).deploy();

        assertThat(azure.networkInterfaces().get("worker-nic").subnetId().toString()).endsWith("/app/subnets/workers");
        assertThat(result.warnings()).containsExactly("Microsoft.Network/networkInterfaces 'worker-nic' (resources[1])"
                + " uses the id of Microsoft.Network/virtualNetworks 'app' without a dependsOn on it: Azure deploys"
                + " resources that do not depend on each other in parallel, so this deployment can fail there.");
    }

    // docs/azure/arm-templates.md#read-only-references
    @Test
    void a_security_group_listing_its_interfaces_read_only_is_deployed_before_the_interface_that_names_it() {
        String json = template(vnet("app", "10.7.0.0/16").replace("\"addressPrefixes\": [\"10.7.0.0/16\"]}",
                "\"addressPrefixes\": [\"10.7.0.0/16\"]}, \"subnets\": [{\"name\": \"workers\", \"properties\":"
                + " {\"addressPrefix\": \"10.7.1.0/24\"}}]") + ", {\"type\": \"Microsoft.Network/networkInterfaces\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"worker-nic\", \"location\": \"westeurope\","
                + " \"dependsOn\": [\"app\"], \"properties\": {\"ipConfigurations\": [{\"name\": \"primary\","
                + " \"properties\": {\"subnet\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks/subnets',"
                + " 'app', 'workers')]\"}}}], \"networkSecurityGroup\": {\"id\":"
                + " \"[resourceId('Microsoft.Network/networkSecurityGroups', 'worker-nsg')]\"}}}, {\"type\":"
                + " \"Microsoft.Network/networkSecurityGroups\", \"apiVersion\": \"2024-05-01\", \"name\":"
                + " \"worker-nsg\", \"location\": \"westeurope\", \"properties\": {\"networkInterfaces\": [{\"id\":"
                + " \"[resourceId('Microsoft.Network/networkInterfaces', 'worker-nic')]\"}]}}");

        DeploymentResult result = deployment().templateJson(json).deploy();

        assertThat(azure.networkInterfaces().get("worker-nic").networkSecurityGroupId().name()).isEqualTo("worker-nsg");
        assertThat(result.warnings()).containsExactly("Microsoft.Network/networkInterfaces 'worker-nic' (resources[1])"
                + " uses the id of Microsoft.Network/networkSecurityGroups 'worker-nsg' without a dependsOn on it:"
                + " Azure deploys resources that do not depend on each other in parallel, so this deployment can fail"
                + " there.");
    }

    // docs/azure/peering.md#no-rest-defaults
    @Test
    void a_peering_without_allow_virtual_network_access_gets_false_as_an_arm_body_without_the_flag() {
        String json = template(vnet("aa", "10.1.0.0/16") + ", " + vnet("bb", "10.2.0.0/16") + ", {\"type\":"
                + " \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"aa/to-bb\", \"dependsOn\": [\"aa\", \"bb\"], \"properties\": {\"remoteVirtualNetwork\":"
                + " {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks', 'bb')]\"}}}");

        DeploymentResult result = deployment().templateJson(json).deploy();

        assertThat(azure.peering("aa", "to-bb").allowVirtualNetworkAccess()).isFalse();
        assertThat(result.warnings()).singleElement().asString().contains("does not set allowVirtualNetworkAccess");
    }

    // ------------------------------------------------------------------ parameters

    @Test
    void parameter_names_given_in_another_case_are_the_same_parameter() {
        deployment().templateResource("templates/hub-and-spokes.json").parameter("SPOKECOUNT", "2").deploy();

        assertThat(azure.networks().list()).hasSize(3);
    }

    @Test
    void a_required_parameter_without_a_value_is_invalid_template() {
        assertThatThrownBy(() -> deployment().templateResource("templates/vms.json").deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessage("Deployment template validation failed: 'The template at path 'parameters.networkName' is"
                        + " not valid: The value for the template parameter 'networkName' is not provided. Please see"
                        + " https://aka.ms/arm-create-parameter-file for usage details.'.");
    }

    @Test
    void a_parameter_the_template_does_not_declare_is_refused() {
        assertThatThrownBy(() -> deployment().templateResource("templates/hub-and-spokes.json")
                .parameter("spokes", 2).deploy())
                .hasMessageContaining("The template parameters 'spokes' in the parameters file are not valid; they are"
                        + " not present in the original template and can therefore not be provided at deployment"
                        + " time. The only supported parameters for this template are 'spokeCount, location,"
                        + " deployGatewaySubnet'.");
    }

    @Test
    void a_value_outside_the_allowed_values_or_bounds_or_of_the_wrong_type_is_refused() {
        String json = "{\"parameters\": {\"sku\": {\"type\": \"string\", \"allowedValues\": [\"Basic\", \"VpnGw1\"]},"
                + " \"count\": {\"type\": \"int\", \"defaultValue\": 1, \"maxValue\": 3}}, \"resources\": []}";

        assertThatThrownBy(() -> deployment().templateJson(json).parameter("sku", "Gold").deploy())
                .hasMessageContaining("The provided value 'Gold' for the template parameter 'sku' is not valid. The"
                        + " value is not part of the allowed value(s): 'Basic,VpnGw1'.");
        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(json).parameter("sku", "Basic")
                .parameter("count", 4).deploy())
                .hasMessageContaining("The value is greater than the maximum value of '3'.");
        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(json).parameter("sku", "Basic")
                .parameter("count", List.of(1)).deploy())
                .hasMessageContaining("Template parameter 'count' was provided an invalid value. Expected a value of"
                        + " type 'Integer', but received a value of type 'Array'.");
    }

    // ------------------------------------------------------------------ errors and atomicity

    @Test
    void an_expression_error_names_the_template_path_and_the_expression() {
        String json = template("{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"aa\", \"location\": \"westeurope\", \"properties\": {\"addressSpace\":"
                + " {\"addressPrefixes\": [\"[parameters('prefix')]\"]}}}");

        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> deployment().templateJson(json).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.InvalidTemplate);
        assertThat(e.templatePath()).isEqualTo("resources[0].properties.addressSpace.addressPrefixes[0]");
        assertThat(e.expression()).contains("[parameters('prefix')]");
        assertThat(e.getMessage()).isEqualTo("Deployment template validation failed: 'The template at path"
                + " 'resources[0].properties.addressSpace.addressPrefixes[0]' is not valid in expression"
                + " '[parameters('prefix')]': The template parameter 'prefix' is not found. Please see"
                + " https://aka.ms/arm-syntax-parameters for usage details.'.");
    }

    @Test
    void a_resource_the_network_model_refuses_fails_the_deployment_with_the_control_planes_code_and_changes_nothing() {
        deployment().templateJson(template(vnet("aa", "10.1.0.0/16"))).deploy();
        TopologyState before = azure.state();
        String overlapping = template(vnet("bb", "10.2.0.0/16") + ", " + vnet("cc", "10.1.0.0/24") + ", {\"type\":"
                + " \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"aa/to-cc\", \"dependsOn\": [\"cc\"], \"properties\": {\"allowVirtualNetworkAccess\": true,"
                + " \"remoteVirtualNetwork\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks', 'cc')]\"}}}");

        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(overlapping).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.VnetAddressSpacesOverlap);
        assertThat(e.deploymentCode()).isEqualTo(AzureErrorCode.DeploymentFailed);
        assertThat(e.templatePath()).isEqualTo("resources[2]");
        assertThat(e.getMessage()).startsWith("At least one resource deployment operation failed. Please list"
                + " deployment operations for details. Please see https://aka.ms/arm-deployment-operations for usage"
                + " details. Resource 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings' 'to-cc' (resources[2])"
                + " failed: (VnetAddressSpacesOverlap) Cannot create or update peering");
        assertThat(azure.state()).isSameAs(before);
        assertThat(azure.networks().list()).extracting(n -> n.name()).containsExactly("aa");
    }

    @Test
    void a_deployment_into_a_missing_resource_group_is_refused() {
        assertThatThrownBy(() -> ArmDeployment.into(azure, "nope").templateJson(template("")).deploy())
                .isInstanceOf(AzureException.class)
                .extracting(e -> ((AzureException) e).code()).isEqualTo(AzureErrorCode.ResourceGroupNotFound);
    }

    @Test
    void a_type_and_name_with_different_segment_counts_is_invalid() {
        String json = template("{\"type\": \"Microsoft.Network/virtualNetworks/subnets\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"apps\", \"properties\": {\"addressPrefix\": \"10.1.1.0/24\"}}");

        assertThatThrownBy(() -> deployment().templateJson(json).deploy())
                .hasMessageContaining("The template resource 'apps' for type 'Microsoft.Network/virtualNetworks/subnets'"
                        + " has incorrect segment lengths.");
    }

    @Test
    void json_that_is_not_a_template_is_refused_with_its_position() {
        assertThatThrownBy(() -> deployment().templateJson("{\"resources\": [").deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageStartingWith("Deployment template parse failed: the template text is not valid JSON:");
    }

    // ------------------------------------------------------------------ incremental and nested deployments

    @Test
    void a_second_template_builds_on_what_the_first_one_made_incrementally() {
        deployment().templateJson(template(vnet("local", "10.1.0.0/16") + ", " + vnet("remote", "10.2.0.0/16")))
                .named("prereq").deploy();
        String onePeering = "{\"parameters\": {\"local\": {\"type\": \"string\"}, \"remote\": {\"type\": \"string\"}},"
                + " \"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"[concat(parameters('local'), '/to-remote')]\","
                + " \"properties\": {\"allowVirtualNetworkAccess\": true, \"remoteVirtualNetwork\": {\"id\":"
                + " \"[resourceId('rg', 'Microsoft.Network/virtualNetworks', parameters('remote'))]\"}}}],"
                + " \"outputs\": {\"state\": {\"type\": \"string\", \"value\":"
                + " \"[reference(resourceId('Microsoft.Network/virtualNetworks/virtualNetworkPeerings', parameters('local'),"
                + " 'to-remote')).peeringState]\"}, \"remoteSpace\": {\"type\": \"array\", \"value\":"
                + " \"[reference(resourceId('Microsoft.Network/virtualNetworks', parameters('remote'))).addressSpace.addressPrefixes]\"}}}";

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(onePeering)
                .parametersJson("{\"parameters\": {\"local\": {\"value\": \"local\"}, \"remote\": {\"value\": \"remote\"}}}")
                .deploy();

        assertThat(azure.networks().list()).hasSize(2);
        assertThat(result.output("state")).isEqualTo("Initiated");
        assertThat(result.output("remoteSpace")).isEqualTo(List.of("10.2.0.0/16"));
        assertThat(azure.state().all(DeploymentRecord.class)).extracting(DeploymentRecord::name)
                .containsExactly("prereq", "vnetlab-deployment");
        assertThat(azure.state().all(DeploymentRecord.class)).last().extracting(DeploymentRecord::outputsJson)
                .asString().contains("\"state\":{\"type\":\"String\",\"value\":\"Initiated\"}");
    }

    @Test
    void inline_nested_deployments_evaluate_in_their_inner_or_the_outer_scope() {
        DeploymentResult result = deployment().templateResource("templates/nested.json").deploy();

        assertThat(azure.networks().list()).extracting(n -> n.name()).containsExactly("inner-net", "outer-net");
        assertThat(azure.network("outer-net").addressSpace()).hasToString("[10.70.0.0/16]");
        assertThat(azure.peering("outer-net", "to-inner").remoteNetworkId().name()).isEqualTo("inner-net");
        assertThat(result.output("innerNetworkId")).isEqualTo("/subscriptions/" + SUB
                + "/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/inner-net");
    }

    @Test
    void a_nested_parameter_given_whole_by_an_expression_passes_the_value_it_builds() {
        String json = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0", "parameters": {"netName": {"type": "string", "defaultValue": ""}},
                 "resources": [{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01",
                  "name": "network", "properties": {"mode": "Incremental",
                  "expressionEvaluationOptions": {"scope": "inner"}, "parameters": {"netName":
                   "[if(empty(parameters('netName')), createObject('value', 'default-net'), createObject('value', parameters('netName')))]"},
                  "template": {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                   "contentVersion": "1.0.0.0", "parameters": {"netName": {"type": "string"}},
                   "resources": [{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01",
                    "name": "[parameters('netName')]", "location": "westeurope",
                    "properties": {"addressSpace": {"addressPrefixes": ["10.60.0.0/16"]}}}]}}}]}""";

        deployment().templateJson(json).deploy();

        assertThat(azure.networks().list()).extracting(n -> n.name()).containsExactly("default-net");
    }

    // docs/azure/arm-templates.md#parameters
    @Test
    void a_nested_parameter_given_null_takes_its_default_value() {
        String json = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0", "resources": [{"type": "Microsoft.Resources/deployments",
                  "apiVersion": "2022-09-01", "name": "network", "properties": {"mode": "Incremental",
                  "expressionEvaluationOptions": {"scope": "inner"}, "parameters": {"prefixes": {"value":
                   "[tryGet(createObject('name', 'app'), 'prefixes')]"}},
                  "template": {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                   "contentVersion": "1.0.0.0", "parameters": {"prefixes": {"type": "array",
                    "defaultValue": ["10.62.0.0/16"]}},
                   "resources": [{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01",
                    "name": "app", "location": "westeurope",
                    "properties": {"addressSpace": {"addressPrefixes": "[parameters('prefixes')]"}}}]}}}]}""";

        deployment().templateJson(json).deploy();

        assertThat(azure.network("app").addressSpace()).hasToString("[10.62.0.0/16]");
    }

    @Test
    void a_reference_inside_an_inner_scoped_nested_template_names_its_own_resource_not_the_outer_ones() {
        String json = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0", "resources": [
                  {"type": "Microsoft.Network/networkSecurityGroups", "apiVersion": "2024-05-01", "name": "guard",
                   "location": "westeurope", "dependsOn": ["routes"], "properties": {}},
                  {"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "routes",
                   "properties": {"mode": "Incremental", "expressionEvaluationOptions": {"scope": "inner"},
                   "template": {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                    "contentVersion": "1.0.0.0", "resources": [{"type": "Microsoft.Network/routeTables",
                     "apiVersion": "2024-05-01", "name": "guard", "location": "westeurope", "properties": {}}],
                    "outputs": {"propagation": {"type": "bool",
                     "value": "[reference('guard').disableBgpRoutePropagation]"}}}}}]}""";

        deployment().templateJson(json).deploy();

        assertThat(azure.routeTables().get("guard")).isNotNull();
        assertThat(azure.networkSecurityGroups().get("guard")).isNotNull();
    }

    @Test
    void a_resource_depending_on_a_copy_loop_of_no_instance_waits_for_nothing() {
        String json = template("{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"[concat('spoke-', copyIndex())]\", \"location\": \"westeurope\", \"copy\":"
                + " {\"name\": \"spokes\", \"count\": 0}, \"properties\": {\"addressSpace\": {\"addressPrefixes\":"
                + " [\"10.63.0.0/16\"]}}}, {\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"hub\", \"location\": \"westeurope\", \"dependsOn\": [\"spokes\"],"
                + " \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"10.64.0.0/16\"]}}}");

        deployment().templateJson(json).deploy();

        assertThat(azure.networks().list()).extracting(n -> n.name()).containsExactly("hub");
    }

    @Test
    void a_nested_parameter_whose_value_a_property_loop_builds_passes_the_array() {
        String json = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0", "resources": [{"type": "Microsoft.Resources/deployments",
                  "apiVersion": "2022-09-01", "name": "network", "properties": {"mode": "Incremental",
                  "expressionEvaluationOptions": {"scope": "inner"}, "parameters": {"prefixes": {"copy": [
                   {"name": "value", "count": 2, "input": "[format('10.{0}.0.0/16', add(65, copyIndex('value')))]"}]}},
                  "template": {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                   "contentVersion": "1.0.0.0", "parameters": {"prefixes": {"type": "array"}},
                   "resources": [{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01",
                    "name": "app", "location": "westeurope",
                    "properties": {"addressSpace": {"addressPrefixes": "[parameters('prefixes')]"}}}]}}}]}""";

        deployment().templateJson(json).deploy();

        assertThat(azure.network("app").addressSpace()).hasToString("[10.65.0.0/16, 10.66.0.0/16]");
    }

    @Test
    void a_nullable_output_may_be_null_and_a_plain_one_may_not() {
        String nullable = template("").replace("]}", "], \"outputs\": {\"principal\": {\"type\": \"string\","
                + " \"nullable\": true, \"value\": \"[tryGet(createObject(), 'principalId')]\"}}}");

        DeploymentResult result = deployment().templateJson(nullable).deploy();

        assertThat(result.output("principal")).isNull();
        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(nullable.replace("\"nullable\": true, ",
                "")).deploy()).isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("Expected 'String'. Actual 'Null'.");
    }

    @Test
    void a_resource_whose_condition_is_false_may_have_a_blank_name_and_others_may_still_depend_on_it() {
        String json = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "languageVersion": "2.0", "contentVersion": "1.0.0.0",
                 "parameters": {"guardName": {"type": "string", "defaultValue": ""}},
                 "resources": {
                  "guard": {"condition": "[not(empty(parameters('guardName')))]", "existing": true,
                   "type": "Microsoft.Network/networkSecurityGroups", "apiVersion": "2024-05-01",
                   "name": "[parameters('guardName')]"},
                  "guardRule": {"condition": "[not(empty(parameters('guardName')))]", "existing": true,
                   "type": "Microsoft.Network/networkSecurityGroups/securityRules", "apiVersion": "2024-05-01",
                   "name": "[format('{0}/{1}', parameters('guardName'), '')]"},
                  "app": {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "app",
                   "location": "westeurope", "dependsOn": ["guard", "guardRule"],
                   "properties": {"addressSpace": {"addressPrefixes": ["10.67.0.0/16"]}}}}}""";

        deployment().templateJson(json).deploy();

        assertThat(azure.networks().list()).extracting(n -> n.name()).containsExactly("app");
    }

    @Test
    void a_builder_is_single_use_and_needs_a_template() {
        ArmDeployment d = deployment().templateJson(template(""));
        d.deploy();
        assertThatThrownBy(d::deploy).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").deploy()).isInstanceOf(IllegalStateException.class)
                .hasMessage("No template: call templateFile(...), templateResource(...) or templateJson(...) before"
                        + " deploy().");
    }

    // ------------------------------------------------------------------ redeployment and less common shapes

    @Test
    void deploying_the_same_template_again_changes_nothing_incremental_mode() {
        deployment().templateResource("templates/hub-and-spokes.json").parameter("spokeCount", 2).deploy();
        String peeringsBefore = azure.peerings().list().toString();

        ArmDeployment.into(azure, "rg").templateResource("templates/hub-and-spokes.json").parameter("spokeCount", 2)
                .deploy();

        assertThat(azure.networks().list()).hasSize(3);
        assertThat(azure.peerings().list()).hasToString(peeringsBefore);
    }

    @Test
    void redeploying_a_network_without_the_subnet_an_interface_uses_fails_as_in_azure() {
        deployment().templateResource("templates/hub-and-spokes.json").parameter("spokeCount", 1).deploy();
        ArmDeployment.into(azure, "rg").templateResource("templates/vms.json")
                .parametersResource("templates/vms.parameters.json").deploy();
        String withoutSubnets = template(vnet("spoke0", "10.1.0.0/16"));

        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(withoutSubnets).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.InUseSubnetCannotBeDeleted);
        assertThat(azure.network("spoke0").subnet("workload")).isPresent();
    }

    @Test
    void a_serial_copy_loop_deploys_its_instances_one_after_the_other() {
        // net2 waits for "late", declared after the loop; serial mode makes net3 wait for net2.
        String json = template(vnet("base", "10.20.0.0/16") + ", {\"type\": \"Microsoft.Network/virtualNetworks\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"[concat('net', copyIndex(1))]\", \"location\":"
                + " \"westeurope\", \"copy\": {\"name\": \"nets\", \"count\": 3, \"mode\": \"serial\", \"batchSize\": 1},"
                + " \"dependsOn\": [\"[if(equals(copyIndex(), 1), 'late', 'base')]\"], \"properties\": {\"addressSpace\":"
                + " {\"addressPrefixes\": [\"[format('10.{0}.0.0/16', copyIndex(1))]\"]}}}, " + vnet("late", "10.9.0.0/16"));

        DeploymentResult result = deployment().templateJson(json).deploy();

        assertThat(result.resources()).extracting(r -> r.id().name())
                .containsExactly("base", "net1", "late", "net2", "net3");
        assertThat(ArmDeployment.into(azure, "rg").templateJson(json.replace("serial", "parallel")).deploy()
                .resources()).extracting(r -> r.id().name()).containsExactly("base", "net1", "net3", "late", "net2");
    }

    @Test
    void a_serial_copy_loop_with_a_batch_size_deploys_each_batch_after_the_one_before() {
        // net1 waits for "late"; in batches of two, net2 does not wait for net1, while net3 and net4 wait for both
        String json = template(vnet("base", "10.20.0.0/16") + ", {\"type\": \"Microsoft.Network/virtualNetworks\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"[concat('net', copyIndex(1))]\", \"location\":"
                + " \"westeurope\", \"copy\": {\"name\": \"nets\", \"count\": 4, \"mode\": \"serial\", \"batchSize\": 2},"
                + " \"dependsOn\": [\"[if(equals(copyIndex(), 0), 'late', 'base')]\"], \"properties\": {\"addressSpace\":"
                + " {\"addressPrefixes\": [\"[format('10.{0}.0.0/16', copyIndex(1))]\"]}}}, " + vnet("late", "10.9.0.0/16"));

        assertThat(deployment().templateJson(json).deploy().resources()).extracting(r -> r.id().name())
                .containsExactly("base", "net2", "late", "net1", "net3", "net4");
        assertThat(ArmDeployment.into(azure, "rg").templateJson(json.replace("\"batchSize\": 2", "\"batchSize\": 1"))
                .deploy().resources()).extracting(r -> r.id().name())
                .containsExactly("base", "late", "net1", "net2", "net3", "net4");
        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(json.replace("\"batchSize\": 2",
                "\"batchSize\": 0")).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template at path 'resources[1].copy.batchSize' is not valid: The copy loop's"
                        + " batchSize must be a positive integer; it is '0'.");
    }

    @Test
    void a_linked_template_at_a_uri_vnetlab_cannot_read_is_refused_with_arms_code_and_complete_mode_is_refused() {
        String linked = template("{\"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\","
                + " \"name\": \"linked\", \"properties\": {\"mode\": \"Incremental\", \"templateLink\": {\"uri\":"
                + " \"https://example.com/t.json\"}}}");
        String complete = template("{\"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\","
                + " \"name\": \"all\", \"properties\": {\"mode\": \"Complete\", \"template\": {\"resources\": []}}}");

        assertThatThrownBy(() -> deployment().templateJson(linked).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("(InvalidContentLink) Unable to download deployment content from"
                        + " 'https://example.com/t.json'")
                .satisfies(e -> assertThat(((ArmDeploymentException) e).code())
                        .isEqualTo(AzureErrorCode.InvalidContentLink));
        assertThat(azure.state().get(DeploymentRecord.class, ResourceId.parse("/subscriptions/" + SUB
                + "/resourceGroups/rg/providers/Microsoft.Resources/deployments/linked"))).isEmpty();
        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(complete).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("in Incremental mode only")
                .satisfies(e -> assertThat(((ArmDeploymentException) e).templatePath())
                        .isEqualTo("resources[0].properties.mode"));
    }

    @Test
    void a_location_that_is_not_a_region_fails_the_resource_with_arms_code() {
        String json = template(vnet("aa", "10.1.0.0/16").replace("westeurope", "atlantis"));

        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> deployment().templateJson(json).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.LocationNotAvailableForResourceType);
        assertThat(e.getMessage()).contains("The provided location 'atlantis' is not available for resource type"
                + " 'Microsoft.Network/virtualNetworks'. List of available regions for the resource type is 'eastus,");
    }

    @Test
    void reference_with_full_returns_the_whole_resource_and_without_it_its_properties() {
        String json = "{\"resources\": [" + vnet("aa", "10.1.0.0/16") + "], \"outputs\": {"
                + "\"location\": {\"type\": \"string\", \"value\": \"[reference('aa', '2024-05-01', 'Full').location]\"},"
                + "\"guid\": {\"type\": \"string\", \"value\": \"[reference('aa').resourceGuid]\"},"
                + "\"state\": {\"type\": \"string\", \"value\": \"[reference('aa').provisioningState]\"}}}";

        DeploymentResult result = deployment().templateJson(json).deploy();

        assertThat(result.output("location")).isEqualTo("westeurope");
        assertThat(result.output("guid")).isEqualTo(azure.network("aa").resourceGuid());
        assertThat(result.output("state")).isEqualTo("Succeeded");
    }

    @Test
    void a_network_may_declare_its_peerings_inline_in_its_properties() {
        String json = template(vnet("bb", "10.2.0.0/16") + ", {\"type\": \"Microsoft.Network/virtualNetworks\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"aa\", \"location\": \"westeurope\", \"dependsOn\": [\"bb\"],"
                + " \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"10.1.0.0/16\"]}, \"subnets\": [{\"name\":"
                + " \"apps\", \"properties\": {\"addressPrefix\": \"10.1.1.0/24\"}}], \"virtualNetworkPeerings\": [{\"name\":"
                + " \"aa-to-bb\", \"properties\": {\"allowVirtualNetworkAccess\": true, \"allowForwardedTraffic\": true,"
                + " \"remoteVirtualNetwork\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks', 'bb')]\"}}}]}}");

        deployment().templateJson(json).deploy();

        assertThat(azure.peering("aa", "aa-to-bb").state()).isEqualTo(PeeringState.Initiated);
        assertThat(azure.peering("aa", "aa-to-bb").allowForwardedTraffic()).isTrue();
        assertThat(azure.network("aa").subnet("apps")).isPresent();
    }

    // docs/azure/network-security-groups.md#associations
    @Test
    void a_top_level_subnets_network_security_group_id_associates_the_group() {
        String json = template("{\"type\": \"Microsoft.Network/networkSecurityGroups\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"web-nsg\", \"location\": \"westeurope\", \"properties\": {\"securityRules\": []}}, "
                + vnet("aa", "10.1.0.0/16") + ", {\"type\": \"Microsoft.Network/virtualNetworks/subnets\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"aa/web\", \"dependsOn\": [\"aa\", \"web-nsg\"], \"properties\":"
                + " {\"addressPrefix\": \"10.1.1.0/24\", \"networkSecurityGroup\": {\"id\":"
                + " \"[resourceId('Microsoft.Network/networkSecurityGroups', 'web-nsg')]\"}}}");

        DeploymentResult result = deployment().templateJson(json).deploy();

        assertThat(azure.subnet("aa", "web").networkSecurityGroup())
                .contains(azure.networkSecurityGroups().get("web-nsg").id());
        assertThat(result.notSimulated()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void a_value_the_simulator_cannot_know_is_refused_where_a_simulated_resource_needs_it() {
        String json = template("{\"type\": \"Microsoft.Network/ddosProtectionPlans\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"pip\", \"location\": \"westeurope\", \"properties\": {}}, {\"type\":"
                + " \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\", \"name\": \"aa\", \"location\":"
                + " \"westeurope\", \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"[reference('pip').ipAddress]\"]}}}");

        assertThatThrownBy(() -> deployment().templateJson(json).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("Property 'addressSpace.addressPrefixes[0]' of Microsoft.Network/virtualNetworks 'aa'"
                        + " needs the value of"
                        + " reference('pip').ipAddress, which the simulator does not know because it does not simulate"
                        + " that resource.");
    }
}
