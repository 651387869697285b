package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What a virtual network link does with a name its privatelink zone does not hold
 * (docs/azure/private-dns.md#virtual-network-links).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum DnsResolutionPolicy {
    /** The name does not exist (NXDOMAIN): Azure DNS does not ask public DNS. */
    Default,
    /** Azure DNS falls back to public resolution ("fallback to internet"); privatelink zones only. */
    NxDomainRedirect
}
