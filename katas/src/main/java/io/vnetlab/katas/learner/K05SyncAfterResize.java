package io.vnetlab.katas.learner;

import io.vnetlab.Topology;
import io.vnetlab.katas.SyncAfterResize;

/**
 * Kata 5 — read katas/05-resize-and-sync.md, then make {@code ./vnetlab kata 5} pass.
 * Hint: look at each peering's {@code syncLevel()}.
 */
public class K05SyncAfterResize implements SyncAfterResize {

    @Override
    public void afterResize(Topology azure) {
        // TODO: make the new range of DataVNet reachable across the peering
    }
}
