package io.vnetlab.benchmarks;

import io.vnetlab.reference.ReferenceTopologies;

/**
 * What a test suite does first, as a program of its own: build the Learn module and ask one question. Forked by
 * {@link ForkedTimings} to time a JVM from its start to the first answer.
 */
public final class FirstAnswer {

    private FirstAnswer() {
    }

    public static void main(String[] args) {
        System.out.println(ReferenceTopologies.learnModule().reach("SalesVM", "ResearchVM").reachable());
    }
}
