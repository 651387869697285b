package io.vnetlab.arm;

import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One resource of a template, after a deployment: its template path, type, id, and what became of it.
 *
 * @param templatePath where it is declared, such as {@code resources[3]} or {@code resources[0].resources[1]}
 */
@API(status = MAINTAINED, since = "0.1")
public record DeployedResource(String templatePath, String type, ResourceId id, Outcome outcome) {

    public enum Outcome {
        /** Deployed into the simulated network model. */
        SIMULATED,
        /** Accepted and recorded, but the simulator does not model this type (yet): no effect on the network. */
        NOT_SIMULATED,
        /** Its {@code condition} was false: not deployed, as ARM skips it. */
        SKIPPED_BY_CONDITION
    }

    @Override
    public String toString() {
        return outcome + " " + type + " '" + id.name() + "' (" + templatePath + ")";
    }
}
