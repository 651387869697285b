package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A service endpoint of a subnet: the service its machines reach over the Azure backbone, and the locations of that
 * service the endpoint covers — as the request named them, or {@code *} when it named none, as Azure fills them in
 * (docs/azure/service-endpoints.md#locations).
 *
 * <pre>{@code
 * subnet.serviceEndpoints().get(0).service();     // EndpointService.Storage
 * subnet.serviceEndpoints().get(0).locations();   // ["*"]
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ServiceEndpoint(EndpointService service, List<String> locations) {

    /** What Azure lists as the locations of an endpoint whose request named none. */
    public static final List<String> ALL_LOCATIONS = List.of("*");

    public ServiceEndpoint {
        Arguments.requireGiven(service, "service");
        locations = locations == null || locations.isEmpty() ? ALL_LOCATIONS : List.copyOf(locations);
    }

    /** An endpoint to {@code service} whose locations Azure fills in. */
    public static ServiceEndpoint to(EndpointService service) {
        return new ServiceEndpoint(service, ALL_LOCATIONS);
    }
}
