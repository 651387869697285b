package io.vnetlab.assertj.error;

import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A group assertion over a selection that holds no VM, which would pass without checking anything:
 * <pre>
 * Expecting the selection:
 *   VMs in EmptyVNet []
 * to hold at least one VM, since an assertion over no VMs checks nothing.
 * To allow an empty selection, call allowEmpty() before the assertion.
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldNotBeEmptySelection extends BasicErrorMessageFactory {

    public static ErrorMessageFactory shouldNotBeEmptySelection(Object selection) {
        return new ShouldNotBeEmptySelection(selection);
    }

    /** Both selections hold only the same single VM, so there is no pair of distinct VMs to check. */
    public static ErrorMessageFactory shouldHavePairs(Object from, Object to) {
        return new ShouldNotBeEmptySelection("%nExpecting at least one pair of distinct VMs from:%n  %s%nto:%n  %s%n"
                + "since an assertion over no pair checks nothing.%nTo allow this, call allowEmpty() before the"
                + " assertion.%n", unquotedString(from.toString()), unquotedString(to.toString()));
    }

    private ShouldNotBeEmptySelection(String format, Object... arguments) {
        super(format, arguments);
    }

    private ShouldNotBeEmptySelection(Object selection) {
        super("%nExpecting the selection:%n  %s%nto hold at least one VM, since an assertion over no VMs checks"
                + " nothing.%nTo allow an empty selection, call allowEmpty() before the assertion.%n",
                unquotedString(selection.toString()));
    }
}
