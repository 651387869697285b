package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.BastionSku;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The PUT of an Azure Bastion host in network {@code networkId}: its SKU and, except for {@code Developer}, its
 * Standard public IP address (docs/azure/bastion.md#rules). <b>API.</b>
 *
 * <pre>{@code
 * new BastionRequest(bastionId, Region.EAST_US, vnetId, BastionSku.Standard, pipId);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BastionRequest(ResourceId id, Region region, ResourceId networkId, BastionSku sku,
                             ResourceId publicIpAddressId) {
    public BastionRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        Arguments.requireGiven(networkId, "virtual network id");
        Arguments.requireGiven(sku, "Bastion SKU");
    }
}
