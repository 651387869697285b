package io.vnetlab.arm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The table of supported template functions (by the families of Microsoft's template-function reference) and
 * simulated resource types that docs/azure/arm-functions.md shows; a test regenerates it and fails when the page is
 * stale.
 */
final class SupportedFeatures {

    /** Microsoft's families, in the reference's order; a function in two families is listed in both. */
    private static final Map<String, List<String>> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("Array", List.of("array", "concat", "contains", "createArray", "empty", "first", "flatten",
                "indexFromEnd", "indexOf", "intersection", "last", "lastIndexOf", "length", "max", "min", "range",
                "skip", "take", "tryGet", "tryIndexFromEnd", "union"));
        FAMILIES.put("CIDR", List.of("cidrHost", "cidrSubnet", "parseCidr"));
        FAMILIES.put("Comparison", List.of("coalesce", "equals", "greater", "greaterOrEquals", "less", "lessOrEquals"));
        FAMILIES.put("Conversion", List.of("array", "base64", "base64ToJson", "base64ToString", "bool", "createArray",
                "createObject", "dataUri", "dataUriToString", "float", "int", "json", "range", "string", "uri",
                "uriComponent", "uriComponentToString"));
        FAMILIES.put("Date", List.of("dateTimeAdd", "dateTimeFromEpoch", "dateTimeToEpoch", "utcNow"));
        FAMILIES.put("Deployment value", List.of("deployer", "deployment", "environment", "parameters", "variables"));
        FAMILIES.put("Lambda", List.of("filter", "groupBy", "lambda", "lambdaVariables", "map", "mapValues", "reduce",
                "sort", "toObject"));
        FAMILIES.put("Logical", List.of("and", "bool", "false", "if", "not", "or", "true"));
        FAMILIES.put("Numeric", List.of("add", "copyIndex", "div", "float", "int", "max", "min", "mod", "mul", "sub"));
        FAMILIES.put("Object", List.of("contains", "createObject", "empty", "intersection", "items", "json", "length",
                "null", "objectKeys", "shallowMerge", "tryGet", "union"));
        FAMILIES.put("Resource", List.of("extensionResourceId", "list*", "managementGroupResourceId", "pickZones",
                "providers", "reference", "references", "resourceId", "subscriptionResourceId", "tenantResourceId"));
        FAMILIES.put("Scope", List.of("managementGroup", "resourceGroup", "subscription", "tenant"));
        FAMILIES.put("String", List.of("base64", "base64ToJson", "base64ToString", "concat", "contains", "dataUri",
                "dataUriToString", "empty", "endsWith", "first", "format", "guid", "indexOf", "join", "json", "last",
                "lastIndexOf", "length", "newGuid", "padLeft", "replace", "skip", "split", "startsWith", "string",
                "substring", "take", "toLower", "toUpper", "trim", "uniqueString", "uri", "uriComponent",
                "uriComponentToString", "utcNow"));
    }

    /** What vnetlab does differently from Azure for a function, where it does. */
    private static final Map<String, String> NOTES = Map.ofEntries(
            Map.entry("utcNow", "only in a parameter's default value, as ARM; the time is the deployment's (`ArmDeployment.at`)"),
            Map.entry("newGuid", "only in a parameter's default value, as ARM; derived from the deployment, so a rerun repeats it"),
            Map.entry("list*", "the documented shape for storage, Log Analytics, Event Hubs/Service Bus rules, Cosmos DB,"
                    + " container registries, Logic Apps callbacks, Redis; placeholder secrets from the resource id; other"
                    + " shapes read as unknown values; listOutputsWithSecureValues answers a nested deployment's"
                    + " outputs, the secure ones included"),
            Map.entry("managementGroup", "in a deployment to a management group, refused elsewhere as by ARM; the"
                    + " tenant's root group is its parent, as vnetlab keeps no hierarchy"),
            Map.entry("references", "languageVersion 2.0 templates; 'Full' gives the view of reference(..., 'Full'),"
                    + " without ARM's deployment bookkeeping"),
            Map.entry("guid", "deterministic, not Azure's algorithm"),
            Map.entry("providers", "deprecated by Azure; answers vnetlab's regions"),
            Map.entry("pickZones", "zones 1-3 in regions with availability zones"),
            Map.entry("deployer", "a fixed placeholder identity"),
            Map.entry("reference", "simulated types answer their state; others their declared properties, unknown values"
                    + " for the rest"));

    private SupportedFeatures() {
    }

    /** The functions the table places in no family: a new function needs its family here. */
    static List<String> unplaced() {
        TreeSet<String> placed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        FAMILIES.values().forEach(placed::addAll);
        return Functions.names().stream().filter(n -> !placed.contains(n)).toList();
    }

    static String markdown() {
        TreeSet<String> supported = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        supported.addAll(Functions.names());
        StringBuilder sb = new StringBuilder();
        sb.append("# ARM templates: supported functions and resource types\n\n");
        sb.append("<!-- Generated by SupportedFeaturesTest from the arm module's function table and resource handlers;"
                + " run it with -Dvnetlab.regenerate=true after adding one. -->\n\n");
        sb.append("Functions by the families of Microsoft's reference,"
                + " <https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions>.\n\n");
        sb.append("<a id=\"functions\"></a>\n## Functions\n\n| family | function | supported | note |\n|---|---|---|---|\n");
        FAMILIES.forEach((family, names) -> {
            for (String name : names) {
                sb.append("| ").append(family).append(" | `").append(name).append("` | ")
                        .append(supported.contains(name) ? "yes" : "no").append(" | ")
                        .append(NOTES.getOrDefault(name, "")).append(" |\n");
            }
        });
        List<String> types = new ArrayList<>(ResourceHandlers.defaults().types());
        sb.append("\n<a id=\"resource-types\"></a>\n## Resource types simulated\n\n");
        sb.append("Every other type deploys as not simulated: recorded, listed in the deployment's warnings, with no"
                + " effect on the network ([arm-templates.md](arm-templates.md#not-simulated)).\n\n| type |\n|---|\n");
        types.forEach(t -> sb.append("| `").append(t).append("` |\n"));
        return sb.toString();
    }
}
