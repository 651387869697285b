/**
 * What a change does to a network: {@link io.vnetlab.diff.ReachabilityDiff} compares two topologies — the resources
 * added, removed and changed, and every flow class whose verdict changed, with the verdict on each side. Text is
 * made by {@link io.vnetlab.render.DiffReport}.
 *
 * <pre>{@code
 * Topology after = before.fork();
 * after.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(true).apply();
 * ReachabilityDiff diff = ReachabilityDiff.between(before.dataPlane(), after.dataPlane());
 * diff.opened();      // spoke1's VMs <-> on-premises, on every protocol
 * }</pre>
 */
package io.vnetlab.diff;
