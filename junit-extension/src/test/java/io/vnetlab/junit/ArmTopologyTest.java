package io.vnetlab.junit;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Templates on the class path as a topology source of the JUnit extension ({@link ArmTopology}). */
@VnetlabTest
class ArmTopologyTest {

    @ArmTemplate(value = "templates/routing/vpn-gateways.json", parameterValues = "deploySite=false")
    @ArmTemplate(value = "templates/routing/firewall-hub.json", resourceGroup = "hub-rg", location = "northeurope",
            name = "hub")
    static class GatewaysAndFirewall extends ArmTopology {
    }

    static class NoTemplate extends ArmTopology {
    }

    @ArmTemplate(value = "templates/routing/vpn-gateways.json", parameterValues = "deploySite")
    static class BadParameter extends ArmTopology {
    }

    @TestTopology(factory = GatewaysAndFirewall.class)
    static Topology azure;

    @Test
    void the_templates_deploy_in_order_into_their_resource_groups_with_their_parameter_values(Topology fork) {
        assertThat(fork.virtualNetworkGateways().list()).extracting(g -> g.name()).containsExactly("east-gw",
                "west-gw");
        assertThat(fork.localNetworkGateways().list()).isEmpty();                 // deploySite=false
        assertThat(fork.resourceGroups().get("hub-rg").region()).isEqualTo(Region.NORTH_EUROPE);
        assertThat(fork.network("spoke").region()).isEqualTo(Region.NORTH_EUROPE);
        // the firewall's only rule collection is empty: its default deny decides (docs/azure/azure-firewall.md#default-deny)
        assertThat(VerdictRenderer.blockers(fork.reach("app-vm", "8.8.8.8"))).singleElement().asString()
                .startsWith("Azure Firewall 'fw' denied the packet");
    }

    @Test
    void each_test_gets_its_own_fork_of_the_deployed_topology(Topology fork) {
        fork.routeTables().dissociate("spoke", "app");

        assertThat(azure.network("spoke").subnet("app").orElseThrow().routeTableId()).isNotNull();
    }

    @Test
    void a_factory_without_templates_says_how_to_name_one() {
        assertThatThrownBy(() -> new NoTemplate().create()).isInstanceOf(IllegalStateException.class)
                .hasMessage(NoTemplate.class.getName() + " names no template: annotate it with"
                        + " @ArmTemplate(\"templates/your-template.json\").");
    }

    @Test
    void a_parameter_value_without_an_equals_sign_is_refused() {
        assertThatThrownBy(() -> new BadParameter().create()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@ArmTemplate(\"templates/routing/vpn-gateways.json\") has parameter value 'deploySite';"
                        + " write it as name=value.");
    }
}
