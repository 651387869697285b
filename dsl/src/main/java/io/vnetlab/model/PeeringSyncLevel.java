package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * {@code peeringSyncLevel} (docs/azure/peering.md#sync-level): whether the address spaces each side has peered match
 * the networks' current address spaces. After network X changes its address space, X's link reports
 * {@code RemoteNotInSync} and the remote link {@code LocalNotInSync} until the remote link is synced.
 */
@API(status = MAINTAINED, since = "0.1")
public enum PeeringSyncLevel {
    FullyInSync,
    RemoteNotInSync,
    LocalNotInSync,
    LocalAndRemoteNotInSync
}
