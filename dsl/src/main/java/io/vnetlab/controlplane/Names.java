package io.vnetlab.controlplane;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ResourceId;

import java.util.regex.Pattern;

/** Azure's naming rules for network resources (docs/azure/addressing.md#names). */
final class Names {

    private static final Pattern VNET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}[A-Za-z0-9_]");
    private static final Pattern NETWORK_RESOURCE = Pattern.compile("\\w([\\w.-]{0,78}\\w)?");
    private static final Pattern RESOURCE_GROUP = Pattern.compile("[-\\w._()]{0,89}[-\\w_()]");

    private Names() {
    }

    static void requireNetworkName(String name, ResourceId id) {
        if (name == null || !VNET.matcher(name).matches()) {
            throw new AzureException(AzureErrorCode.InvalidResourceName, "Resource name " + name + " is invalid."
                    + " A virtual network name is 2 to 64 characters long; it must begin with a letter or digit, end"
                    + " with a letter, digit or '_', and may contain letters, digits, '_', '.' and '-'.", id);
        }
    }

    static void requireResourceName(String name, ResourceId id) {
        if (name == null || !NETWORK_RESOURCE.matcher(name).matches()) {
            throw new AzureException(AzureErrorCode.InvalidResourceName, "Resource name " + name + " is invalid."
                    + " The name can be up to 80 characters long. It must begin with a word character, and it must"
                    + " end with a word character or with '_'. The name may contain word characters or '.', '-', '_'.",
                    id);
        }
    }

    static void requireResourceGroupName(String name, ResourceId id) {
        if (name == null || !RESOURCE_GROUP.matcher(name).matches()) {
            throw new AzureException(AzureErrorCode.InvalidResourceName, "Resource group name '" + name + "' is"
                    + " invalid. It is 1 to 90 characters of letters, digits, '_', '-', '.', '(' and ')', and does"
                    + " not end in '.'.", id);
        }
    }

    static void requireArgument(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + what + "' cannot be null or blank.");
        }
    }
}
