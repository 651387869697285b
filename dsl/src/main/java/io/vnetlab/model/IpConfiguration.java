package io.vnetlab.model;

import io.vnetlab.address.IpAddress;

import java.util.Objects;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A secondary IPv4 configuration of a network interface: one more private address in the interface's subnet, with its
 * own public IP if it has one (docs/azure/addressing.md#secondary-ip-configurations). Traffic to that address reaches
 * the interface as traffic to its primary address does.
 *
 * <pre>{@code
 * new IpConfiguration("web2", IpAddress.parse("10.0.1.10"), IpAllocationMethod.Static, null)
 * }</pre>
 *
 * @param publicIpAddressId the public IP address resource of the configuration, or {@code null}
 */
@API(status = MAINTAINED, since = "0.1")
public record IpConfiguration(String name, IpAddress privateIpAddress, IpAllocationMethod allocationMethod,
                              ResourceId publicIpAddressId) {

    public IpConfiguration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(privateIpAddress, "privateIpAddress");
        Objects.requireNonNull(allocationMethod, "allocationMethod");
    }
}
