package io.vnetlab.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A group assertion over a selection that holds no VM, which would pass without checking anything:
 * <pre>
 * Expecting the selection:
 *   VMs in EmptyVNet []
 * to hold at least one VM, since an assertion over no VMs checks nothing.
 * To allow an empty selection, call allowEmpty() before the assertion.
 * </pre>
 */
public class ShouldNotBeEmptySelection extends BasicErrorMessageFactory {

    public static ErrorMessageFactory shouldNotBeEmptySelection(Object selection) {
        return new ShouldNotBeEmptySelection(selection);
    }

    private ShouldNotBeEmptySelection(Object selection) {
        super("%nExpecting the selection:%n  %s%nto hold at least one VM, since an assertion over no VMs checks"
                + " nothing.%nTo allow an empty selection, call allowEmpty() before the assertion.%n",
                unquotedString(selection.toString()));
    }
}
