package io.vnetlab.model;

import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Azure service tags that a security rule may name but whose address ranges vnetlab does not simulate, such as
 * {@code GatewayManager} or {@code AzureCloud.eastus} (the tags of Azure's own public services; the simulated ones —
 * {@code VirtualNetwork}, {@code Internet}, {@code AzureLoadBalancer} — are handled by the NSG evaluation). A rule
 * naming one is accepted, as Azure accepts it, and matches no simulated address: real templates (an
 * {@code AzureBastionSubnet} NSG allows {@code GatewayManager} in and {@code AzureCloud} out) deploy, and their
 * other rules decide. Names compare case-insensitively; a regional form {@code Tag.region} is accepted for every tag.
 */
@API(status = MAINTAINED, since = "0.1")
public final class ServiceTags {

    private static final Set<String> NOT_SIMULATED = Set.of("actiongroup", "apimanagement", "appconfiguration",
            "appservice", "appservicemanagement", "azureactivedirectory", "azureadvancedthreatprotection",
            "azurearcinfrastructure", "azureattestation", "azurebackup", "azurebotservice", "azurecloud",
            "azurecognitivesearch", "azureconnectors", "azurecontainerregistry", "azurecosmosdb", "azuredatabricks",
            "azuredatalake", "azuredevops", "azuredigitaltwins", "azureeventgrid", "azurefrontdoor.backend",
            "azurefrontdoor.firstparty", "azurefrontdoor.frontend", "azureinformationprotection", "azureiothub",
            "azurekeyvault", "azuremachinelearning", "azuremonitor", "azureopendatasets", "azureplatformdns",
            "azureplatformimds", "azureplatformlkm", "azureresourcemanager", "azuresignalr", "azuresiterecovery",
            "azuretrafficmanager", "azureupdatedelivery", "batchnodemanagement", "cognitiveservicesmanagement",
            "datafactory", "eventhub", "gatewaymanager", "guestandhybridmanagement", "hdinsight", "logicapps",
            "microsoftcloudappsecurity", "microsoftcontainerregistry", "powerplatforminfra", "servicebus",
            "servicefabric", "sql", "sqlmanagement", "storage", "storagesyncservice", "windowsadmincenter",
            "windowsvirtualdesktop");

    private ServiceTags() {
    }

    /** Whether {@code prefix} is an Azure service tag whose addresses vnetlab does not simulate. */
    public static boolean isNotSimulated(String prefix) {
        if (prefix == null) {
            return false;
        }
        String p = prefix.trim().toLowerCase(Locale.ROOT);
        if (NOT_SIMULATED.contains(p)) {
            return true;
        }
        int dot = p.lastIndexOf('.');
        return dot > 0 && NOT_SIMULATED.contains(p.substring(0, dot)) && p.substring(dot + 1).matches("[a-z0-9]+");
    }
}
