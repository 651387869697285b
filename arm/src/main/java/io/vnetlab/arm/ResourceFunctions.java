package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.vnetlab.model.ResourceId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.vnetlab.arm.Functions.eager;
import static io.vnetlab.arm.Functions.str;
import static io.vnetlab.arm.Functions.texts;

/**
 * The resource functions beyond {@code resourceId}, {@code subscriptionResourceId} and {@code reference}:
 * {@code extensionResourceId}, {@code tenantResourceId}, {@code managementGroupResourceId}, {@code pickZones},
 * {@code providers}, and the {@code list*} family, which answers with the shape Microsoft documents for the
 * resource type and placeholder secrets derived from the resource id, so that a test sees the same value every run
 * (docs/azure/arm-templates.md#functions).
 */
final class ResourceFunctions {

    /** Regions with availability zones (https://learn.microsoft.com/azure/reliability/availability-zones-region-support). */
    private static final Set<String> ZONE_REGIONS = Set.of("eastus", "eastus2", "centralus", "southcentralus",
            "westus2", "westus3", "canadacentral", "brazilsouth", "mexicocentral", "northeurope", "westeurope",
            "uksouth", "francecentral", "germanywestcentral", "swedencentral", "norwayeast", "switzerlandnorth",
            "italynorth", "polandcentral", "spaincentral", "australiaeast", "japaneast", "japanwest", "koreacentral",
            "southeastasia", "eastasia", "centralindia", "southafricanorth", "uaenorth", "qatarcentral",
            "israelcentral", "newzealandnorth", "chinanorth3", "usgovvirginia");

    private ResourceFunctions() {
    }

    static void register() {
        eager("extensionResourceId", 3, 20, (n, a, ev) -> {
            List<String> args = texts(n, a);
            return TextNode.valueOf(ResourceIds.trimSlashes(args.get(0)).replaceFirst("^", "/") + "/providers/"
                    + ResourceIds.typeAndNames(n, args.get(1), args.subList(2, args.size())));
        });
        eager("tenantResourceId", 2, 20, (n, a, ev) -> {
            List<String> args = texts(n, a);
            return TextNode.valueOf("/providers/" + ResourceIds.typeAndNames(n, args.get(0), args.subList(1, args.size())));
        });
        eager("managementGroupResourceId", 2, 20, (n, a, ev) -> {
            List<String> args = texts(n, a);
            if (args.get(0).contains("/")) {
                // without a name, the management group a deployment to one targets
                JsonNode current = ev.scope().managementGroup();
                return TextNode.valueOf(current.get("id").asText() + "/providers/"
                        + ResourceIds.typeAndNames(n, args.get(0), args.subList(1, args.size())));
            }
            return TextNode.valueOf("/providers/Microsoft.Management/managementGroups/" + args.get(0) + "/providers/"
                    + ResourceIds.typeAndNames(n, args.get(1), args.subList(2, args.size())));
        });
        eager("pickZones", 3, 5, (n, a, ev) -> {
            String location = str(n, a, 2).replace(" ", "").toLowerCase(Locale.ROOT);
            long count = a.size() > 3 ? Functions.integer(n, a, 3) : 1;
            long offset = a.size() > 4 ? Functions.integer(n, a, 4) : 0;
            ArrayNode zones = Values.NODES.arrayNode();
            if (ZONE_REGIONS.contains(location)) {
                for (long z = offset; z < Math.min(3, offset + count); z++) {
                    zones.add(String.valueOf(z + 1));
                }
            }
            return zones;
        });
        eager("providers", 1, 2, (n, a, ev) -> {
            ObjectNode provider = Values.object();
            provider.put("namespace", str(n, a, 0));
            ArrayNode types = provider.putArray("resourceTypes");
            if (a.size() == 2) {
                ObjectNode type = types.addObject();
                type.put("resourceType", str(n, a, 1));
                ArrayNode locations = type.putArray("locations");
                io.vnetlab.model.Region.values().forEach(r -> locations.add(r.displayName()));
                type.putArray("apiVersions").add("2024-05-01");
            }
            return a.size() == 2 ? types.get(0) : provider;
        });
        eager("references", 1, 2, (n, a, ev) -> {
            String view = a.size() == 2 ? str(n, a, 1) : "Properties";
            if (!view.equalsIgnoreCase("Full") && !view.equalsIgnoreCase("Properties")) {
                throw new TemplateError("Unable to evaluate template language function '" + n + "': the second"
                        + " argument must be 'Full' or 'Properties'; it is '" + view + "'.");
            }
            return ev.scope().references(str(n, a, 0), view.equalsIgnoreCase("Full"));
        });
    }

    /** {@code listKeys(...)}, {@code listSecrets(...)}, any {@code list*} function: ARM passes it to the provider. */
    static JsonNode list(String name, List<JsonNode> args) {
        if (args.size() < 2 || args.size() > 3) {
            Functions.arity(name, args.size(), 2, 3);
        }
        String target = str(name, args, 0);
        String type = ResourceId.looksLikeId(target) ? typeOf(target) : "";
        String fn = name.toLowerCase(Locale.ROOT);
        String t = type.toLowerCase(Locale.ROOT);
        ObjectNode result = Values.object();
        String apiVersion = args.get(1).isTextual() ? args.get(1).textValue() : "";
        if (fn.equals("listkeys") && t.equals("microsoft.storage/storageaccounts") && apiVersion.compareTo("2016-01-01") < 0) {
            // the storage API before 2016-01-01 answered with two properties rather than an array of keys
            result.put("key1", secret(target, "key1"));
            result.put("key2", secret(target, "key2"));
        } else if (fn.equals("listkeys") && t.equals("microsoft.storage/storageaccounts")) {
            ArrayNode keys = result.putArray("keys");
            for (String key : List.of("key1", "key2")) {
                keys.addObject().put("keyName", key).put("permissions", "FULL").put("value", secret(target, key))
                        .put("creationTime", "2024-01-01T00:00:00.0000000Z");
            }
        } else if (fn.equals("listaccountsas")) {
            result.put("accountSasToken", "sv=2022-11-02&ss=b&srt=sco&sp=rl&sig=" + secret(target, "sas"));
        } else if (fn.equals("listservicesas")) {
            result.put("serviceSasToken", "sv=2022-11-02&sr=c&sp=r&sig=" + secret(target, "sas"));
        } else if (fn.equals("listsas") && t.startsWith("microsoft.maps/accounts")) {
            // Azure Maps answers a SAS token for the account (REST: Accounts - List Sas)
            result.put("accountSasToken", "jwt-sas-" + secret(target, "sas"));
        } else if (t.startsWith("microsoft.operationalinsights/workspaces")) {
            result.put("primarySharedKey", secret(target, "primary"));
            result.put("secondarySharedKey", secret(target, "secondary"));
        } else if (t.endsWith("/authorizationrules") && (t.startsWith("microsoft.eventhub") || t.startsWith("microsoft.servicebus")
                || t.startsWith("microsoft.relay") || t.startsWith("microsoft.notificationhubs"))) {
            String host = ResourceId.parse(target).toString().split("/")[8] + ".servicebus.windows.net";
            String keyName = ResourceId.parse(target).name();
            result.put("primaryConnectionString", "Endpoint=sb://" + host + "/;SharedAccessKeyName=" + keyName
                    + ";SharedAccessKey=" + secret(target, "primary"));
            result.put("secondaryConnectionString", "Endpoint=sb://" + host + "/;SharedAccessKeyName=" + keyName
                    + ";SharedAccessKey=" + secret(target, "secondary"));
            result.put("primaryKey", secret(target, "primary"));
            result.put("secondaryKey", secret(target, "secondary"));
            result.put("keyName", keyName);
        } else if (t.startsWith("microsoft.documentdb/databaseaccounts")) {
            result.put("primaryMasterKey", secret(target, "primary"));
            result.put("secondaryMasterKey", secret(target, "secondary"));
            result.put("primaryReadonlyMasterKey", secret(target, "primary-readonly"));
            result.put("secondaryReadonlyMasterKey", secret(target, "secondary-readonly"));
        } else if (fn.equals("listcredentials") && t.startsWith("microsoft.containerregistry")) {
            result.put("username", ResourceId.parse(target).name());
            ArrayNode passwords = result.putArray("passwords");
            passwords.addObject().put("name", "password").put("value", secret(target, "password"));
            passwords.addObject().put("name", "password2").put("value", secret(target, "password2"));
        } else if (fn.equals("listcallbackurl")) {
            result.put("value", "https://prod-00.westus2.logic.azure.com/workflows/" + secret(target, "flow")
                    .substring(0, 12) + "/triggers/manual/paths/invoke?api-version=2016-10-01&sig=" + secret(target, "sig"));
            result.put("method", "POST");
            result.put("basePath", "https://prod-00.westus2.logic.azure.com/workflows/triggers/manual/paths/invoke");
            result.putObject("queries").put("api-version", "2016-10-01").put("sig", secret(target, "sig"));
        } else if (t.startsWith("microsoft.cache/redis") || t.startsWith("microsoft.maps")
                || t.startsWith("microsoft.search") || t.startsWith("microsoft.signalrservice")) {
            result.put("primaryKey", secret(target, "primary"));
            result.put("secondaryKey", secret(target, "secondary"));
        } else {
            // a shape vnetlab has no table for: every property reads as a value the simulator does not know
            return new LenientObject(result, name + "('" + JsonProblems.excerpt(target) + "')");
        }
        return result;
    }

    private static String typeOf(String id) {
        try {
            return ResourceId.parse(id).type();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** A placeholder secret: base64 of a SHA-256 over the resource id and the key's name, the same every run. */
    static String secret(String resourceId, String keyName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((resourceId.toLowerCase(Locale.ROOT) + "|"
                    + keyName).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
