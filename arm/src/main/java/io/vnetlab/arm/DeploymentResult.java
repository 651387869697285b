package io.vnetlab.arm;

import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * What a deployment did: every resource of the template with its outcome (simulated, not simulated, skipped by
 * its condition), the outputs (plain Java values: String, Integer, Boolean, List, Map), and warnings (things real
 * ARM might do differently, such as a missing {@code dependsOn}).
 */
@API(status = MAINTAINED, since = "0.1")
public record DeploymentResult(String name, ResourceId id, List<DeployedResource> resources,
                               Map<String, Object> outputs, List<String> warnings) {

    public DeploymentResult {
        resources = List.copyOf(resources);
        outputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
        warnings = List.copyOf(warnings);
    }

    /** The resources deployed into the network model. */
    public List<DeployedResource> simulated() {
        return having(DeployedResource.Outcome.SIMULATED);
    }

    /** The resources accepted but not simulated (storage, diagnostics, types not modelled yet). */
    public List<DeployedResource> notSimulated() {
        return having(DeployedResource.Outcome.NOT_SIMULATED);
    }

    /** The resources whose {@code condition} was false. */
    public List<DeployedResource> skipped() {
        return having(DeployedResource.Outcome.SKIPPED_BY_CONDITION);
    }

    /** The output of this name (case-insensitive, as ARM's names are); {@code null} for a nullable output left null. */
    public Object output(String outputName) {
        for (Map.Entry<String, Object> e : outputs.entrySet()) {
            if (e.getKey().equalsIgnoreCase(outputName)) {
                return e.getValue();
            }
        }
        throw new NoSuchElementException("Deployment '" + name + "' has no output '" + outputName + "'. Its outputs: "
                + String.join(", ", outputs.keySet()) + ".");
    }

    private List<DeployedResource> having(DeployedResource.Outcome outcome) {
        return resources.stream().filter(r -> r.outcome() == outcome).toList();
    }

    /** A report: one line per resource, then the warnings. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("deployment '" + name + "': " + simulated().size() + " simulated, "
                + notSimulated().size() + " not simulated, " + skipped().size() + " skipped by condition\n");
        resources.forEach(r -> sb.append("  ").append(r).append('\n'));
        warnings.forEach(w -> sb.append("  warning: ").append(w).append('\n'));
        return sb.toString();
    }
}
