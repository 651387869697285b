package io.vnetlab.model;

/**
 * IP protocols a flow or an NSG rule names (docs/azure/network-security-groups.md#rules); {@code Any} is TCP, UDP and
 * ICMP.
 */
public enum Protocol {
    Tcp,
    Udp,
    Icmp,
    Esp,
    Ah,
    Any
}
