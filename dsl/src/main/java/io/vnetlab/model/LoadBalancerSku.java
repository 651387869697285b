package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The SKU of a load balancer (docs/azure/load-balancers.md#skus). {@code Basic} was retired on 30 September 2025:
 * Azure creates no new Basic load balancer, and existing ones are to be upgraded to {@code Standard}. vnetlab models a
 * Basic one with Basic's rules (open to inbound traffic, Basic public IPs only, no outbound rules, HA ports or HTTPS
 * probes, out of reach across a global peering) for the topologies and templates that still hold one.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum LoadBalancerSku {
    Basic,
    Standard
}
