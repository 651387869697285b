package io.vnetlab.controlplane;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Azure's naming rules, one row per resource type, checked by every PUT (docs/azure/naming.md#rules). */
class NamingRulesTest {

    private static final String SUB = Topology.DEFAULT_SUBSCRIPTION_ID;

    private final TopologyState withGroup = ResourceManager.putResourceGroup(Topology.create().state(),
            new ResourceGroupRequest(SUB, "rg", Region.WEST_EUROPE), PutMode.CREATE);

    private static ResourceId network(String type, String name) {
        return ResourceId.resource(SUB, "rg", ResourceId.NETWORK, type, name);
    }

    private AzureException refused(AzureErrorCode code, UnaryOperator<TopologyState> put) {
        AzureException error = catchThrowableOfType(AzureException.class, () -> put.apply(withGroup));
        assertThat(error).as("refused with " + code).isNotNull();
        assertThat(error.code()).isEqualTo(code);
        return error;
    }

    @Test
    void a_slash_in_a_network_name_is_refused_rather_than_read_as_another_network() {
        ResourceId id = network("virtualNetworks", "x/hub");

        AzureException error = refused(AzureErrorCode.InvalidResourceName, s -> ResourceManager.putNetwork(s,
                new NetworkRequest(id, Region.WEST_EUROPE, List.of("10.0.0.0/16"), List.of()), PutMode.CREATE));

        assertThat(error).hasMessage("Resource name x/hub is invalid. It holds characters a virtual network name"
                + " cannot: '/'. A virtual network name is 2 to 64 characters long: letters, digits, '_', '.' and"
                + " '-'; it must begin with a letter or digit and end with a letter, digit or '_'.");
    }

    @Test
    void a_route_table_name_holding_a_child_path_is_refused() {
        refused(AzureErrorCode.InvalidResourceName, s -> ResourceManager.putRouteTable(s, new RouteTableRequest(
                network("routeTables", "a/subnets/b"), Region.WEST_EUROPE, List.of(), false), PutMode.CREATE));
    }

    @Test
    void every_top_level_network_resource_refuses_a_slash_in_its_name() {
        refused(AzureErrorCode.InvalidResourceName, s -> ResourceManager.putNetworkSecurityGroup(s,
                new NetworkSecurityGroupRequest(network("networkSecurityGroups", "a/b"), Region.WEST_EUROPE,
                        List.of()), PutMode.CREATE));
        refused(AzureErrorCode.InvalidResourceName, s -> ResourceManager.putApplicationSecurityGroup(s,
                new ApplicationSecurityGroupRequest(network("applicationSecurityGroups", "a/b"),
                        Region.WEST_EUROPE), PutMode.CREATE));
        refused(AzureErrorCode.InvalidResourceName, s -> ResourceManager.putPublicIpAddress(s,
                new PublicIpAddressRequest(network("publicIPAddresses", "a/b"), Region.WEST_EUROPE,
                        PublicIpAddressSku.Standard), PutMode.CREATE));
    }

    @Test
    void a_subnet_name_with_a_slash_is_refused() {
        refused(AzureErrorCode.InvalidResourceName, s -> ResourceManager.putNetwork(s, new NetworkRequest(
                network("virtualNetworks", "hub"), Region.WEST_EUROPE, List.of("10.0.0.0/16"),
                List.of(new SubnetRequest("a/b", "10.0.1.0/24"))), PutMode.CREATE));
    }

    @Test
    void a_resource_group_name_with_a_slash_is_refused_with_azures_resource_group_code() {
        AzureException error = refused(AzureErrorCode.InvalidResourceGroup, s -> ResourceManager.putResourceGroup(s,
                new ResourceGroupRequest(SUB, "a/b", Region.WEST_EUROPE), PutMode.CREATE));

        assertThat(error).hasMessage("The provided resource group name 'a/b' has these invalid characters: '/'."
                + " The name can only be a letter, digit, '-', '.', '(', ')' or '_'.");
    }

    @Test
    void a_virtual_machine_name_follows_the_compute_rule_not_the_network_one() {
        ResourceId vm = ResourceId.resource(SUB, "rg", ResourceId.COMPUTE, "virtualMachines", "web_1");

        refused(AzureErrorCode.InvalidResourceName, s -> ResourceManager.putVirtualMachine(s,
                new VirtualMachineRequest(vm, Region.WEST_EUROPE, List.of()), PutMode.CREATE));
    }

    @ParameterizedTest
    @EnumSource(NamingRule.class)
    void each_rule_takes_its_longest_name_and_refuses_a_longer_one_or_a_slash(NamingRule rule) {
        ResourceId id = network("any", "any");
        String longest = "a".repeat(rule.maxLength);

        assertThatCode(() -> Names.require(rule, longest, id)).doesNotThrowAnyException();
        assertRefused(() -> Names.require(rule, longest + "a", id));
        assertRefused(() -> Names.require(rule, "a/b", id));
        assertRefused(() -> Names.require(rule, "", id));
    }

    private static void assertRefused(ThrowingCallable check) {
        AzureException error = catchThrowableOfType(AzureException.class, check);
        assertThat(error).isNotNull();
        assertThat(error.code()).isIn(AzureErrorCode.InvalidResourceName, AzureErrorCode.InvalidResourceGroup);
    }
}
