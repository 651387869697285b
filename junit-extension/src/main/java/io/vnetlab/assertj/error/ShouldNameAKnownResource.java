package io.vnetlab.assertj.error;

import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A name the topology does not know (or that names several resources), collected by soft assertions: the
 * topology's own answer, which lists the names it knows:
 * <pre>
 * No virtual machine named 'SalesVm1' in this topology. Known: SalesVM, MarketingVM, ResearchVM.
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldNameAKnownResource extends BasicErrorMessageFactory {

    public static ErrorMessageFactory shouldNameAKnownResource(IllegalArgumentException lookup) {
        return new ShouldNameAKnownResource(lookup);
    }

    private ShouldNameAKnownResource(IllegalArgumentException lookup) {
        super("%s", unquotedString(lookup.getMessage()));
    }
}
