package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A failing test whose verdict was decided by an NSG rule, for the report entry. */
@Fixture
@VnetlabTest
class NsgReportFixture {

    @TestTopology
    static Topology azure = withSshDeniedFromSales();

    static Topology withSshDeniedFromSales() {
        Topology t = ReferenceTopologies.learnModule();
        t.networkSecurityGroups().define("MarketingNSG").withRegion(Region.NORTH_EUROPE)
                .defineRule("deny-ssh-from-sales")
                    .denyInbound().fromAddress("10.1.0.0/16").fromAnyPort().toAnyAddress().toPort(22)
                    .withProtocol(Protocol.Tcp).withPriority(200)
                    .attach()
                .create();
        t.networkSecurityGroups().associateWithSubnet("MarketingNSG", "MarketingVNet", "Apps");
        return t;
    }

    @Test
    void fails_on_ssh_denied_by_an_nsg_rule(Topology fork) {
        Flow ssh = Flow.from(fork.endpoint("SalesVM")).to(fork.endpoint("MarketingVM")).on(Protocol.Tcp, 22);
        assertThat(fork.evaluate(ssh).reachable()).as("SalesVM reaches MarketingVM over SSH").isTrue();
    }
}
