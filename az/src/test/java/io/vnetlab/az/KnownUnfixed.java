package io.vnetlab.az;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The ONE place where the bad-input suite tolerates a broken promise: input classes whose fix is not in this
 * branch yet. Each entry names the case and the rule it breaks; delete an entry when its fix lands, and the suite
 * holds that class again. An entry matches a {@link Violation} on its rule, its surface (a regular expression over
 * the command or API), its parameter and its value class (regular expressions too).
 */
final class KnownUnfixed {

    record Entry(Violation.Rule rule, Pattern surface, Pattern param, Pattern valueClass, String why) {

        boolean matches(Violation v) {
            return v.rule() == rule && surface.matcher(v.surface()).matches() && param.matcher(v.param()).matches()
                    && valueClass.matcher(v.valueClass()).matches();
        }
    }

    static final List<Entry> ENTRIES = List.of(
            entry(Violation.Rule.MISSING_REFERENCE_ACCEPTED, "network lb address-pool address remove", "name",
                    ".*", "the address is found by --ip-address and --vnet; the name of a backend address is not"
                            + " stored yet, so a remove cannot check that it names one"));

    private KnownUnfixed() {
    }

    static boolean tolerates(Violation v) {
        return ENTRIES.stream().anyMatch(e -> e.matches(v));
    }

    private static Entry entry(Violation.Rule rule, String surface, String param, String valueClass, String why) {
        return new Entry(rule, Pattern.compile(surface), Pattern.compile(param), Pattern.compile(valueClass), why);
    }
}
