package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The PUT of a NAT gateway: its public IP addresses and public IP prefixes (Standard, in its region, at most 16
 * addresses in all) and its idle timeout, 4 to 120 minutes (docs/azure/outbound-access.md#nat-gateway-rules).
 * Subnets name the gateway they use. <b>API.</b>
 *
 * <pre>{@code
 * new NatGatewayRequest(natId, Region.EAST_US, List.of(pipId), List.of(), 10);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NatGatewayRequest(ResourceId id, Region region, List<ResourceId> publicIpAddressIds,
                                List<ResourceId> publicIpPrefixIds, int idleTimeoutInMinutes) {

    /** Azure's idle timeout when a request gives none. */
    public static final int DEFAULT_IDLE_TIMEOUT = 4;

    public NatGatewayRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        publicIpAddressIds = Arguments.requireList(publicIpAddressIds, "public IP addresses");
        publicIpPrefixIds = Arguments.requireList(publicIpPrefixIds, "public IP prefixes");
    }
}
