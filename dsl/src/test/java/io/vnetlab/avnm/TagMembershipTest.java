package io.vnetlab.avnm;

import io.vnetlab.Topology;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.ConfigurationType;
import io.vnetlab.model.MembershipCondition;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceTags;
import io.vnetlab.model.VirtualNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tags in the model (docs/azure/naming.md#tags) and the network groups whose {@code tags['key']} conditions select
 * networks by them (docs/azure/virtual-network-manager.md#conditional-membership).
 */
class TagMembershipTest {

    /** Three networks, two of them tagged env=prod (one with the name in another case), and a manager. */
    private static Topology tagged() {
        Topology t = Topology.create();
        network(t, "prod1", "10.1.0.0/16", "env", "prod");
        network(t, "prod2", "10.2.0.0/16", "ENV", "Prod");
        network(t, "test1", "10.3.0.0/16", "env", "test");
        t.networkManagers().define("avnm").withRegion(Region.WEST_EUROPE).withNewResourceGroup("rg").create();
        t.networkManagers().group("avnm", "prod")
                .withCondition("tags['env']", MembershipCondition.Operator.equals, "prod").create();
        return t;
    }

    private static void network(Topology t, String name, String space, String tag, String value) {
        t.networks().define(name).withRegion(Region.WEST_EUROPE).withNewResourceGroup("rg").withAddressSpace(space)
                .withSubnet("app", space.replace(".0.0/16", ".1.0/24")).withTag(tag, value).create();
        t.virtualMachines().define(name + "-vm").withExistingPrimaryNetwork(name).withSubnet("app").create();
    }

    @Test
    void a_network_tagged_in_the_dsl_keeps_its_tags_in_the_state() {
        Topology t = tagged();
        VirtualNetwork prod2 = t.networks().get("prod2");
        assertThat(t.state().get(ResourceTags.class, prod2.id())).hasValueSatisfying(tags -> {
            assertThat(tags.values()).containsExactly(Map.entry("ENV", "Prod"));
            assertThat(tags.value("env")).contains("Prod");
        });
    }

    @Test
    void a_tag_condition_matches_the_networks_tagged_so_ignoring_the_case_of_name_and_value() {
        assertThat(tagged().networkManagers().members("avnm", "prod")).extracting(VirtualNetwork::name)
                .containsExactly("prod1", "prod2");
    }

    @Test
    void a_mesh_of_the_tagged_group_joins_exactly_the_tagged_networks() {
        Topology t = tagged();
        t.networkManagers().connectivity("avnm", "mesh").mesh().appliesTo("prod").create();
        t.networkManagers().commit("avnm", ConfigurationType.Connectivity, List.of(Region.WEST_EUROPE), "mesh");

        assertThat(t.reach("prod1-vm", "prod2-vm").reachable()).isTrue();
        assertThat(t.reach("prod1-vm", "test1-vm").reachable()).isFalse();
    }

    @Test
    void retagging_a_network_moves_it_in_or_out_of_a_deployed_mesh_without_a_commit() {
        Topology t = tagged();
        t.networkManagers().connectivity("avnm", "mesh").mesh().appliesTo("prod").create();
        t.networkManagers().commit("avnm", ConfigurationType.Connectivity, List.of(Region.WEST_EUROPE), "mesh");
        assertThat(t.reach("prod1-vm", "test1-vm").reachable()).isFalse();

        t.batch(b -> b.putTags(t.networks().get("test1").id(), Map.of("env", "prod")));
        assertThat(t.reach("prod1-vm", "test1-vm").reachable()).isTrue();

        t.batch(b -> b.putTags(t.networks().get("prod2").id(), Map.of()));
        assertThat(t.reach("prod1-vm", "prod2-vm").reachable()).isFalse();
    }

    @Test
    void a_put_without_tags_leaves_the_resource_with_none() {
        Topology t = tagged();
        VirtualNetwork prod1 = t.networks().get("prod1");
        t.batch(b -> {
            b.apply(s -> ResourceManager.clearTags(s, prod1.id()));
            return null;
        });
        assertThat(t.state().get(ResourceTags.class, prod1.id())).isEmpty();
        assertThat(t.networkManagers().members("avnm", "prod")).extracting(VirtualNetwork::name)
                .containsExactly("prod2");
    }
}
