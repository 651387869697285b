package io.vnetlab.assertj.error;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.Blocker;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Fix;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.HopDetail;
import io.vnetlab.dataplane.HopOutcome;
import io.vnetlab.dataplane.Place;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.ResourceId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;

/** Rendered text goes into a format string: a {@code %} in it must come out as written. */
class ShouldReachTest {

    @Test
    void a_percent_sign_in_the_verdict_is_printed_as_is() {
        Flow flow = Flow.from(Endpoint.address("10.1.1.4")).to(Endpoint.address("10.9.9.9"));
        ResourceId network = ResourceId.resource("sub", "rg", "Microsoft.Network", "virtualNetworks", "net100%");
        IpAddress destination = IpAddress.parse("10.9.9.9");
        Verdict verdict = new Verdict(flow, false,
                List.of(new Hop(1, Hop.Kind.ROUTE, Place.network(network), null, null, null, null,
                        List.of(new HopDetail.NoInterface(destination)), HopOutcome.DROPPED)),
                List.of(Blocker.of(Blocker.Kind.NO_INTERFACE, List.of(network), destination)),
                List.of(Fix.of(Fix.Kind.REMOVE_USER_ROUTE, List.of(), "allow 50% %n of it")), List.of());
        then(ShouldReach.shouldReach(verdict, "").create())
                .contains("1. net100%: no network interface has address 10.9.9.9")
                .contains("  - No network interface in net100% has address 10.9.9.9.\n")
                .contains("To fix, remove route 'allow 50% %n of it' from route table '?' or change its next hop.");
        then(ShouldNotReach.shouldNotReach(verdict, "TCP/22").create()).contains("net100%");
    }
}
