package io.vnetlab.arm;

import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The DNS name a template gave a public IP address ({@code dnsSettings.domainNameLabel}) and the FQDN Azure derives
 * from it, kept with the deployment's records so that a site named by {@code fqdn} — in this deployment or a later
 * one — resolves to that address as Azure's DNS would resolve it.
 *
 * @param id   the public IP address
 * @param fqdn {@code <label>.<region>.cloudapp.azure.com}, lower case
 */
@API(status = MAINTAINED, since = "0.1")
public record PublicIpDnsName(ResourceId id, String fqdn) {
}
