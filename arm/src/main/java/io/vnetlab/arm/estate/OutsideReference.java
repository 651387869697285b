package io.vnetlab.arm.estate;

import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A resource id an imported resource group names that lies outside it — in another group or subscription, as an
 * export writes it into an {@code *_externalid} parameter.
 *
 * @param id            the id named
 * @param resourceGroup the imported group that names it
 * @param imported      whether the topology holds it after the import (another input held its group, or it was
 *                      there before); a resource of a type vnetlab does not simulate is never held
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record OutsideReference(ResourceId id, String resourceGroup, boolean imported) {
}
