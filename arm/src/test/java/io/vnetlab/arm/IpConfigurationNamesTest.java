package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.Topology;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A template's IP configuration keeps the name it declares (docs/azure/addressing.md#ip-configuration-names). */
class IpConfigurationNamesTest {

    private Topology azure;

    @BeforeEach
    void resourceGroup() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    /** A network, an interface named as {@code az vm create} names one, and its VM. */
    private static String template(String configName) {
        return "{\"resources\": ["
                + "{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\", \"name\": \"net\","
                + " \"location\": \"westeurope\", \"properties\": {\"addressSpace\": {\"addressPrefixes\":"
                + " [\"10.0.0.0/16\"]}, \"subnets\": [{\"name\": \"app\", \"properties\": {\"addressPrefix\":"
                + " \"10.0.1.0/24\"}}]}},"
                + "{\"type\": \"Microsoft.Network/networkInterfaces\", \"apiVersion\": \"2024-05-01\", \"name\":"
                + " \"vm1VMNic\", \"location\": \"westeurope\", \"dependsOn\": [\"net\"], \"properties\":"
                + " {\"ipConfigurations\": [{\"name\": \"" + configName + "\", \"properties\": {\"subnet\": {\"id\":"
                + " \"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'net', 'app')]\"}}}]}},"
                + "{\"type\": \"Microsoft.Compute/virtualMachines\", \"apiVersion\": \"2024-07-01\", \"name\": \"vm1\","
                + " \"location\": \"westeurope\", \"dependsOn\": [\"vm1VMNic\"], \"properties\": {\"networkProfile\":"
                + " {\"networkInterfaces\": [{\"id\": \"[resourceId('Microsoft.Network/networkInterfaces',"
                + " 'vm1VMNic')]\"}]}}}],"
                + " \"outputs\": {\"config\": {\"type\": \"string\", \"value\":"
                + " \"[reference(resourceId('Microsoft.Network/networkInterfaces', 'vm1VMNic')).ipConfigurations[0].name]\"}}}";
    }

    private JsonNode nicJson() {
        return ResourceJson.networkInterface(azure.state().networkInterfaces().iterator().next());
    }

    // docs/azure/addressing.md#ip-configuration-names
    @Test
    void the_ip_configuration_keeps_the_name_the_template_gives_even_on_a_vm_interface_named_as_az_names_it() {
        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(template("ipconfig1")).deploy();

        assertThat(result.output("config")).isEqualTo("ipconfig1");
        assertThat(nicJson().at("/properties/ipConfigurations/0/id").asText())
                .endsWith("/networkInterfaces/vm1VMNic/ipConfigurations/ipconfig1");
    }

    // docs/azure/addressing.md#ip-configuration-names
    @Test
    void any_declared_name_is_shown_in_the_interface_and_in_its_subnet() {
        ArmDeployment.into(azure, "rg").templateJson(template("primary-config")).deploy();

        assertThat(nicJson().at("/properties/ipConfigurations/0/name").asText()).isEqualTo("primary-config");
        JsonNode subnet = ResourceJson.virtualNetwork(azure.state(), azure.networks().get("net"))
                .at("/properties/subnets/0/properties/ipConfigurations/0/id");
        assertThat(subnet.asText()).endsWith("/networkInterfaces/vm1VMNic/ipConfigurations/primary-config");
    }

    // docs/azure/addressing.md#ip-configuration-names
    @Test
    void redeploying_without_a_change_keeps_the_declared_name() {
        ArmDeployment.into(azure, "rg").templateJson(template("primary-config")).deploy();
        ArmDeployment.into(azure, "rg").templateJson(template("primary-config")).deploy();

        assertThat(nicJson().at("/properties/ipConfigurations/0/name").asText()).isEqualTo("primary-config");
    }
}
