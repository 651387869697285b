package io.vnetlab.arm;

import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A deployment as the topology remembers it ({@code Microsoft.Resources/deployments}), so that {@code az
 * deployment group show} and later templates can read its outputs: {@code state.all(DeploymentRecord.class)}.
 *
 * @param outputsJson the outputs as ARM shows them: {@code {"name": {"type": "String", "value": ...}}}
 */
@API(status = MAINTAINED, since = "0.1")
public record DeploymentRecord(ResourceId id, String name, String outputsJson, List<DeployedResource> resources) {

    public DeploymentRecord {
        resources = List.copyOf(resources);
    }
}
