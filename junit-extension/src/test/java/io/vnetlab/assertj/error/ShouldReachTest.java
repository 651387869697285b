package io.vnetlab.assertj.error;

import io.vnetlab.dataplane.Blocker;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.HopOutcome;
import io.vnetlab.dataplane.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.BDDAssertions.then;

/** Pre-rendered text goes into a format string: a {@code %} in it must come out as written. */
class ShouldReachTest {

    @Test
    void a_percent_sign_in_the_verdict_is_printed_as_is() {
        Flow flow = Flow.from(Endpoint.address("10.1.1.4")).to(Endpoint.address("10.9.9.9"));
        Verdict verdict = new Verdict(flow, false,
                List.of(new Hop(1, "A/B", null, "rule 'Deny 100% of it'", HopOutcome.DROPPED)),
                List.of(Blocker.of("100% blocked")), List.of("allow 50% %n of it"), List.of());
        then(ShouldReach.shouldReach(verdict, "").create())
                .contains("rule 'Deny 100% of it'").contains("  - 100% blocked\n").contains("To fix, allow 50% %n of it.");
        then(ShouldNotReach.shouldNotReach(verdict, "TCP/22").create()).contains("100% blocked");
    }
}
