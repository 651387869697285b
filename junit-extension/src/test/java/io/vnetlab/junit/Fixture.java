package io.vnetlab.junit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a fixture class: a test class that exists to be run by {@link Fixtures#run} through JUnit's
 * {@code EngineTestKit}, never on its own. Its condition disables it unless the configuration parameter
 * {@value #PARAMETER} is {@code run}, which only {@link Fixtures#run} sets; so the normal build (and an IDE) skips
 * it, and some fixtures fail on purpose.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(Fixture.OnlyInEngineTestKit.class)
@interface Fixture {

    String PARAMETER = "vnetlab.fixtures";

    /** Enables a fixture only when the engine test kit runs it. */
    final class OnlyInEngineTestKit implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER).filter("run"::equals).isPresent()
                    ? ConditionEvaluationResult.enabled("run by the engine test kit")
                    : ConditionEvaluationResult.disabled("a fixture of the extension's tests: run by Fixtures.run");
        }
    }
}
