package io.vnetlab.model;

/** IP protocols a flow or an NSG rule names (AZURE-SEMANTICS §5.1.1); {@code Any} is TCP, UDP and ICMP. */
public enum Protocol {
    Tcp,
    Udp,
    Icmp,
    Esp,
    Ah,
    Any
}
