package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** How a network interface got its private address (docs/azure/addressing.md#private-ip-allocation). */
@API(status = MAINTAINED, since = "0.1")
public enum IpAllocationMethod {
    /** The next free, unreserved address of the subnet, from .4 up. Azure's default. */
    Dynamic,
    /** An address chosen by the user. */
    Static
}
