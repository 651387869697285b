package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.ServiceEndpoint;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A service endpoint as a subnet's PUT carries it: the service's name as written ({@code Microsoft.Storage}, in any
 * case) and the locations the request names, empty when it names none and Azure fills them in
 * (docs/azure/service-endpoints.md#locations). The control plane checks the name.
 *
 * <pre>{@code
 * new SubnetRequest("app", "10.0.1.0/24")
 *         .withServiceEndpoints(List.of(ServiceEndpointRequest.to("Microsoft.Storage")));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ServiceEndpointRequest(String service, List<String> locations) {

    public ServiceEndpointRequest {
        Arguments.requireText(service, "service");
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    /** An endpoint to {@code service} whose locations Azure fills in. */
    public static ServiceEndpointRequest to(String service) {
        return new ServiceEndpointRequest(service, List.of());
    }

    /** The request that would PUT {@code endpoint} as it is. */
    public static ServiceEndpointRequest of(ServiceEndpoint endpoint) {
        return new ServiceEndpointRequest(endpoint.service().serviceName(), endpoint.locations());
    }
}
