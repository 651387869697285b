package io.vnetlab;

import io.vnetlab.model.Region;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classes of a walk load on a thread of their own while the first topology is built: once that thread finished,
 * no question asked of the reference topologies, nor through NSG rules, loads a class of the library. Each check runs
 * in a JVM of its own, the only way to see a first question.
 */
class WalkClassPreloaderTest {

    private static final String ASKING = "-- asking --";
    private static final String ASKED = "-- asked --";
    private static final String CREATED = "-- created --";

    @Test
    void everyNameItPreloadsIsAClassOfTheLibrary() throws Exception {
        for (String name : WalkClassPreloader.WALK_CLASSES) {
            assertThat(Class.forName(name, false, WalkClassPreloader.class.getClassLoader()).getName())
                    .isEqualTo(name);
        }
    }

    @Test
    void onceItFinishedNoQuestionOnTheReferenceTopologiesLoadsAClassOfTheLibrary() throws Exception {
        String output = run(List.of(), EveryPairAfterThePreloading.class);

        String asking = output.substring(output.indexOf(ASKING), output.indexOf(ASKED));
        List<String> loaded = asking.lines()
                .filter(line -> line.contains(" io.vnetlab."))
                .map(line -> line.replaceFirst(".*? (io\\.vnetlab\\.\\S+).*", "$1"))
                .toList();
        assertThat(loaded)
                .as("classes of the library that the questions loaded themselves: add them to"
                        + " WalkClassPreloader.WALK_CLASSES, in this order")
                .isEmpty();
    }

    @Test
    void theFirstTopologyStartsItAndTheSystemPropertyTurnsItOff() throws Exception {
        String on = run(List.of(), CreateOneTopology.class);
        String off = run(List.of("-D" + WalkClassPreloader.PROPERTY + "=false"), CreateOneTopology.class);

        String walk = "io.vnetlab.dataplane.Walk source:";
        assertThat(on.substring(0, on.indexOf(CREATED))).contains(walk);
        assertThat(off.substring(0, off.indexOf(CREATED))).doesNotContain(walk);
    }

    private static String run(List<String> options, Class<?> main) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static Thread preloader() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(WalkClassPreloader.THREAD_NAME)) {
                return thread;
            }
        }
        return null;
    }

    /** Creates one topology and waits for the preloading, if it started. */
    static final class CreateOneTopology {

        public static void main(String[] args) throws Exception {
            Topology.create();
            Thread preloader = preloader();
            if (preloader != null) {
                preloader.join();
            }
            System.out.println(CREATED);
        }
    }

    /**
     * Builds every reference topology and one whose VMs an NSG filters, waits for the preloading to finish, then asks
     * every ordered pair of VMs of each, by name.
     */
    static final class EveryPairAfterThePreloading {

        public static void main(String[] args) throws Exception {
            List<Topology> topologies = new ArrayList<>();
            for (Method m : ReferenceTopologies.class.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                        && m.getReturnType() == Topology.class) {
                    topologies.add((Topology) m.invoke(null));
                }
            }
            topologies.add(filteredByAnNsg());
            Thread preloader = preloader();
            if (preloader != null) {
                preloader.join();
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
