package io.vnetlab.az;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * Every value-taking option of every registered command (the registry's list, so a new command is covered) gets
 * every class of {@link MalformedValues}, one at a time, in the command's {@link CommandBases base}, and then
 * seeded random strings: each answer keeps the promises of {@link AzProbe}.
 */
class BadInputMalformedValuesTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261205L);
    private static final int CLASSES_PER_OPTION = 4;
    private static final Registry REGISTRY = Registry.standard();

    @Test
    void every_command_has_a_base_that_succeeds() {
        List<String> failing = new ArrayList<>();
        for (String command : REGISTRY.commands().keySet()) {
            if (!CommandBases.BASES.containsKey(command)) {
                failing.add(command + ": no base in CommandBases");
                continue;
            }
            AzResult r = BadInputWorld.fork().run(CommandBases.args(command));
            if (!r.succeeded()) {
                failing.add(command + ": " + r.err());
            }
        }
        assertThat(failing).isEmpty();
    }

    @Test
    void the_world_is_what_its_journal_replays_to() {
        assertThat(BadInputWorld.replayMismatch()).isEmpty();
    }

    /**
     * Each option of each command gets {@value #CLASSES_PER_OPTION} hostile classes, drawn with the seed, one value
     * of each: every class meets every kind of option across the registry within the budget, and another seed
     * draws other pairs.
     */
    @Test
    void hostile_classes_in_every_option_keep_the_promises() {
        Findings findings = new Findings("malformed values");
        Random draw = new Random(SEED);
        for (Map.Entry<String, AzCommand> entry : REGISTRY.commands().entrySet()) {
            String command = entry.getKey();
            for (Param param : CommandBases.valueTaking(entry.getValue())) {
                List<Map.Entry<String, List<String>>> classes =
                        new ArrayList<>(MalformedValues.classesFor(param).entrySet());
                Collections.shuffle(classes, draw);
                for (Map.Entry<String, List<String>> valueClass : classes.subList(0, CLASSES_PER_OPTION)) {
                    List<String> values = valueClass.getValue();
                    String value = values.get(draw.nextInt(values.size()));
                    AzProbe.Case c = new AzProbe.Case(findings.family(), command, param.dest(), valueClass.getKey(),
                            CommandBases.withValue(command, param, value),
                            MalformedValues.expect(command, param, valueClass.getKey()));
                    findings.countCase();
                    findings.addAll(BadInputWorld.probe(c));
                }
            }
        }
        findings.assertKept();
    }

    @Test
    void seeded_random_strings_in_every_option_keep_the_promises() {
        Findings findings = new Findings("malformed values (random strings)");
        List<String> commands = List.copyOf(REGISTRY.commands().keySet());
        qt().withFixedSeed(SEED).withExamples(600)
                .forAll(integers().between(0, commands.size() - 1), integers().between(0, 40),
                        strings().allPossible().ofLengthBetween(0, 24))
                .checkAssert((commandIndex, paramIndex, value) -> {
                    String command = commands.get(commandIndex);
                    List<Param> params = CommandBases.valueTaking(REGISTRY.command(command).orElseThrow());
                    Param param = params.get(paramIndex % params.size());
                    String valueClass = value.isEmpty() ? "blank" : value.isBlank() ? "whitespace" : "random";
                    AzProbe.Case c = new AzProbe.Case(findings.family(), command, param.dest(), valueClass,
                            CommandBases.withValue(command, param, value), AzProbe.Expect.ANY);
                    findings.countCase();
                    findings.addAll(BadInputWorld.probe(c));
                });
        findings.assertKept();
    }
}
