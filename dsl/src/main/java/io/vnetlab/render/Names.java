package io.vnetlab.render;

import io.vnetlab.model.ResourceId;

/** How the plain-text renderers name resources: {@code Net/Subnet}, {@code 'Net/peering'}. */
final class Names {

    private Names() {
    }

    /** The name of the resource's parent: a subnet's or a peering's network. */
    static String parent(ResourceId id) {
        return id.parent().map(ResourceId::name).orElse("?");
    }

    /** {@code SalesVNet/Apps}: a subnet, or anything whose parent is a network. */
    static String qualified(ResourceId id) {
        return parent(id) + "/" + id.name();
    }

    /** {@code 'SalesVNet/SalesVNet-To-MarketingVNet'}; a network stands for its peering that does not exist. */
    static String peering(ResourceId id) {
        return "'" + (isNetwork(id) ? id.name() + "/?" : qualified(id)) + "'";
    }

    static boolean isNetwork(ResourceId id) {
        return id.type().equalsIgnoreCase("Microsoft.Network/virtualNetworks");
    }

    static boolean isSubnet(ResourceId id) {
        return id.type().equalsIgnoreCase("Microsoft.Network/virtualNetworks/subnets");
    }
}
