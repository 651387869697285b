package io.vnetlab;

import io.vnetlab.model.Region;
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
 * What the first questions after a build cost in a fresh JVM is mostly class loading and linking. Linking: a lambda,
 * a method reference, a stream step or a record's generated {@code equals} and {@code hashCode} is linked by an
 * invokedynamic bootstrap on its first call — a class spun, method handles built, milliseconds each before the JIT
 * compiles anything — so the walk, its stages and the data plane's lookups are written without them. Loading: the
 * walk's classes load on the thread {@link WalkClassPreloader} starts with the first topology, while it is built. A
 * JVM of its own builds every reference topology and one whose VMs an NSG filters, waits for that thread, then asks
 * every ordered pair of VMs of each by name and logs the classes it loads: none loaded while it asks may be a lambda
 * or a lambda form, nor a class of the library.
 */
class FreshJvmQuestionsTest {

    private static final String ASKING = "-- asking --";
    private static final String ASKED = "-- asked --";

    @Test
    void everyQuestionOnTheReferenceTopologiesLinksNothingAndLoadsNoClassOfTheLibrary() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("-XX:")) {
                command.add(argument);   // the compiler and collector choices of the JVM that runs the tests
            }
        }
        command.addAll(List.of("-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
                EveryPairOfEveryReferenceTopology.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        List<String> asking = output.substring(output.indexOf(ASKING), output.indexOf(ASKED)).lines().toList();
        List<String> linked = asking.stream()
                .filter(line -> line.contains("$$Lambda") || line.contains("LambdaForm$"))
                .toList();
        assertThat(linked)
                .as("classes linked while the questions were asked: a lambda, method reference, stream or Optional"
                        + " chain, or a record's generated equals/hashCode on the path of a walk")
                .isEmpty();
        List<String> loaded = asking.stream()
                .filter(line -> line.contains(" io.vnetlab."))
                .map(line -> line.replaceFirst(".*? (io\\.vnetlab\\.\\S+).*", "$1"))
                .toList();
        assertThat(loaded)
                .as("classes of the library that the questions loaded themselves: add them to"
                        + " WalkClassPreloader.WALK_CLASSES, in this order")
                .isEmpty();
    }

    /**
     * The JVM of its own: builds every reference topology and one filtered by an NSG, waits for the preloading, then
     * asks every ordered pair of VMs of each, by name.
     */
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
            topologies.add(filteredByAnNsg());
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals(WalkClassPreloader.THREAD_NAME)) {
                    thread.join();
                }
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

        private static Topology filteredByAnNsg() {
            Topology t = Topology.create();
            t.networks().define("vnet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                    .withSubnet("front", "10.0.1.0/24").withSubnet("back", "10.0.2.0/24").create();
            t.virtualMachines().define("web").withExistingPrimaryNetwork("vnet").withSubnet("front").create();
            t.virtualMachines().define("db").withExistingPrimaryNetwork("vnet").withSubnet("back").create();
            t.networkSecurityGroups().define("back-nsg").withRegion(Region.WEST_EUROPE)
                    .defineRule("deny-cloud").denyOutbound().toAddress("AzureCloud").withPriority(100).attach()
                    .create();
            t.networkSecurityGroups().associateWithSubnet("back-nsg", "vnet", "back");
            return t;
        }
    }
}
