package io.vnetlab.model;

/**
 * {@code peeringSyncLevel} (docs/azure/peering.md#sync-level): whether the address spaces each side has peered match
 * the networks' current address spaces. After network X changes its address space, X's link reports
 * {@code RemoteNotInSync} and the remote link {@code LocalNotInSync} until the remote link is synced.
 */
public enum PeeringSyncLevel {
    FullyInSync,
    RemoteNotInSync,
    LocalNotInSync,
    LocalAndRemoteNotInSync
}
