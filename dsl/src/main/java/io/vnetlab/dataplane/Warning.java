package io.vnetlab.dataplane;

import io.vnetlab.model.ResourceId;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A true statement a reader should know although it did not decide the answer: its kind, the resources it
 * concerns and the values it names, in the order its kind lists them.
 */
@API(status = MAINTAINED, since = "0.1")
public record Warning(Kind kind, List<ResourceId> resources, List<Object> values) {

    /** The kinds of warning; each names its resources, then its values. */
    public enum Kind {
        /** resources: the Azure Firewall's interface; values: its address. */
        FIREWALL_RULES_NOT_EVALUATED,
        /** resources: the Azure Firewall; values: its threat-intelligence mode. */
        FIREWALL_THREAT_INTEL_NOT_SIMULATED,
        /** resources: the peerings with allowVirtualNetworkAccess off. */
        VIRTUAL_NETWORK_ACCESS_OFF_WITHOUT_NSG,
        /** resources: the public IP, its interface; values: the address, the source {@link Endpoint}. */
        PUBLIC_ADDRESS_INBOUND_NOT_EVALUATED,
        /**
         * values: the appliances ({@link Place}) requests pass, the destination's address, the appliances replies
         * pass.
         */
        ASYMMETRIC_ROUTING,
        /**
         * resources: the private endpoint the flow goes to, whose connection waits for the approval of its target's
         * owner (docs/azure/private-endpoints.md#rules).
         */
        PRIVATE_ENDPOINT_PENDING,
        /**
         * resources: the private endpoint the flow goes to, whose connection its target's owner rejected
         * (docs/azure/private-endpoints.md#approval).
         */
        PRIVATE_ENDPOINT_REJECTED
    }

    public Warning {
        Objects.requireNonNull(kind, "kind");
        resources = List.copyOf(resources);
        values = List.copyOf(values);
    }

    public static Warning of(Kind kind, List<ResourceId> resources, Object... values) {
        return new Warning(kind, resources, Arrays.asList(values));
    }

    /**
     * Written out rather than generated: a walk keeps its warnings in a set, and a record's generated methods are
     * linked by an invokedynamic bootstrap on their first call, milliseconds that the first explained drop in a JVM
     * would pay.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Warning other && kind == other.kind && resources.equals(other.resources)
                && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * kind.hashCode() + resources.hashCode()) + values.hashCode();
    }

    public ResourceId resource(int index) {
        return resources.get(index);
    }

    @SuppressWarnings("unchecked")
    public <T> T value(int index) {
        return (T) values.get(index);
    }
}
