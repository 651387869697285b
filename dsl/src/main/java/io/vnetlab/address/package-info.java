/**
 * Addresses: IPv4 addresses, CIDR prefixes and longest-prefix-match tables, built on the
 * {@code ipaddress} library (parsing, containment, prefix tries). No bit twiddling of our own.
 */
package io.vnetlab.address;
