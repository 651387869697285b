package io.vnetlab.controlplane;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.EndpointService;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.ServiceEndpoint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks the service endpoints a subnet's PUT asks for (docs/azure/service-endpoints.md#errors): every service must be
 * one Azure offers endpoints to, and each at most once. Front ends call it (through
 * {@link ResourceManager#requireValidServiceEndpoints}) before they change anything, so that a command that creates a
 * subnet and enables its endpoints refuses a wrong name whole.
 */
final class ServiceEndpoints {

    private ServiceEndpoints() {
    }

    /**
     * The endpoints {@code requested} of subnet {@code subnetId}, with the locations Azure fills in where the request
     * named none.
     *
     * @throws AzureException {@code SubnetHasServiceEndpointWithInvalidServiceName} for an unknown service,
     *                        {@code DuplicateServiceEndpointOnSubnet} for a service named twice
     */
    static List<ServiceEndpoint> resolve(List<ServiceEndpointRequest> requested, ResourceId subnetId) {
        List<ServiceEndpoint> endpoints = new ArrayList<>();
        Set<EndpointService> seen = EnumSet.noneOf(EndpointService.class);
        for (ServiceEndpointRequest request : requested) {
            EndpointService service = EndpointService.find(request.service()).orElseThrow(() -> new AzureException(
                    AzureErrorCode.SubnetHasServiceEndpointWithInvalidServiceName, "Subnet " + subnetId.name()
                    + " of virtual network " + subnetId.parent().map(ResourceId::name).orElse("?")
                    + " has a service endpoint with an invalid service name '" + request.service() + "'. Valid"
                    + " service names: " + validNames() + ".", subnetId));
            if (!seen.add(service)) {
                throw new AzureException(AzureErrorCode.DuplicateServiceEndpointOnSubnet, "Subnet "
                        + subnetId.name() + " names service endpoint " + service.serviceName() + " more than once;"
                        + " a subnet has at most one service endpoint per service.", subnetId);
            }
            endpoints.add(new ServiceEndpoint(service, request.locations()));
        }
        return endpoints;
    }

    private static String validNames() {
        return Stream.of(EndpointService.values()).map(EndpointService::serviceName).collect(Collectors.joining(", "));
    }
}
