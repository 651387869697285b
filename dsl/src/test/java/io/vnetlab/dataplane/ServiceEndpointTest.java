package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.EndpointService;
import io.vnetlab.model.Region;
import io.vnetlab.model.RouteNextHopType;
import io.vnetlab.model.ServiceEndpoint;
import io.vnetlab.model.Subnet;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Service endpoints of a subnet: the model, the Java DSL, the route only their subnet gets
 * (docs/azure/service-endpoints.md#model, #routes, #errors).
 */
class ServiceEndpointTest {

    private static Topology network() {
        Topology t = Topology.create();
        t.networks().define("vnet-1").withRegion(Region.EAST_US).withAddressSpace("10.0.0.0/16")
                .withSubnet("subnet-public", "10.0.0.0/24").withSubnet("subnet-private", "10.0.1.0/24").create();
        t.virtualMachines().define("vm-public").withExistingPrimaryNetwork("vnet-1").withSubnet("subnet-public").create();
        t.virtualMachines().define("vm-private").withExistingPrimaryNetwork("vnet-1").withSubnet("subnet-private")
                .create();
        return t;
    }

    @Test
    void a_subnet_enables_endpoints_by_service_name_in_any_case_and_azure_fills_every_location() {
        Topology t = network();

        Subnet subnet = t.networks().setServiceEndpoints("vnet-1", "subnet-private", "Microsoft.Storage", "microsoft.SQL");

        assertThat(subnet.serviceEndpoints()).containsExactly(ServiceEndpoint.to(EndpointService.Storage),
                ServiceEndpoint.to(EndpointService.Sql));
        assertThat(subnet.serviceEndpoints().get(0).locations()).containsExactly("*");
        assertThat(t.subnet("vnet-1", "subnet-public").serviceEndpoints()).isEmpty();
    }

    @Test
    void the_endpoint_route_is_listed_after_the_others_in_its_own_subnet_only_and_takes_part_in_no_lookup() {
        Topology t = network();
        EffectiveRouteTable before = t.effectiveRoutes("vm-private");

        t.networks().setServiceEndpoints("vnet-1", "subnet-private", "Microsoft.Storage");

        EffectiveRouteTable routes = t.effectiveRoutes("vm-private");
        assertThat(routes.serviceEndpointRoutes()).extracting(ServiceEndpointRoute::service)
                .containsExactly(EndpointService.Storage);
        assertThat(routes.routes()).isEqualTo(before.routes());
        assertThat(t.effectiveRoutes("vm-public").serviceEndpointRoutes()).isEmpty();
        assertThat(Tables.effectiveRoutes(routes)).endsWith(
                "Default   Active   192.168.0.0/16    None\n"
                + "Default   Active   Storage           VirtualNetworkServiceEndpoint\n");
    }

    @Test
    void endpoints_stay_when_the_subnet_gets_a_route_table_or_its_network_a_new_subnet_and_go_when_none_are_named() {
        Topology t = network();
        t.networks().setServiceEndpoints("vnet-1", "subnet-private", "Microsoft.KeyVault");
        t.routeTables().define("rt").withRegion(Region.EAST_US).withRoute("0.0.0.0/0", RouteNextHopType.None).create();

        t.routeTables().associate("rt", "vnet-1", "subnet-private");
        t.networks().update("vnet-1").withSubnet("subnet-extra", "10.0.2.0/24").apply();

        assertThat(t.subnet("vnet-1", "subnet-private").serviceEndpoints())
                .containsExactly(ServiceEndpoint.to(EndpointService.KeyVault));
        assertThat(t.networks().setServiceEndpoints("vnet-1", "subnet-private").serviceEndpoints()).isEmpty();
    }

    @Test
    void an_unknown_service_is_refused_with_azures_code_and_changes_nothing() {
        Topology t = network();
        t.networks().setServiceEndpoints("vnet-1", "subnet-private", "Microsoft.Storage");

        AzureException e = catchThrowableOfType(AzureException.class,
                () -> t.networks().setServiceEndpoints("vnet-1", "subnet-private", "Microsoft.Blob"));

        assertThat(e.code()).isEqualTo(AzureErrorCode.SubnetHasServiceEndpointWithInvalidServiceName);
        assertThat(e.getMessage()).startsWith("Subnet subnet-private of virtual network vnet-1 has a service endpoint"
                + " with an invalid service name 'Microsoft.Blob'. Valid service names: Microsoft.Storage,");
        assertThat(t.subnet("vnet-1", "subnet-private").serviceEndpoints())
                .containsExactly(ServiceEndpoint.to(EndpointService.Storage));
    }

    @Test
    void a_service_named_twice_is_refused() {
        Topology t = network();

        AzureException e = catchThrowableOfType(AzureException.class, () -> t.networks()
                .setServiceEndpoints("vnet-1", "subnet-private", "Microsoft.Storage", "MICROSOFT.STORAGE"));

        assertThat(e.code()).isEqualTo(AzureErrorCode.DuplicateServiceEndpointOnSubnet);
    }

    @Test
    void locations_a_request_names_are_kept_and_none_named_reads_as_every_location() {
        assertThat(new ServiceEndpoint(EndpointService.Storage, List.of("eastus", "westus")).locations())
                .containsExactly("eastus", "westus");
        assertThat(new ServiceEndpoint(EndpointService.Storage, List.of()).locations()).containsExactly("*");
        assertThat(EndpointService.find(" Microsoft.Storage.Global ")).contains(EndpointService.StorageGlobal);
        assertThat(EndpointService.find("Microsoft.Blob")).isEmpty();
        assertThat(EndpointService.Web.routeLabel()).isEqualTo("AppService");
        assertThat(EndpointService.CosmosDBManagedInstance.routeLabel()).isEqualTo("Microsoft.CosmosDBManagedInstance");
    }
}
