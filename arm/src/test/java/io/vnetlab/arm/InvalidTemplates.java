package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AzureErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Templates ARM refuses as invalid: the refusal, checked to have changed nothing. */
final class InvalidTemplates {

    private InvalidTemplates() {
    }

    /**
     * Deploys {@code json} into {@code azure}'s group {@code rg}, expects ARM's {@code InvalidTemplate} refusal, and
     * checks that the topology did not change.
     */
    static ArmDeploymentException refused(Topology azure, String json) {
        TopologyState before = azure.state();
        ArmDeploymentException e = catchThrowableOfType(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(json).deploy());
        assertThat(e).as("the deployment is refused").isNotNull();
        assertThat(azure.state()).as("nothing deployed").isSameAs(before);
        assertThat(e.code()).isEqualTo(AzureErrorCode.InvalidTemplate);
        assertThat(e.deploymentCode()).isEqualTo(AzureErrorCode.InvalidTemplate);
        return e;
    }
}
