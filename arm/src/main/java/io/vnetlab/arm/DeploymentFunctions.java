package io.vnetlab.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.vnetlab.arm.Functions.eager;

/**
 * The deployment and scope functions beyond {@code parameters}, {@code variables}, {@code deployment},
 * {@code resourceGroup} and {@code subscription}: {@code environment} (Azure's public cloud), {@code tenant},
 * {@code deployer}, and {@code managementGroup}, which only a deployment to a management group may call
 * (docs/azure/arm-templates.md#functions).
 */
final class DeploymentFunctions {

    private DeploymentFunctions() {
    }

    static void register() {
        eager("environment", 0, 0, (n, a, ev) -> azureCloud());
        eager("tenant", 0, 0, (n, a, ev) -> {
            ObjectNode t = Values.object();
            t.put("countryCode", "US");
            t.put("displayName", "Default Directory");
            t.put("id", "/tenants/" + ev.scope().tenantId());
            t.put("tenantId", ev.scope().tenantId());
            return t;
        });
        eager("deployer", 0, 0, (n, a, ev) -> {
            ObjectNode d = Values.object();
            d.put("objectId", DateFunctions.guid("deployer", 0).toString());
            d.put("tenantId", ev.scope().tenantId());
            d.put("userPrincipalName", "deployer@vnetlab.io");
            return d;
        });
        eager("managementGroup", 0, 1, (n, a, ev) -> ev.scope().managementGroup());
    }

    /** {@code environment()} in Azure's public cloud, with the endpoints and suffixes templates build names from. */
    static ObjectNode azureCloud() {
        ObjectNode e = Values.object();
        e.put("name", "AzureCloud");
        e.put("gallery", "https://gallery.azure.com/");
        e.put("graph", "https://graph.windows.net/");
        e.put("portal", "https://portal.azure.com");
        e.put("graphAudience", "https://graph.windows.net/");
        e.put("activeDirectoryDataLake", "https://datalake.azure.net/");
        e.put("batch", "https://batch.core.windows.net/");
        e.put("media", "https://rest.media.azure.net");
        e.put("sqlManagement", "https://management.core.windows.net:8443/");
        e.put("vmImageAliasDoc", "https://raw.githubusercontent.com/Azure/azure-rest-api-specs/main/arm-compute"
                + "/quickstart-templates/aliases.json");
        e.put("resourceManager", "https://management.azure.com/");
        ObjectNode auth = e.putObject("authentication");
        auth.put("loginEndpoint", "https://login.microsoftonline.com/");
        auth.putArray("audiences").add("https://management.core.windows.net/").add("https://management.azure.com/");
        auth.put("tenant", "common");
        auth.put("identityProvider", "AAD");
        ObjectNode suffixes = e.putObject("suffixes");
        suffixes.put("acrLoginServer", ".azurecr.io");
        suffixes.put("azureDatalakeAnalyticsCatalogAndJob", "azuredatalakeanalytics.net");
        suffixes.put("azureDatalakeStoreFileSystem", "azuredatalakestore.net");
        suffixes.put("azureFrontDoorEndpointSuffix", "azurefd.net");
        suffixes.put("keyvaultDns", ".vault.azure.net");
        suffixes.put("sqlServerHostname", ".database.windows.net");
        suffixes.put("storage", "core.windows.net");
        return e;
    }
}
