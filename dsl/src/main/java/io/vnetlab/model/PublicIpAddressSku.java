package io.vnetlab.model;

/**
 * The SKU of a public IP address. A {@code Standard} address is secure by default: closed to inbound traffic unless
 * a network security group on the path allows it; a {@code Basic} one is open when no group is associated
 * (learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses, "SKU" table).
 */
public enum PublicIpAddressSku {
    Basic,
    Standard
}
