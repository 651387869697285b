package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;


/**
 * The PUT of a public IP address; a new one gets the next free simulated address (from 20.0.0.4), an existing one
 * keeps its address. <b>API.</b>
 */
public record PublicIpAddressRequest(ResourceId id, Region region, PublicIpAddressSku sku) {
    public PublicIpAddressRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        Arguments.requireGiven(sku, "public IP address SKU");
    }
}
