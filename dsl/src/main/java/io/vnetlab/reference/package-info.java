/**
 * Reference topologies built from Microsoft's own material (the Learn peering module, hub and spoke with a VPN
 * gateway or a network virtual appliance), for tests, examples and documentation to start from. See
 * {@link io.vnetlab.reference.ReferenceTopologies}.
 */
package io.vnetlab.reference;
