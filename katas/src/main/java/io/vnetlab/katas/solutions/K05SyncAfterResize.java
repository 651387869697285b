package io.vnetlab.katas.solutions;

import io.vnetlab.Topology;
import io.vnetlab.katas.SyncAfterResize;

/**
 * Kata 5, reference solution: the link that is behind is AppVNet's (LocalNotInSync: it has not peered DataVNet's
 * new range); syncing it brings both links to FullyInSync.
 */
public class K05SyncAfterResize implements SyncAfterResize {

    @Override
    public void afterResize(Topology azure) {
        azure.peerings().sync("AppVNet", "AppVNet-To-DataVNet");
    }
}
