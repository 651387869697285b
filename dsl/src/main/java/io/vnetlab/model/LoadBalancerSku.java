package io.vnetlab.model;

/**
 * The SKU of a load balancer (docs/azure/load-balancers.md#skus). {@code Basic} was retired on 30 September 2025:
 * Azure creates no new Basic load balancer, and existing ones are to be upgraded to {@code Standard}.
 */
public enum LoadBalancerSku {
    Basic,
    Standard
}
