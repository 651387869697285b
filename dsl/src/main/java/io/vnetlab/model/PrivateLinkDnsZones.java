package io.vnetlab.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The DNS names of the sub-resources a private endpoint can target, as Microsoft lists them
 * (docs/azure/private-dns.md#privatelink-zones): the public zone a target's name is in ({@code blob.core.windows.net})
 * and the private DNS zone its endpoints' records go in ({@code privatelink.blob.core.windows.net}).
 *
 * <pre>{@code
 * PrivateLinkDnsZones.names(endpoint);   // [Name[publicName=data.blob.core.windows.net, privateLinkName=data.privatelink.blob.core.windows.net]]
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class PrivateLinkDnsZones {

    /**
     * One name of an endpoint's target.
     *
     * @param publicName the name public DNS knows, such as {@code data.blob.core.windows.net}
     * @param privateLinkZone the private DNS zone of the sub-resource, such as {@code privatelink.blob.core.windows.net}
     * @param privateLinkName the name in that zone that public DNS makes the public name an alias of
     */
    @API(status = INTERNAL, since = "0.1")
    public record Name(String publicName, String privateLinkZone, String privateLinkName) {
    }

    /**
     * A sub-resource's zones, and the labels of the further names it takes under its target's name ({@code scm}
     * for an App Service site: {@code app.scm.azurewebsites.net}, its Kudu site).
     */
    private record Zones(String publicZone, String privateLinkZone, List<String> furtherLabels) {
        Zones(String publicZone, String privateLinkZone) {
            this(publicZone, privateLinkZone, List.of());
        }
    }

    /** Per sub-resource (group id, in lower case): its public zone and its privatelink zone. */
    private static final Map<String, Zones> ZONES = Map.ofEntries(
            Map.entry("sqlserver", new Zones("database.windows.net", "privatelink.database.windows.net")),
            Map.entry("blob", new Zones("blob.core.windows.net", "privatelink.blob.core.windows.net")),
            Map.entry("table", new Zones("table.core.windows.net", "privatelink.table.core.windows.net")),
            Map.entry("queue", new Zones("queue.core.windows.net", "privatelink.queue.core.windows.net")),
            Map.entry("file", new Zones("file.core.windows.net", "privatelink.file.core.windows.net")),
            Map.entry("web", new Zones("web.core.windows.net", "privatelink.web.core.windows.net")),
            Map.entry("dfs", new Zones("dfs.core.windows.net", "privatelink.dfs.core.windows.net")),
            Map.entry("vault", new Zones("vault.azure.net", "privatelink.vaultcore.azure.net")),
            Map.entry("sites", new Zones("azurewebsites.net", "privatelink.azurewebsites.net", List.of("scm"))),
            Map.entry("registry", new Zones("azurecr.io", "privatelink.azurecr.io")),
            Map.entry("namespace", new Zones("servicebus.windows.net", "privatelink.servicebus.windows.net")),
            Map.entry("sql", new Zones("documents.azure.com", "privatelink.documents.azure.com")),
            Map.entry("rediscache", new Zones("redis.cache.windows.net", "privatelink.redis.cache.windows.net")),
            Map.entry("searchservice", new Zones("search.windows.net", "privatelink.search.windows.net")),
            Map.entry("configurationstores", new Zones("azconfig.io", "privatelink.azconfig.io")),
            Map.entry("mysqlserver", new Zones("mysql.database.azure.com",
                    "privatelink.mysql.database.azure.com")),
            Map.entry("postgresqlserver", new Zones("postgres.database.azure.com",
                    "privatelink.postgres.database.azure.com")));

    private PrivateLinkDnsZones() {
    }

    /**
     * The names of the endpoint's target, per sub-resource whose zones are known: the target's name, then its further
     * names (an App Service site's {@code scm} name).
     */
    public static List<Name> names(PrivateEndpoint endpoint) {
        String target = endpoint.connection().targetName().toLowerCase(Locale.ROOT);
        List<Name> names = new java.util.ArrayList<>();
        endpoint.connection().groupIds().stream().map(g -> ZONES.get(g.toLowerCase(Locale.ROOT)))
                .filter(Objects::nonNull).forEach(z -> {
                    names.add(new Name(target + "." + z.publicZone(), z.privateLinkZone(),
                            target + "." + z.privateLinkZone()));
                    for (String label : z.furtherLabels()) {
                        names.add(new Name(target + "." + label + "." + z.publicZone(), z.privateLinkZone(),
                                target + "." + label + "." + z.privateLinkZone()));
                    }
                });
        return List.copyOf(names);
    }

    /** Whether the zones of every sub-resource the endpoint targets are known. */
    public static boolean knowsAll(PrivateEndpoint endpoint) {
        return endpoint.connection().groupIds().stream().allMatch(g -> ZONES.containsKey(g.toLowerCase(Locale.ROOT)));
    }
}
