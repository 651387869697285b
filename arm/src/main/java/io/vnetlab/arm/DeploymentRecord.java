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
 * @param location where Azure keeps the data of a deployment above a resource group (a subscription's
 *                 {@code --location}, as a region name such as {@code westeurope}); {@code null} for a deployment to a
 *                 resource group, which has none
 */
@API(status = MAINTAINED, since = "0.1")
public record DeploymentRecord(ResourceId id, String name, String outputsJson, List<DeployedResource> resources,
                               String location) {

    public DeploymentRecord {
        resources = List.copyOf(resources);
    }

    /** A deployment to a resource group, which has no location. */
    public DeploymentRecord(ResourceId id, String name, String outputsJson, List<DeployedResource> resources) {
        this(id, name, outputsJson, resources, null);
    }
}
