package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * IP protocols a flow or an NSG rule names (docs/azure/network-security-groups.md#rules); {@code Any} is TCP, UDP and
 * ICMP.
 */
@API(status = MAINTAINED, since = "0.1")
public enum Protocol {
    Tcp,
    Udp,
    Icmp,
    Esp,
    Ah,
    Any
}
