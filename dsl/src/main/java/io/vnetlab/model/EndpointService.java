package io.vnetlab.model;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An Azure service that a subnet can reach through a service endpoint, in the order
 * {@code az network vnet list-endpoint-services} lists them (docs/azure/service-endpoints.md#services). Each has the
 * name a subnet's {@code serviceEndpoints} give it ({@code Microsoft.Storage}) and, where Azure publishes one, the
 * service tag that names the public prefixes its endpoint routes carry.
 *
 * <pre>{@code
 * EndpointService.find("microsoft.sql");   // Optional[Sql]
 * EndpointService.Storage.serviceName();  // "Microsoft.Storage"
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum EndpointService {
    Storage("Microsoft.Storage", "Storage"),
    Sql("Microsoft.Sql", "Sql"),
    AzureActiveDirectory("Microsoft.AzureActiveDirectory", "AzureActiveDirectory"),
    AzureCosmosDB("Microsoft.AzureCosmosDB", "AzureCosmosDB"),
    Web("Microsoft.Web", "AppService"),
    KeyVault("Microsoft.KeyVault", "AzureKeyVault"),
    EventHub("Microsoft.EventHub", "EventHub"),
    ServiceBus("Microsoft.ServiceBus", "ServiceBus"),
    ContainerRegistry("Microsoft.ContainerRegistry", "AzureContainerRegistry"),
    CognitiveServices("Microsoft.CognitiveServices", "CognitiveServicesFrontend"),
    CosmosDBManagedInstance("Microsoft.CosmosDBManagedInstance", null),
    StorageGlobal("Microsoft.Storage.Global", "Storage");

    private final String serviceName;
    private final String serviceTag;

    EndpointService(String serviceName, String serviceTag) {
        this.serviceName = serviceName;
        this.serviceTag = serviceTag;
    }

    /** The name a subnet's service endpoint gives the service, as Azure spells it: {@code Microsoft.Storage}. */
    public String serviceName() {
        return serviceName;
    }

    /**
     * The service tag whose prefixes the service's endpoint routes carry ({@code Storage}); the service's own name for a
     * service Azure publishes no tag for (docs/azure/decisions.md#service-endpoint-route-prefixes).
     */
    public String routeLabel() {
        return serviceTag == null ? serviceName : serviceTag;
    }

    /** The service of this name, in any case ({@code Microsoft.SQL} is {@link #Sql}), if Azure offers endpoints to it. */
    public static Optional<EndpointService> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (EndpointService service : values()) {
            if (service.serviceName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return serviceName;
    }
}
