package io.vnetlab.katas;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.AzureException;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.fail;

/** Kata failure messages: the concept first, then the evidence from the topology. */
final class Teach {

    private Teach() {
    }

    /** Fails with {@code concept}, then the evidence, unless {@code condition} holds. */
    static void expect(boolean condition, String concept, Supplier<String> evidence) {
        if (!condition) {
            fail(concept + "\n\n" + evidence.get());
        }
    }

    /** Fails with {@code concept} and the verdict's explanation unless {@code from} reaches {@code to}. */
    static void reaches(Topology azure, String from, String to, String concept) {
        Verdict verdict = azure.reach(from, to);
        expect(verdict.reachable(), concept, () -> VerdictRenderer.render(verdict));
    }

    /**
     * Runs the learner's {@code step}; if Azure refuses it, fails with {@code concept}, then Azure's error code and
     * message (which is itself the lesson: a flag set on the wrong side, or in the wrong order).
     */
    static void applies(String concept, Runnable step) {
        try {
            step.run();
        } catch (AzureException refused) {
            fail(concept + "\n\nAzure refused a step of your solution: (" + refused.code() + ") " + refused.getMessage());
        }
    }
}
