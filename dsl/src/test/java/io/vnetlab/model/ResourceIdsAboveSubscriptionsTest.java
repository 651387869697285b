package io.vnetlab.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ids above subscriptions: a management group's and what is deployed to it or to the tenant, which start at
 * {@code /providers/} (docs/azure/arm-templates.md#deployment-scopes).
 */
class ResourceIdsAboveSubscriptionsTest {

    @Test
    void a_management_groups_id_has_its_type_and_name_and_no_subscription_or_group() {
        ResourceId group = ResourceId.managementGroup("platform");

        assertThat(group).hasToString("/providers/Microsoft.Management/managementGroups/platform");
        assertThat(group.type()).isEqualTo("Microsoft.Management/managementGroups");
        assertThat(group.name()).isEqualTo("platform");
        assertThat(group.subscriptionId()).isEmpty();
        assertThat(group.resourceGroupName()).isEmpty();
        assertThat(group.parent()).isEmpty();
        assertThat(ResourceId.looksLikeId(group.toString())).isTrue();
    }

    @Test
    void a_deployment_to_the_tenant_or_a_management_group_parses_with_its_own_type() {
        ResourceId atTenant = ResourceId.parse("/providers/Microsoft.Resources/deployments/landing");
        ResourceId atGroup = ResourceId.parse("/providers/Microsoft.Management/managementGroups/platform/providers"
                + "/Microsoft.Resources/deployments/policies");

        assertThat(atTenant.type()).isEqualTo("Microsoft.Resources/deployments");
        assertThat(atGroup.type()).isEqualTo("Microsoft.Resources/deployments");
        assertThat(atGroup.name()).isEqualTo("policies");
        assertThat(atGroup).isEqualTo(ResourceId.parse(atGroup.toString().toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void text_that_names_no_resource_under_providers_is_still_refused() {
        assertThatThrownBy(() -> ResourceId.parse("/providers/Microsoft.Network"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an Azure resource id");
    }
}
