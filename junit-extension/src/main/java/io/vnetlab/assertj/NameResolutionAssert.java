package io.vnetlab.assertj;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.NameResolution;
import io.vnetlab.render.NameResolutionText;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

import java.util.Arrays;
import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Assertions on how a VM resolves a name through Azure-provided DNS (docs/azure/private-dns.md#resolution), reached
 * from the VM's assertions:
 *
 * <pre>{@code
 * assertThat(azure.vm("app-vm")).resolves("data.blob.core.windows.net").to("10.0.2.4");
 * assertThat(azure.vm("hub-vm")).resolves("data.blob.core.windows.net").asPublicName();
 * }</pre>
 *
 * A failure shows how the name was resolved, in the words of {@link NameResolutionText}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class NameResolutionAssert extends AbstractAssert<NameResolutionAssert, NameResolution> {

    public NameResolutionAssert(NameResolution actual) {
        super(actual, NameResolutionAssert.class);
    }

    /** The name resolves to exactly these addresses, in any order. */
    public NameResolutionAssert to(String... addresses) {
        isNotNull();
        List<IpAddress> wanted = Arrays.stream(addresses).map(IpAddress::parse).sorted().toList();
        if (!actual.addresses().stream().sorted().toList().equals(wanted)) {
            failWithMessage("%nExpecting %s to resolve %s to:%n  %s%nbut:%n%s", actual.vmId().name(), actual.name(),
                    String.join(", ", Arrays.asList(addresses)), NameResolutionText.render(actual));
        }
        return myself;
    }

    /** The name does not exist (NXDOMAIN): a linked zone holds it without a record, or no host has that name. */
    public NameResolutionAssert asNonExistentDomain() {
        return answeredBy(NameResolution.Answer.NON_EXISTENT_DOMAIN, "not to exist");
    }

    /** The name is answered by public DNS (a public address, not simulated): no linked zone holds it. */
    public NameResolutionAssert asPublicName() {
        return answeredBy(NameResolution.Answer.PUBLIC_NOT_SIMULATED, "to be answered by public DNS");
    }

    private NameResolutionAssert answeredBy(NameResolution.Answer answer, String wanted) {
        isNotNull();
        if (actual.answer() != answer) {
            failWithMessage("%nExpecting %s to find %s %s, but:%n%s", actual.vmId().name(), actual.name(), wanted,
                    NameResolutionText.render(actual));
        }
        return myself;
    }
}
