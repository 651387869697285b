package io.vnetlab;

import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Asserts that an operation is refused with an Azure error code and leaves the topology exactly as it was. */
final class Rejections {

    private Rejections() {
    }

    static AzureException rejects(Topology topology, AzureErrorCode code, ThrowingCallable operation) {
        TopologyState before = topology.state();
        Throwable thrown = catchThrowable(operation);
        assertThat(thrown).as("the operation should be refused with " + code).isInstanceOf(AzureException.class);
        AzureException error = (AzureException) thrown;
        assertThat(error.code()).isEqualTo(code);
        assertThat(topology.state()).as("a refused operation leaves the topology unchanged").isSameAs(before);
        return error;
    }
}
