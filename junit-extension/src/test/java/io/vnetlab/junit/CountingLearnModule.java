package io.vnetlab.junit;

import io.vnetlab.Topology;

import io.vnetlab.reference.ReferenceTopologies;
import java.util.concurrent.atomic.AtomicInteger;

/** A factory that counts how often it builds. */
class CountingLearnModule implements TopologyFactory {

    static final AtomicInteger BUILDS = new AtomicInteger();

    @Override
    public Topology create() {
        BUILDS.incrementAndGet();
        return ReferenceTopologies.learnModule();
    }
}
