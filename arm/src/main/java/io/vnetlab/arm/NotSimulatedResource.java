package io.vnetlab.arm;

import io.vnetlab.model.ResourceId;

/**
 * A resource a deployment created that the network model does not simulate (a storage account, a public IP until
 * public IPs are modelled): kept so that later deployments can {@code reference()} it.
 *
 * @param propertiesJson its {@code properties} as deployed
 */
public record NotSimulatedResource(ResourceId id, String type, String location, String propertiesJson) {
}
