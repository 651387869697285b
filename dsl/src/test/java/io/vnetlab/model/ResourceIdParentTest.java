package io.vnetlab.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child id's parent is the very id it was made from — an interface's network id is its network's own object, which
 * the walks' lookups compare by identity first — and always the parent its text names, as a parsed id finds it.
 */
class ResourceIdParentTest {

    private static final ResourceId NETWORK = ResourceId.resource("sub", "rg", ResourceId.NETWORK, "virtualNetworks",
            "hub");

    @Test
    void a_child_made_from_a_resource_has_that_resource_as_its_parent() {
        ResourceId subnet = NETWORK.child("subnets", "default");

        assertThat(subnet.parent()).containsSame(NETWORK);
        assertThat(subnet.parent()).isEqualTo(ResourceId.parse(subnet.toString()).parent());
    }

    @Test
    void a_child_of_something_that_is_not_a_resource_finds_its_parent_from_its_text() {
        ResourceId group = ResourceId.resourceGroup("sub", "rg");
        ResourceId weird = NETWORK.child("subnets", "a/b");

        assertThat(group.child("providers", "Microsoft.Network").parent())
                .isEqualTo(ResourceId.parse(group + "/providers/Microsoft.Network").parent());
        assertThat(weird.parent()).isEqualTo(ResourceId.parse(weird.toString()).parent());
        assertThat(weird.parent()).isNotEqualTo(java.util.Optional.of(NETWORK));
    }

    @Test
    void ids_equal_by_their_text_ignoring_case_whether_or_not_they_are_one_object() {
        ResourceId parsed = ResourceId.parse(NETWORK.toString().toUpperCase(java.util.Locale.ROOT));

        assertThat(parsed).isEqualTo(NETWORK).hasSameHashCodeAs(NETWORK);
        assertThat(NETWORK.child("subnets", "a")).isNotEqualTo(NETWORK.child("subnets", "b"));
    }
}
