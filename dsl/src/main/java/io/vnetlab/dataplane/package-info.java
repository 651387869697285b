/**
 * The data plane: an immutable {@link io.vnetlab.dataplane.DataPlane} compiled from one topology state, answering
 * what Azure's forwarding would do — each NIC's effective routes (as {@code az network nic show-effective-route-table}
 * lists them) and, for a {@link io.vnetlab.dataplane.Flow}, a {@link io.vnetlab.dataplane.Verdict}: reachable or not,
 * the hops, the route that decided each, every blocker and what would fix it, all as typed facts. The renderers of
 * {@code io.vnetlab.render} turn a verdict into the text that assertions, the CLI and the examples print; this
 * package makes no prose.
 */
package io.vnetlab.dataplane;
