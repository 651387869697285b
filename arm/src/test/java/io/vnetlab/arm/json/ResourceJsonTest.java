package io.vnetlab.arm.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vnetlab.Topology;
import io.vnetlab.arm.ArmDeployment;
import io.vnetlab.arm.DeploymentResult;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every simulated type as a GET returns it, pinned as exact JSON (src/test/resources/io/vnetlab/arm/json), from
 * one template that deploys each type once; and {@code reference(id, apiVersion, 'Full')} answers the same object.
 */
class ResourceJsonTest {

    static final String GROUP = "/subscriptions/" + Topology.DEFAULT_SUBSCRIPTION_ID + "/resourceGroups/rg/providers/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Topology azure;
    private static DeploymentResult deployment;

    @BeforeAll
    static void deployEveryType() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        deployment = ArmDeployment.into(azure, "rg").templateResource("templates/json/every-type.json").deploy();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "virtual-network,        Microsoft.Network/virtualNetworks/hub",
            "subnet,                 Microsoft.Network/virtualNetworks/hub/subnets/app",
            "peering,                Microsoft.Network/virtualNetworks/hub/virtualNetworkPeerings/hub-to-spoke",
            "network-interface,      Microsoft.Network/networkInterfaces/vm-nic",
            "virtual-machine,        Microsoft.Compute/virtualMachines/vm",
            "route-table,            Microsoft.Network/routeTables/app-rt",
            "route,                  Microsoft.Network/routeTables/app-rt/routes/to-firewall",
            "network-security-group, Microsoft.Network/networkSecurityGroups/app-nsg",
            "security-rule,          Microsoft.Network/networkSecurityGroups/app-nsg/securityRules/web",
            "application-security-group, Microsoft.Network/applicationSecurityGroups/web",
            "public-ip-address,      Microsoft.Network/publicIPAddresses/vm-pip",
            "virtual-network-gateway, Microsoft.Network/virtualNetworkGateways/hub-gw",
            "local-network-gateway,  Microsoft.Network/localNetworkGateways/branch",
            "connection,             Microsoft.Network/connections/hub-to-branch",
            "azure-firewall,         Microsoft.Network/azureFirewalls/fw",
            "bastion-host,           Microsoft.Network/bastionHosts/bastion",
    })
    void each_type_serializes_to_the_shape_the_rest_api_returns(String golden, String id) throws IOException {
        JsonNode resource = ResourceJson.of(azure.state(), ResourceId.parse(GROUP + id)).orElseThrow();

        assertThat(pretty(resource)).isEqualTo(golden(golden));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "vnet,         Microsoft.Network/virtualNetworks/hub",
            "subnet,       Microsoft.Network/virtualNetworks/hub/subnets/app",
            "peering,      Microsoft.Network/virtualNetworks/hub/virtualNetworkPeerings/hub-to-spoke",
            "nic,          Microsoft.Network/networkInterfaces/vm-nic",
            "vm,           Microsoft.Compute/virtualMachines/vm",
            "routeTable,   Microsoft.Network/routeTables/app-rt",
            "route,        Microsoft.Network/routeTables/app-rt/routes/to-firewall",
            "nsg,          Microsoft.Network/networkSecurityGroups/app-nsg",
            "securityRule, Microsoft.Network/networkSecurityGroups/app-nsg/securityRules/web",
            "asg,          Microsoft.Network/applicationSecurityGroups/web",
            "publicIp,     Microsoft.Network/publicIPAddresses/vm-pip",
            "gateway,      Microsoft.Network/virtualNetworkGateways/hub-gw",
            "localGateway, Microsoft.Network/localNetworkGateways/branch",
            "connection,   Microsoft.Network/connections/hub-to-branch",
            "bastion,      Microsoft.Network/bastionHosts/bastion",
    })
    void reference_full_answers_the_serialized_resource(String output, String id) {
        JsonNode referenced = JSON.valueToTree(deployment.output(output));

        assertThat(referenced).isEqualTo(ResourceJson.of(azure.state(), ResourceId.parse(GROUP + id)).orElseThrow());
    }

    @Test
    void a_route_table_no_subnet_uses_has_no_subnets_property_as_azure_omits_it() {
        Topology fresh = Topology.create();
        fresh.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        fresh.routeTables().define("unused").withRegion(Region.WEST_EUROPE).withExistingResourceGroup("rg").create();

        JsonNode table = ResourceJson.of(fresh.state(), ResourceId.parse(GROUP + "Microsoft.Network/routeTables/unused"))
                .orElseThrow();

        assertThat(table.get("properties").has("subnets")).isFalse();
        assertThat(table.get("properties").get("routes")).isEmpty();
    }

    @Test
    void a_resource_that_does_not_exist_or_is_not_simulated_has_no_json() {
        assertThat(ResourceJson.of(azure.state(), ResourceId.parse(GROUP + "Microsoft.Network/routeTables/nope")))
                .isEmpty();
        assertThat(ResourceJson.of(azure.state(), ResourceId.parse(GROUP + "Microsoft.Storage/storageAccounts/diag")))
                .isEmpty();
    }

    static String pretty(JsonNode node) throws JsonProcessingException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ResourceJsonTest.class.getResourceAsStream(name + ".json")) {
            assertThat(in).as("golden file %s.json", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
