package io.vnetlab.az;

import io.vnetlab.controlplane.TopologyState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command of the registry, in its {@link CommandBases base} on the {@link BadInputWorld}, with each of its
 * value-taking options given a blank value ({@code ""} or spaces): the answer is in the CLI's or Azure's words, never
 * a Java parameter or exception name, and a refusal changes nothing.
 */
class BlankValuesTest {

    /** What a message must not show: Java parameter checks, exception names, JVM packages, JDK texts. */
    private static final Pattern JAVA_INTERNALS = Pattern.compile("cannot be (null|blank)|Exception|\\w+Error\\b"
            + "|java\\.|Cannot invoke|out of bounds|\\bnull\\b");

    @Test
    void a_blank_value_is_answered_in_the_cli_words_and_a_refusal_changes_nothing() {
        List<String> findings = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, AzCommand> entry : Registry.standard().commands().entrySet()) {
            List<Param> params = new ArrayList<>(entry.getValue().params());
            Args.GLOBAL.stream().filter(p -> p.dest().equals("subscription") || p.dest().equals("query"))
                    .forEach(params::add);
            for (Param param : params) {
                if (param.kind() == Param.Kind.SWITCH || param.kind() == Param.Kind.BOOLEAN) {
                    continue;
                }
                for (String blank : List.of("", "  ")) {
                    cases++;
                    Az copy = BadInputWorld.fork();
                    TopologyState before = copy.topology().state();
                    AzResult r = copy.run(CommandBases.withValue(entry.getKey(), param, blank));
                    String where = entry.getKey() + " " + param.names().get(0) + " '" + blank + "': ";
                    if (JAVA_INTERNALS.matcher(r.err()).find()) {
                        findings.add(where + r.err());
                    }
                    if (!r.succeeded() && copy.topology().state() != before) {
                        findings.add(where + "refused (" + r.err().strip() + ") but changed the state");
                    }
                }
            }
        }
        assertThat(cases).isGreaterThan(300);
        assertThat(findings).isEmpty();
    }

    @Test
    void a_blank_name_is_a_missing_value_as_the_cli_words_it() {
        AzResult r = BadInputWorld.fork().run("network vnet create", "-g", "rg", "-n", " ");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: argument --name/-n: expected one argument\n");
    }

    @Test
    void an_empty_nsg_still_means_none() {
        List<String> args = new ArrayList<>(BadInputWorld.words("vm create -g rg -n vm3 --image Ubuntu2204 --vnet-name hub"
                + " --subnet app"));
        args.addAll(List.of("--nsg", "", "--public-ip-address", ""));

        AzResult r = BadInputWorld.fork().run(args);

        assertThat(r.err()).isEmpty();
    }
}
