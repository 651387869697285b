package io.vnetlab.model;

/** How a network interface got its private address (docs/azure/addressing.md#private-ip-allocation). */
public enum IpAllocationMethod {
    /** The next free, unreserved address of the subnet, from .4 up. Azure's default. */
    Dynamic,
    /** An address chosen by the user. */
    Static
}
