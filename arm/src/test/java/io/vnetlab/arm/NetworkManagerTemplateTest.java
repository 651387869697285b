package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.ConfigurationType;
import io.vnetlab.model.ConnectivityConfiguration;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Microsoft.Network/networkManagers} and its children from a template (docs/azure/virtual-network-manager.md#arm). */
class NetworkManagerTemplateTest {

    @Test
    void a_template_makes_the_manager_and_its_configuration_and_a_commit_makes_it_effective() {
        Topology azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        ArmDeployment.into(azure, "rg").templateResource("templates/avnm/hub-and-spoke.json").deploy();

        assertThat(azure.networkManagers().members("avnm", "spokes")).extracting(n -> n.name())
                .containsExactly("spoke1", "spoke2");
        ConnectivityConfiguration c = azure.state().all(ConnectivityConfiguration.class).iterator().next();
        assertThat(c.topology()).isEqualTo(ConnectivityConfiguration.ConnectivityTopology.HubAndSpoke);
        assertThat(c.appliesToGroups().get(0).groupConnectivity())
                .isEqualTo(ConnectivityConfiguration.GroupConnectivity.DirectlyConnected);
        assertThat(azure.peerings().list()).as("nothing before the commit").isEmpty();

        azure.networkManagers().commit("avnm", ConfigurationType.Connectivity, List.of(Region.WEST_EUROPE),
                "hub-spokes");
        assertThat(azure.peerings().list()).hasSize(4);
        assertThat(azure.networkManagers().connectedGroups()).hasSize(1);
    }

    // docs/azure/virtual-network-manager.md#conditional-membership: a template's tags are the state's tags
    @Test
    void a_tag_condition_selects_the_networks_a_template_tagged() {
        Topology azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        ArmDeployment.into(azure, "rg").templateResource("templates/avnm/tagged-networks.json").deploy();
        azure.networkManagers().group("avnm", "prod").withCondition("tags['env']",
                io.vnetlab.model.MembershipCondition.Operator.equals, "prod").create();

        assertThat(azure.networkManagers().members("avnm", "prod")).extracting(n -> n.name())
                .containsExactly("orders", "payments");
        assertThat(azure.state().get(io.vnetlab.model.ResourceTags.class, azure.networks().get("orders").id()))
                .map(io.vnetlab.model.ResourceTags::values).contains(java.util.Map.of("env", "prod", "costCenter", "42"));

        ArmDeployment.into(azure, "rg").templateResource("templates/avnm/tagged-networks.json")
                .parameter("environment", "test").deploy();
        assertThat(azure.networkManagers().members("avnm", "prod")).as("a redeployment's tags replace them")
                .isEmpty();
    }
}
