package io.vnetlab.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.vnetlab.Topology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of the core, each depending only on the ones below it: addresses, then the resource model, then the
 * control plane, then the data plane, then the reachability diff, then rendering, with the Java DSL ({@code io.vnetlab}) and the reference
 * topologies built with it ({@code io.vnetlab.reference}) on top. A change that
 * makes a lower layer reach up fails here, naming the offending dependency.
 *
 * <p>The rules are vnetlab-dsl's and read its classes only; they run here, beside {@link PublicApiTest}, so that the
 * build loads and warms ArchUnit in one test JVM, not in two.
 */
class LayersTest {

    private static JavaClasses core;

    /** The classes of vnetlab-dsl: its jar, or its classes folder, wherever the class loader found {@link Topology}. */
    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().importUrl(Topology.class.getProtectionDomain().getCodeSource().getLocation());
    }

    @Test
    void each_layer_depends_only_on_the_layers_below_it() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Addresses").definedBy("io.vnetlab.address..")
                .layer("Model").definedBy("io.vnetlab.model..")
                .layer("ControlPlane").definedBy("io.vnetlab.controlplane..")
                .layer("DataPlane").definedBy("io.vnetlab.dataplane..")
                .layer("Diff").definedBy("io.vnetlab.diff..")
                .layer("Rendering").definedBy("io.vnetlab.render..", "io.vnetlab.diagram..")
                .layer("Dsl").definedBy("io.vnetlab", "io.vnetlab.reference..")
                .whereLayer("Dsl").mayNotBeAccessedByAnyLayer()
                .whereLayer("Rendering").mayOnlyBeAccessedByLayers("Dsl")
                .whereLayer("Diff").mayOnlyBeAccessedByLayers("Rendering", "Dsl")
                .whereLayer("DataPlane").mayOnlyBeAccessedByLayers("Diff", "Rendering", "Dsl")
                .whereLayer("ControlPlane").mayOnlyBeAccessedByLayers("DataPlane", "Diff", "Rendering", "Dsl")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("ControlPlane", "DataPlane", "Diff", "Rendering", "Dsl")
                .whereLayer("Addresses").mayOnlyBeAccessedByLayers("Model", "ControlPlane", "DataPlane", "Diff",
                        "Rendering", "Dsl")
                .check(core);
    }

    @Test
    void packages_form_no_cycles() {
        slices().matching("io.vnetlab.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void the_data_plane_knows_no_surface_vocabulary() {
        noClasses().that().resideInAPackage("io.vnetlab.dataplane..")
                .should().dependOnClassesThat().resideInAnyPackage("io.vnetlab.render..", "io.vnetlab.diagram..")
                .check(core);
    }

    /**
     * Everything above the control plane changes a topology through one door: {@code ResourceManager} and the
     * request records it takes, {@code ResourceBatch} for all-or-nothing groups of PUTs, and the states they return.
     * Anything else in the package is an implementation detail and stays package-private.
     */
    @Test
    void the_control_plane_publishes_only_its_api() {
        classes().that().resideInAPackage("io.vnetlab.controlplane").and().arePublic().and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Request")
                .orShould().haveSimpleName("ResourceManager")
                .orShould().haveSimpleName("ResourceBatch")
                .orShould().haveSimpleName("PutMode")
                .orShould().haveSimpleName("TopologyState")
                .check(core);
    }
}
