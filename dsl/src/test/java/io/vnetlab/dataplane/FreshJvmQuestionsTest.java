package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the first questions after a build cost in a fresh JVM is mostly linking: a lambda, a method reference, a stream
 * step or a record's generated {@code equals} and {@code hashCode} is linked by an invokedynamic bootstrap on its first
 * call — a class spun, method handles built, milliseconds each before the JIT compiles anything. The walk, its stages
 * and the data plane's lookups are therefore written without them. A JVM of its own builds every reference topology,
 * then asks every ordered pair of VMs of each by name, and logs the classes it loads: none loaded while it asks may
 * be a lambda or a lambda form.
 */
class FreshJvmQuestionsTest {

    private static final String ASKING = "-- asking --";
    private static final String ASKED = "-- asked --";

    @Test
    void everyQuestionOnTheReferenceTopologiesLinksNoLambdaAndSpinsNoMethodHandle() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("-XX:")) {
                command.add(argument);   // the compiler and collector choices of the JVM that runs the tests
            }
        }
        // without the background preloading of the walk's classes, so that the log shows what the questions load
        command.addAll(List.of("-Dvnetlab.preload=false", "-Xlog:class+load=info:stdout", "-cp",
                System.getProperty("java.class.path"), EveryPairOfEveryReferenceTopology.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        String asking = output.substring(output.indexOf(ASKING), output.indexOf(ASKED));
        List<String> linked = asking.lines()
                .filter(line -> line.contains("$$Lambda") || line.contains("LambdaForm$"))
                .toList();
        assertThat(linked)
                .as("classes linked while the questions were asked: a lambda, method reference, stream or Optional"
                        + " chain, or a record's generated equals/hashCode on the path of a walk")
                .isEmpty();
    }

    /** The JVM of its own: builds every reference topology, then asks every ordered pair of VMs of each, by name. */
    static final class EveryPairOfEveryReferenceTopology {

        public static void main(String[] args) throws Exception {
            List<Topology> topologies = new ArrayList<>();
            for (Method m : ReferenceTopologies.class.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                        && m.getReturnType() == Topology.class) {
                    topologies.add((Topology) m.invoke(null));
                }
            }
            if (topologies.size() < 5) {
                throw new IllegalStateException("Expected the reference topologies, found " + topologies.size());
            }
            System.out.println(ASKING);
            for (Topology topology : topologies) {
                for (VirtualMachine from : topology.state().virtualMachines()) {
                    for (VirtualMachine to : topology.state().virtualMachines()) {
                        topology.reach(from.name(), to.name());
                    }
                }
            }
            System.out.println(ASKED);
        }
    }
}
