package io.vnetlab.junit;

import io.vnetlab.Topology;

import io.vnetlab.reference.ReferenceTopologies;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The factory of the shared fixtures: records every topology it builds. */
class ExpensiveSharedTopology implements TopologyFactory {

    static final List<Topology> BUILT = new CopyOnWriteArrayList<>();

    @Override
    public Topology create() {
        Topology t = ReferenceTopologies.learnModule();
        BUILT.add(t);
        return t;
    }
}
