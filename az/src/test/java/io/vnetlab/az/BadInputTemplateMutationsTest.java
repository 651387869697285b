package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.Topology;
import io.vnetlab.arm.ArmDeployment;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AzureException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Seeded mutations of a valid ARM template ({@link TemplateMutations}), deployed through the Java API and through
 * {@code az deployment group create}: each ends in ARM's error, with the topology exactly as before, or in a
 * deployment that leaves no reference dangling — never in Java internals or half a deployment.
 */
class BadInputTemplateMutationsTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261205L);
    private static final JsonNode TEMPLATE = Json.parse(resource("badinput-template.json"));

    @Test
    void the_unmutated_template_deploys() {
        Topology topology = BadInputWorld.fork().topology();
        ArmDeployment.into(topology, "rg").templateJson(TEMPLATE.toString()).deploy();
        assertThat(topology.state().named(io.vnetlab.model.VirtualNetwork.class, "tv1")).hasSize(1);
    }

    @Test
    void mutated_templates_fail_cleanly_or_deploy_whole() {
        Findings findings = new Findings("template mutations");
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(integers().between(0, TemplateMutations.KINDS.length - 1), integers().between(0, 10_000),
                        integers().between(0, 1_000))
                .checkAssert((kind, where, how) -> {
                    TemplateMutations.Mutated mutated = TemplateMutations.mutate(TEMPLATE, kind, where, how);
                    String mutation = mutated.label();
                    String json = mutated.template().toString();
                    Violation unbounded = new Violation(findings.family(), "arm template", "template", mutation,
                            Violation.Rule.UNCAUGHT_THROWABLE, "unbounded work");
                    if (KnownUnfixed.tolerates(unbounded)) {
                        return;   // the known unbounded cases would run out of memory: not run until fixed
                    }
                    findings.countCase();
                    deployThroughTheJavaApi(findings, mutation, json, mutated.invalid());
                    AzProbe.Case c = new AzProbe.Case(findings.family(), "deployment group create", "template",
                            mutation, List.of("deployment", "group", "create", "-g", "rg", "-n", "mutated",
                                    DeploymentCommands.TEMPLATE_JSON, json),
                            mutated.invalid() ? AzProbe.Expect.REFUSAL : AzProbe.Expect.ANY);
                    findings.countCase();
                    findings.addAll(BadInputWorld.probe(c));
                });
        findings.assertKept();
    }

    private static void deployThroughTheJavaApi(Findings findings, String mutation, String json, boolean invalid) {
        Topology topology = BadInputWorld.fork().topology();
        TopologyState before = topology.state();
        try {
            ArmDeployment.into(topology, "rg").templateJson(json).deploy();
            if (invalid) {
                findings.add(violation(findings, mutation, Violation.Rule.INVALID_ACCEPTED, json));
            }
            for (String dangling : DanglingReferences.in(topology.state())) {
                findings.add(violation(findings, mutation, Violation.Rule.DANGLING_REFERENCE, dangling));
            }
        } catch (AzureException refused) {
            if (topology.state() != before) {
                findings.add(violation(findings, mutation, Violation.Rule.REFUSAL_CHANGED_STATE,
                        refused.getMessage()));
            }
            JavaInternals.in(refused.getMessage()).ifPresent(marker -> findings.add(violation(findings, mutation,
                    Violation.Rule.JAVA_INTERNALS, marker + " in: " + refused.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            findings.add(violation(findings, mutation, Violation.Rule.UNCAUGHT_THROWABLE, e.toString()));
        }
    }

    private static Violation violation(Findings findings, String mutation, Violation.Rule rule, String seen) {
        return new Violation(findings.family(), "ArmDeployment.deploy", "template", mutation, rule, seen);
    }

    private static String resource(String name) {
        try (InputStream in = BadInputTemplateMutationsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
