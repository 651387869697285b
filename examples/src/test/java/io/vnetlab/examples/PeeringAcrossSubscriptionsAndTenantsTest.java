package io.vnetlab.examples;

import io.vnetlab.Topology;
import io.vnetlab.az.Az;
import io.vnetlab.az.AzResult;
import io.vnetlab.az.ScriptRunner;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peering across subscriptions and tenants (docs/azure/peering.md#across-subscriptions-and-tenants): Contoso's network
 * in Contoso's subscription, Fabrikam's in a subscription of another tenant. Each side is created in its own
 * subscription and names the other network by its full resource id; the states move exactly as within one subscription.
 */
class PeeringAcrossSubscriptionsAndTenantsTest {

    private static final String FABRIKAM_TENANT = "22222222-2222-2222-2222-222222222222";
    private static final String FABRIKAM_SUBSCRIPTION = "99999999-0000-0000-0000-000000000001";
    private static final String CONTOSO_VNET_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups"
            + "/contoso-rg/providers/Microsoft.Network/virtualNetworks/ContosoVNet";
    private static final String FABRIKAM_VNET_ID = "/subscriptions/" + FABRIKAM_SUBSCRIPTION + "/resourceGroups"
            + "/fabrikam-rg/providers/Microsoft.Network/virtualNetworks/FabrikamVNet";

    /** Contoso (the default tenant and subscription) and Fabrikam (a tenant and subscription of its own). */
    static Topology twoCompanies() {
        Topology azure = Topology.create();
        azure.tenants().add(FABRIKAM_TENANT, "Fabrikam");
        azure.subscriptions().add(FABRIKAM_SUBSCRIPTION, "Fabrikam Production", FABRIKAM_TENANT);
        azure.networks().define("ContosoVNet").withRegion(Region.WEST_EUROPE).withNewResourceGroup("contoso-rg")
                .withAddressSpace("10.10.0.0/16").withSubnet("app", "10.10.1.0/24").create();
        azure.networks().define("FabrikamVNet").withRegion(Region.NORTH_EUROPE).inSubscription(FABRIKAM_SUBSCRIPTION)
                .withNewResourceGroup("fabrikam-rg").withAddressSpace("10.20.0.0/16").withSubnet("app", "10.20.1.0/24")
                .create();
        azure.virtualMachines().define("ContosoVM").withExistingPrimaryNetwork("ContosoVNet").withSubnet("app").create();
        azure.virtualMachines().define("FabrikamVM").withExistingPrimaryNetwork(FABRIKAM_VNET_ID).withSubnet("app")
                .create();
        return azure;
    }

    // docs/azure/peering.md#across-subscriptions-and-tenants
    @Test
    void each_company_creates_its_side_naming_the_other_network_by_its_full_id() {
        Topology azure = twoCompanies();

        Peering contosoSide = azure.peerings().define("to-fabrikam").onNetwork(CONTOSO_VNET_ID)
                .withRemoteNetwork(FABRIKAM_VNET_ID).create();
        assertThat(contosoSide.isCrossSubscription()).isTrue();
        assertThat(azure).peering("ContosoVNet", "to-fabrikam").isInitiated().isGlobal();
        assertThat(azure).vm("ContosoVM").cannotReach("FabrikamVM");

        azure.peerings().define("to-contoso").onNetwork(FABRIKAM_VNET_ID).withRemoteNetwork(CONTOSO_VNET_ID).create();
        assertThat(azure).peering("ContosoVNet", "to-fabrikam").isConnected().isFullyInSync();
        assertThat(azure).peering(FABRIKAM_VNET_ID, "to-contoso").isConnected().hasRemoteNetwork("ContosoVNet");
        assertThat(azure).vm("ContosoVM").canReach("FabrikamVM");
        assertThat(azure).vm("FabrikamVM").canReach("ContosoVM");
    }

    @Test
    void the_peering_lives_in_its_own_networks_subscription() {
        Topology azure = twoCompanies();
        azure.peer(CONTOSO_VNET_ID).with(FABRIKAM_VNET_ID).create();

        assertThat(azure.peering(FABRIKAM_VNET_ID, "FabrikamVNet-To-ContosoVNet").id().toString())
                .isEqualTo(FABRIKAM_VNET_ID + "/virtualNetworkPeerings/FabrikamVNet-To-ContosoVNet");
        assertThat(azure.peering(CONTOSO_VNET_ID, "ContosoVNet-To-FabrikamVNet").id().toString())
                .isEqualTo(CONTOSO_VNET_ID + "/virtualNetworkPeerings/ContosoVNet-To-FabrikamVNet");
    }

    @Test
    void with_the_az_cli_each_side_is_created_after_az_account_set_and_names_the_remote_by_id() {
        Az az = Az.create();
        AzResult replay = new ScriptRunner(az).run(String.join("\n",
                "# Contoso's subscription",
                "az group create -n contoso-rg -l westeurope -o none",
                "contosoId=$(az network vnet create -g contoso-rg -n ContosoVNet --address-prefixes 10.10.0.0/16"
                        + " --query newVNet.id -o tsv)",
                "# Fabrikam's subscription",
                "az account set --subscription " + FABRIKAM_SUBSCRIPTION,
                "az group create -n fabrikam-rg -l northeurope -o none",
                "fabrikamId=$(az network vnet create -g fabrikam-rg -n FabrikamVNet --address-prefixes 10.20.0.0/16"
                        + " --query newVNet.id -o tsv)",
                "az network vnet peering create -g fabrikam-rg --vnet-name FabrikamVNet -n to-contoso"
                        + " --remote-vnet $contosoId --allow-vnet-access --query peeringState -o tsv",
                "az account set --subscription 00000000-0000-0000-0000-000000000000",
                "az network vnet peering create -g contoso-rg --vnet-name ContosoVNet -n to-fabrikam"
                        + " --remote-vnet $fabrikamId --allow-vnet-access --query peeringState -o tsv",
                ""));

        assertThat(replay.err()).isEmpty();
        assertThat(replay.out()).isEqualTo("Initiated\nConnected\n");
        assertThat(az.topology()).peering(FABRIKAM_VNET_ID, "to-contoso").isConnected().isGlobal();
    }
}
