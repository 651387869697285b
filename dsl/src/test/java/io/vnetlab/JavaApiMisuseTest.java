package io.vnetlab;

import io.vnetlab.address.Cidr;
import io.vnetlab.controlplane.NetworkRequest;
import io.vnetlab.controlplane.PeeringRequest;
import io.vnetlab.controlplane.SubnetRequest;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Misuse of the Java API throws {@link IllegalArgumentException}, as documented, with a message that names the
 * argument in Azure's words rather than by its Java parameter name; and it changes nothing.
 */
class JavaApiMisuseTest {

    private static final ResourceId HUB = ResourceId.resource(Topology.DEFAULT_SUBSCRIPTION_ID, "rg",
            ResourceId.NETWORK, "virtualNetworks", "hub");

    private final Topology topology = Topology.create();

    @Test
    void a_null_region_of_a_resource_group_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> topology.resourceGroups().define("rg").withRegion((Region) null))
                .withMessage("The region of resource group 'rg' cannot be null.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> topology.resourceGroups().define("rg").withRegion((String) null))
                .withMessage("The region of resource group 'rg' cannot be null or blank.");
    }

    @Test
    void null_parts_of_a_control_plane_request_are_refused_with_illegal_argument() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NetworkRequest(null, Region.WEST_EUROPE, List.of("10.0.0.0/16"), List.of()))
                .withMessage("The resource id cannot be null.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NetworkRequest(HUB, null, List.of("10.0.0.0/16"), List.of()))
                .withMessage("The region cannot be null.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NetworkRequest(HUB, Region.WEST_EUROPE, null, List.of()))
                .withMessage("The address prefixes cannot be null or hold null.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PeeringRequest(HUB, "to-spoke", null, true, false, false, false, false))
                .withMessage("The remote virtual network id cannot be null.");
    }

    @Test
    void blank_text_is_named_in_azures_words_not_by_the_java_parameter() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SubnetRequest("web", " "))
                .withMessage("The address prefix cannot be null or blank.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> topology.networks().define("hub").withAddressSpace(null))
                .withMessage("The address prefix cannot be null or blank.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> topology.networks().define("hub").withSubnet("", "10.0.0.0/24"))
                .withMessage("The subnet name cannot be null or blank.");
        assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse(null))
                .withMessage("The address prefix cannot be null.");
    }

    @Test
    void a_batch_without_work_is_refused_and_changes_nothing() {
        var before = topology.state();

        assertThatIllegalArgumentException().isThrownBy(() -> topology.batch(null))
                .withMessage("The work of the batch cannot be null.");
        assertThat(topology.state()).isSameAs(before);
    }
}
