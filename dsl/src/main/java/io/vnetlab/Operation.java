package io.vnetlab;

import io.vnetlab.controlplane.TopologyState;

/** A control-plane operation: from one state to the next, with a value to hand back to the caller. */
@FunctionalInterface
interface Operation<T> {

    Result<T> apply(TopologyState state);

    record Result<T>(TopologyState state, T value) {
    }
}
