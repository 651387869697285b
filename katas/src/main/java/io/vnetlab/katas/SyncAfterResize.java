package io.vnetlab.katas;

import io.vnetlab.Topology;

/** Kata 5 (katas/05-resize-and-sync.md): DataVNet grew a range; AppVM must reach ArchiveVM in it. */
public interface SyncAfterResize {

    void afterResize(Topology azure);
}
