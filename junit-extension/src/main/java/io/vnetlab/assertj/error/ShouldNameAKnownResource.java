package io.vnetlab.assertj.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A name the topology does not know (or that names several resources), collected by soft assertions: the
 * topology's own answer, which lists the names it knows:
 * <pre>
 * No virtual machine named 'SalesVm1' in this topology. Known: SalesVM, MarketingVM, ResearchVM.
 * </pre>
 */
public class ShouldNameAKnownResource extends BasicErrorMessageFactory {

    public static ErrorMessageFactory shouldNameAKnownResource(IllegalArgumentException lookup) {
        return new ShouldNameAKnownResource(lookup);
    }

    private ShouldNameAKnownResource(IllegalArgumentException lookup) {
        super("%s", unquotedString(lookup.getMessage()));
    }
}
