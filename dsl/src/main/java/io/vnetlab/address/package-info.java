/**
 * Addresses: IPv4 and IPv6 addresses, CIDR prefixes and longest-prefix-match tables. Addresses and prefixes are held
 * as their bits, so containment, equality and lookups cost a few integer operations and an IPv4-only topology never
 * loads the {@code ipaddress} library; the library parses and prints IPv6 and gives its own types on demand
 * ({@code LibraryTypes}). A test checks the parsing and arithmetic against the library's.
 */
package io.vnetlab.address;
