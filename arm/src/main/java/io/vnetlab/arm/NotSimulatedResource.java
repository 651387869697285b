package io.vnetlab.arm;

import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A resource a deployment created that the network model does not simulate (a storage account, a public IP until
 * public IPs are modelled): kept so that later deployments can {@code reference()} it.
 *
 * @param propertiesJson its {@code properties} as deployed
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NotSimulatedResource(ResourceId id, String type, String location, String propertiesJson) {
}
