package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.EndpointService;
import io.vnetlab.model.Region;
import io.vnetlab.model.ServiceEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code serviceEndpoints} of subnets in templates, and what {@code reference()} gives of them. */
class ServiceEndpointTemplateTest {

    private Topology azure;

    @BeforeEach
    void resourceGroup() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.EAST_US).create();
    }

    private static String template(String endpoints) {
        return """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [
                  {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "vnet",
                   "location": "eastus", "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]},
                   "subnets": [{"name": "app", "properties": {"addressPrefix": "10.0.1.0/24",
                    "serviceEndpoints": %s}}]}}
                 ],
                 "outputs": {
                  "endpoints": {"type": "array",
                   "value": "[reference('vnet').subnets[0].properties.serviceEndpoints]"}
                 }}""".formatted(endpoints);
    }

    @Test
    void endpoints_deploy_with_the_locations_written_or_every_location_and_reference_lists_them() {
        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(template("""
                [{"service": "Microsoft.Sql", "locations": ["eastus"]}, {"service": "microsoft.keyvault"}]"""))
                .deploy();

        assertThat(azure.subnet("vnet", "app").serviceEndpoints()).containsExactly(
                new ServiceEndpoint(EndpointService.Sql, List.of("eastus")), ServiceEndpoint.to(EndpointService.KeyVault));
        assertThat(result.output("endpoints")).isEqualTo(List.of(
                Map.of("locations", List.of("eastus"), "provisioningState", "Succeeded", "service", "Microsoft.Sql"),
                Map.of("locations", List.of("*"), "provisioningState", "Succeeded", "service", "Microsoft.KeyVault")));
    }

    @Test
    void an_unknown_service_fails_the_deployment_with_azures_code() {
        ArmDeploymentException e = catchThrowableOfType(ArmDeploymentException.class, () -> ArmDeployment
                .into(azure, "rg").templateJson(template("[{\"service\": \"Microsoft.Blob\"}]")).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.SubnetHasServiceEndpointWithInvalidServiceName);
        assertThat(azure.state().networks()).isEmpty();
    }

    @Test
    void an_endpoint_written_as_a_bare_name_is_refused_at_its_path() {
        ArmDeploymentException e = catchThrowableOfType(ArmDeploymentException.class, () -> ArmDeployment
                .into(azure, "rg").templateJson(template("[\"Microsoft.Storage\"]")).deploy());

        assertThat(e.getMessage()).contains("properties.subnets[0].properties.serviceEndpoints[0]")
                .contains("A service endpoint is an object naming its service");
    }
}
