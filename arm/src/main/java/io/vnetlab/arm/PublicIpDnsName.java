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

    /** The name Azure gives the address for {@code label} in {@code region}: {@code <label>.<region>.cloudapp.azure.com}. */
    public static PublicIpDnsName of(ResourceId id, String label, String region) {
        return new PublicIpDnsName(id, PublicIpAddressHandler.fqdn(label, region));
    }

    /** The label the FQDN starts with ({@code dnsSettings.domainNameLabel}). */
    public String label() {
        return fqdn.substring(0, fqdn.indexOf('.'));
    }
}
