package io.vnetlab.arm;

import java.util.List;

/** {@code resourceId()} and {@code subscriptionResourceId()}, and the ids of template resources. */
final class ResourceIds {

    private ResourceIds() {
    }

    /** {@code resourceId([subscriptionId], [resourceGroupName], resourceType, name1, [name2], ...)}. */
    static String resourceId(String fn, List<String> args, Scope scope) {
        int typeAt = typeIndex(fn, args);
        if (typeAt > 2) {
            throw new TemplateError("Unable to evaluate template language function '" + fn + "': at most a"
                    + " subscription id and a resource group name come before the resource type '"
                    + args.get(typeAt) + "'.");
        }
        if (typeAt < 2 && scope.subscriptionId() == null) {
            if (typeAt == 1) {
                throw new TemplateError("Unable to evaluate template language function '" + fn + "': a deployment"
                        + " above subscriptions names a resource group's resource by subscription id and group name"
                        + " both, before the resource type '" + args.get(typeAt) + "'.");
            }
            // in a deployment to a management group or the tenant, a resource of that level
            return scope.scopeId() + "/providers/" + typeAndNames(fn, args.get(0), args.subList(1, args.size()));
        }
        String subscription = typeAt == 2 ? args.get(0) : scope.subscriptionId();
        String group = typeAt == 2 ? args.get(1) : typeAt == 1 ? args.get(0) : scope.resourceGroupName();
        if (group == null) {
            // in a deployment to a subscription, a resource without a group is one of the subscription
            return "/subscriptions/" + subscription + "/providers/"
                    + typeAndNames(fn, args.get(typeAt), args.subList(typeAt + 1, args.size()));
        }
        return "/subscriptions/" + subscription + "/resourceGroups/" + group + "/providers/"
                + typeAndNames(fn, args.get(typeAt), args.subList(typeAt + 1, args.size()));
    }

    /** {@code subscriptionResourceId([subscriptionId], resourceType, name1, ...)}. */
    static String subscriptionResourceId(String fn, List<String> args, Scope scope) {
        int typeAt = typeIndex(fn, args);
        if (typeAt > 1) {
            throw new TemplateError("Unable to evaluate template language function '" + fn + "': at most a"
                    + " subscription id comes before the resource type '" + args.get(typeAt) + "'.");
        }
        String subscription = typeAt == 1 ? args.get(0) : scope.subscriptionId();
        if (subscription == null) {
            throw new TemplateError("Unable to evaluate template language function '" + fn + "': a deployment"
                    + " above subscriptions gives the subscription id before the resource type '" + args.get(typeAt)
                    + "'.");
        }
        return "/subscriptions/" + subscription + "/providers/"
                + typeAndNames(fn, args.get(typeAt), args.subList(typeAt + 1, args.size()));
    }

    private static int typeIndex(String fn, List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).contains("/")) {
                return i;
            }
        }
        throw new TemplateError("Unable to evaluate template language function '" + fn + "': no argument is a"
                + " resource type such as 'Microsoft.Network/virtualNetworks'.");
    }

    /** {@code Microsoft.Network/virtualNetworks/subnets} with {@code [hub, apps]}: {@code .../virtualNetworks/hub/subnets/apps}. */
    static String typeAndNames(String fn, String type, List<String> names) {
        String[] segments = trimSlashes(type).split("/");
        int expected = segments.length - 1;
        if (names.size() != expected) {
            throw new TemplateError("Unable to evaluate template language function '" + fn + "': the type '" + type
                    + "' requires '" + expected + "' resource name argument(s), but " + names.size()
                    + " were given.");
        }
        StringBuilder sb = new StringBuilder(segments[0]);
        for (int i = 1; i < segments.length; i++) {
            sb.append('/').append(segments[i]).append('/').append(names.get(i - 1));
        }
        return sb.toString();
    }

    static String trimSlashes(String s) {
        String t = s.trim();
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        while (t.startsWith("/")) {
            t = t.substring(1);
        }
        return t;
    }
}
