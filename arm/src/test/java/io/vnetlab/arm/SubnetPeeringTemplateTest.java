package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** {@code virtualNetworkPeerings} with {@code peerCompleteVnets: false} (docs/azure/subnet-peering.md#resource-shape). */
class SubnetPeeringTemplateTest {

    private Topology azure;

    @BeforeEach
    void resourceGroup() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    @Test
    void a_template_peers_the_named_subnets_of_two_overlapping_networks() {
        ArmDeployment.into(azure, "rg").templateResource("templates/peering/subnet-peering.json").deploy();
        Peering ab = azure.peering("vnetA", "AtoB");
        assertThat(ab.state()).isEqualTo(PeeringState.Connected);
        assertThat(ab.isSubnetPeering()).isTrue();
        assertThat(ab.scope().localSubnetNames()).containsExactly("app");
        assertThat(ab.remoteAddressSpace()).extracting(Object::toString).containsExactly("10.0.2.0/24");
    }

    @Test
    void subnet_names_on_a_complete_peering_are_refused() {
        Throwable thrown = catchThrowable(() -> ArmDeployment.into(azure, "rg")
                .templateResource("templates/peering/subnet-peering.json").parameter("peerCompleteVnets", true)
                .deploy());
        assertThat(thrown).isInstanceOf(AzureException.class);
        assertThat(((AzureException) thrown).code()).isEqualTo(AzureErrorCode.InvalidSubnetPeeringSettings);
    }
}
