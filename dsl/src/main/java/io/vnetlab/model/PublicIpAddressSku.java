package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The SKU of a public IP address. A {@code Standard} address is secure by default: closed to inbound traffic unless
 * a network security group on the path allows it; a {@code Basic} one is open when no group is associated
 * (learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses, "SKU" table).
 */
@API(status = MAINTAINED, since = "0.1")
public enum PublicIpAddressSku {
    Basic,
    Standard
}
