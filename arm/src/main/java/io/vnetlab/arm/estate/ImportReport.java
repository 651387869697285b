package io.vnetlab.arm.estate;

import io.vnetlab.arm.DeployedResource;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What an import made: every resource of the inputs with its outcome (deployed, or accepted as a type vnetlab does not
 * simulate), the ids the inputs name outside their resource groups, and warnings.
 *
 * @param resources          every resource deployed, in deployment order
 * @param outsideReferences  ids named outside the group that names them, each once per group
 * @param warnings           what the simulation leaves out of an input (a second IP configuration, say)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ImportReport(List<DeployedResource> resources, List<OutsideReference> outsideReferences,
                           List<String> warnings) {

    public ImportReport {
        resources = List.copyOf(resources);
        outsideReferences = List.copyOf(outsideReferences);
        warnings = List.copyOf(warnings);
    }

    /** The resources of types vnetlab does not simulate (storage accounts, disks, ...): recorded, no effect. */
    public List<DeployedResource> notSimulated() {
        return resources.stream().filter(r -> r.outcome() == DeployedResource.Outcome.NOT_SIMULATED).toList();
    }

    /** The outside references the topology does not hold: resources of other groups no input brought. */
    public List<OutsideReference> missingOutsideReferences() {
        return outsideReferences.stream().filter(r -> !r.imported()).toList();
    }
}
