package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network private-endpoint-connection list|show|approve|reject}: the target owner's answer to a private
 * endpoint's connection (docs/azure/private-endpoints.md#approval).
 */
class PrivateEndpointConnectionCommandsTest {

    private static final String STORAGE = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
            + "/providers/Microsoft.Storage/storageAccounts/appdata";

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void aPendingEndpoint() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n vnet --address-prefixes 10.0.0.0/16 --subnet-name endpoints"
                + " --subnet-prefixes 10.0.2.0/24");
        cli.ok("network private-endpoint create -g rg -n data-pe --vnet-name vnet --subnet endpoints"
                + " --private-connection-resource-id " + STORAGE + " --group-id blob --connection-name data-conn"
                + " --manual-request true --request-message please");
    }

    @Test
    void the_target_lists_its_pending_connection_and_approving_it_approves_the_endpoint() {
        JsonNode listed = Json.parse(cli.ok("network private-endpoint-connection list --id " + STORAGE));
        assertThat(listed).hasSize(1);
        String id = listed.get(0).get("id").asText();
        assertThat(id).startsWith(STORAGE + "/privateEndpointConnections/data-pe.");
        assertThat(listed.get(0).get("type").asText())
                .isEqualTo("Microsoft.Storage/storageAccounts/privateEndpointConnections");
        assertThat(listed.get(0).at("/properties/privateEndpoint/id").asText())
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/privateEndpoints/data-pe");
        assertThat(listed.get(0).at("/properties/privateLinkServiceConnectionState/status").asText())
                .isEqualTo("Pending");

        JsonNode approved = Json.parse(cli.ok("network private-endpoint-connection approve --id " + id
                + " --description Welcome"));

        assertThat(approved.at("/properties/privateLinkServiceConnectionState/status").asText()).isEqualTo("Approved");
        assertThat(cli.ok("network private-endpoint show -g rg -n data-pe --query"
                + " manualPrivateLinkServiceConnections[0].privateLinkServiceConnectionState.[status,description]"
                + " -o tsv")).isEqualTo("Approved\nWelcome\n");
    }

    @Test
    void a_connection_named_by_group_type_resource_and_name_is_shown_and_rejected() {
        String name = cli.ok("network private-endpoint-connection list -g rg -n appdata"
                + " --type Microsoft.Storage/storageAccounts --query [0].name -o tsv").strip();
        String byParts = " -g rg --resource-name appdata --type Microsoft.Storage/storageAccounts -n " + name;

        cli.ok("network private-endpoint-connection reject" + byParts + " --description No");

        assertThat(cli.ok("network private-endpoint-connection show" + byParts
                + " --query properties.privateLinkServiceConnectionState.status -o tsv")).isEqualTo("Rejected\n");
    }

    @Test
    void a_connection_not_there_and_missing_arguments_answer_as_the_cli_does() {
        AzResult missing = cli.run("network private-endpoint-connection show --id " + STORAGE
                + "/privateEndpointConnections/other");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).startsWith("ERROR: (NotFound) Resource " + STORAGE
                + "/privateEndpointConnections/other not found.");

        AzResult unknownTarget = cli.run("network private-endpoint-connection list -g rg -n other"
                + " --type Microsoft.Storage/storageAccounts");
        assertThat(unknownTarget.exitCode()).isEqualTo(3);
        assertThat(unknownTarget.err()).startsWith("ERROR: (ResourceNotFound) The Resource"
                + " 'Microsoft.Storage/storageAccounts/other' under resource group 'rg' was not found.");

        AzResult usage = cli.run("network private-endpoint-connection approve -g rg -n x");
        assertThat(usage.exitCode()).isEqualTo(1);
        assertThat(usage.err()).isEqualTo("ERROR: usage error: --id / -g -n --type --resource-name\n");
    }
}
