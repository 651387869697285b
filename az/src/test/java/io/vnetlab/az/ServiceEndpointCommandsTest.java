package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --service-endpoints} on subnet create and update, and {@code vnet list-endpoint-services}. */
class ServiceEndpointCommandsTest {

    private final AzTestBench cli = new AzTestBench();

    private void network() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n vnet --address-prefixes 10.0.0.0/16 --subnet-name web"
                + " --subnet-prefixes 10.0.0.0/24");
    }

    @Test
    void list_endpoint_services_names_the_services_of_the_subscription_with_storage_first() {
        JsonNode services = cli.json("network vnet list-endpoint-services -l eastus");

        assertThat(services).hasSize(12);
        assertThat(services.get(0).get("name").asText()).isEqualTo("Microsoft.Storage");
        assertThat(services.get(0).get("id").asText()).isEqualTo("/subscriptions/00000000-0000-0000-0000-000000000000"
                + "/providers/Microsoft.Network/virtualNetworkEndpointServices/Microsoft.Storage");
        assertThat(services.get(0).get("type").asText()).isEqualTo("Microsoft.Network/virtualNetworkEndpointServices");
        assertThat(cli.ok("network vnet list-endpoint-services -l eastus --query [1].name -o tsv"))
                .isEqualTo("Microsoft.Sql\n");
    }

    @Test
    void list_endpoint_services_needs_a_known_location() {
        AzResult unknown = cli.run("network vnet list-endpoint-services -l atlantis");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("(LocationNotAvailableForResourceType) The provided location 'atlantis'");
        assertThat(cli.run("network vnet list-endpoint-services").err())
                .contains("the following arguments are required: --location/-l");
    }

    @Test
    void subnet_create_enables_the_endpoint_with_every_location_and_update_with_empty_removes_the_field() {
        network();

        JsonNode created = cli.json("network vnet subnet create -g rg --vnet-name vnet -n data"
                + " --address-prefixes 10.0.1.0/24 --service-endpoints Microsoft.Storage");

        assertThat(created.at("/serviceEndpoints/0/service").asText()).isEqualTo("Microsoft.Storage");
        assertThat(created.at("/serviceEndpoints/0/locations").toString()).isEqualTo("[\"*\"]");
        assertThat(created.at("/serviceEndpoints/0/provisioningState").asText()).isEqualTo("Succeeded");
        assertThat(cli.json("network vnet subnet show -g rg --vnet-name vnet -n web").has("serviceEndpoints"))
                .isFalse();

        JsonNode removed = cli.json("network vnet subnet update -g rg --vnet-name vnet -n data --service-endpoints ''");
        assertThat(removed.has("serviceEndpoints")).isFalse();
    }

    @Test
    void subnet_update_replaces_the_endpoints_keeps_the_order_given_and_spells_services_as_azure_does() {
        network();

        cli.ok("network vnet subnet update -g rg --vnet-name vnet -n web --service-endpoints Microsoft.KeyVault");
        String services = cli.ok("network vnet subnet update -g rg --vnet-name vnet -n web"
                + " --service-endpoints microsoft.sql Microsoft.Storage --query serviceEndpoints[].service -o tsv");

        assertThat(services).isEqualTo("Microsoft.Sql\nMicrosoft.Storage\n");
        assertThat(cli.ok("network vnet subnet update -g rg --vnet-name vnet -n web --address-prefixes 10.0.0.0/25"
                + " --query length(serviceEndpoints)")).isEqualTo("2\n");
    }

    @Test
    void the_generic_update_adds_and_removes_endpoints_by_service() {
        network();
        cli.ok("network vnet subnet update -g rg --vnet-name vnet -n web --service-endpoints Microsoft.Storage");

        assertThat(cli.ok("network vnet subnet update -g rg --vnet-name vnet -n web --add serviceEndpoints"
                + " service=Microsoft.Sql --query serviceEndpoints[].service -o tsv"))
                .isEqualTo("Microsoft.Storage\nMicrosoft.Sql\n");
        assertThat(cli.ok("network vnet subnet update -g rg --vnet-name vnet -n web --remove serviceEndpoints 0"
                + " --query serviceEndpoints[].service -o tsv")).isEqualTo("Microsoft.Sql\n");
        assertThat(cli.json("network vnet subnet update -g rg --vnet-name vnet -n web --remove serviceEndpoints")
                .has("serviceEndpoints")).isFalse();
    }

    @Test
    void an_unknown_service_is_refused_with_azures_code_and_a_create_creates_nothing() {
        network();

        AzResult refused = cli.run("network vnet subnet create -g rg --vnet-name vnet -n data"
                + " --address-prefixes 10.0.1.0/24 --service-endpoints Microsoft.Storag");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("ERROR: (SubnetHasServiceEndpointWithInvalidServiceName) Subnet data of"
                + " virtual network vnet has a service endpoint with an invalid service name 'Microsoft.Storag'.");
        assertThat(cli.ok("network vnet subnet list -g rg --vnet-name vnet --query length(@)")).isEqualTo("1\n");
    }

    @Test
    void a_service_named_twice_is_refused() {
        network();

        AzResult refused = cli.run("network vnet subnet update -g rg --vnet-name vnet -n web"
                + " --service-endpoints Microsoft.Storage microsoft.storage");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("ERROR: (DuplicateServiceEndpointOnSubnet) Subnet web names service"
                + " endpoint Microsoft.Storage more than once; a subnet has at most one service endpoint per service.");
    }

    @Test
    void the_service_endpoint_route_is_only_in_the_subnet_that_enables_it() {
        network();
        cli.ok("network vnet subnet create -g rg --vnet-name vnet -n data --address-prefixes 10.0.1.0/24"
                + " --service-endpoints Microsoft.Storage Microsoft.Sql");
        cli.ok("network nic create -g rg -n data-nic --vnet-name vnet --subnet data");
        cli.ok("network nic create -g rg -n web-nic --vnet-name vnet --subnet web");

        String table = cli.ok("network nic show-effective-route-table -g rg -n data-nic -o table");
        JsonNode routes = cli.json("network nic show-effective-route-table -g rg -n data-nic"
                + " --query value[?nextHopType=='VirtualNetworkServiceEndpoint']");

        assertThat(table).endsWith("Default   Active   Storage           VirtualNetworkServiceEndpoint\n"
                + "Default   Active   Sql               VirtualNetworkServiceEndpoint\n");
        assertThat(routes).hasSize(2);
        assertThat(routes.get(0).get("addressPrefix").toString()).isEqualTo("[\"Storage\"]");
        assertThat(routes.get(0).get("nextHopIpAddress").toString()).isEqualTo("[]");
        assertThat(cli.ok("network nic show-effective-route-table -g rg -n web-nic"
                + " --query length(value[?nextHopType=='VirtualNetworkServiceEndpoint'])")).isEqualTo("0\n");
    }
}
