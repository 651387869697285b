package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** The record types of a private DNS zone that vnetlab simulates (docs/azure/private-dns.md#record-sets). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum DnsRecordType {
    /** IPv4 addresses. */
    A,
    /** IPv6 addresses. */
    AAAA,
    /** One alias: the name stands for another name. */
    CNAME
}
