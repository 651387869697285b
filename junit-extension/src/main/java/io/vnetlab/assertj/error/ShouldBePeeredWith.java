package io.vnetlab.assertj.error;

import io.vnetlab.model.VirtualNetwork;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Two networks that should be peered (a peering in each direction, both {@code Connected}) and are not, with the
 * state of each direction:
 * <pre>
 * Expecting:
 *   virtual network 'SalesVNet' [10.1.0.0/16] (northeurope)
 * to be peered with:
 *   virtual network 'ResearchVNet' [10.3.0.0/16] (westeurope)
 * (a peering in each direction, both Connected), but:
 *   SalesVNet -> ResearchVNet: peering 'SalesVNet/SalesVNet-To-ResearchVNet' Initiated
 *   ResearchVNet -> SalesVNet: no peering
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldBePeeredWith extends BasicErrorMessageFactory {

    /** {@code directions}: one line per direction, as {@code A -> B: ...}. */
    public static ErrorMessageFactory shouldBePeeredWith(VirtualNetwork network, VirtualNetwork other,
                                                         String directions) {
        return new ShouldBePeeredWith("%nExpecting:%n  %s%nto be peered with:%n  %s%n(a peering in each direction,"
                + " both Connected), but:%n" + Texts.escaped(directions), network, other);
    }

    public static ErrorMessageFactory shouldNotBePeeredWith(VirtualNetwork network, VirtualNetwork other,
                                                            String directions) {
        return new ShouldBePeeredWith("%nExpecting:%n  %s%nnot to be peered with:%n  %s%nbut:%n"
                + Texts.escaped(directions), network, other);
    }

    private ShouldBePeeredWith(String format, VirtualNetwork network, VirtualNetwork other) {
        super(format, network, other);
    }
}
