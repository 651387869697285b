package io.vnetlab.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Collections;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of the core, each depending only on the ones below it: addresses, then the resource model, then the
 * control plane, then the data plane, then the reachability diff, then rendering, with the Java DSL ({@code io.vnetlab}) and the reference
 * topologies built with it ({@code io.vnetlab.reference}) on top. A change that
 * makes a lower layer reach up fails here, naming the offending dependency.
 */
class LayersTest {

    private static JavaClasses core;

    /**
     * Imports the folders and jars that the class loader names for {@code io.vnetlab}: the same classes as
     * {@code importPackages("io.vnetlab")}, without its search of every jar and every JDK module for a package that
     * a jar might hold without a directory entry (ours have one), which read the entries of every jar and JDK
     * module on the class path on every build.
     */
    @BeforeAll
    static void importCore() throws IOException {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrls(Collections.list(LayersTest.class.getClassLoader().getResources("io/vnetlab")));
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
