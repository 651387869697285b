package io.vnetlab.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The published modules' public API, as a user sees it: every public type says how stable it is with
 * {@link API @API} (the marker JUnit uses), and nothing marked {@code INTERNAL} — public only so that vnetlab's
 * own modules can share it — appears in the signature of a type users are meant to call. Types of the modules that
 * are not published (examples, katas, benchmarks) are not part of it.
 */
class PublicApiTest {

    private static final String[] UNPUBLISHED = {"io.vnetlab.examples..", "io.vnetlab.katas..",
            "io.vnetlab.benchmarks..", "io.vnetlab.architecture.."};

    private static JavaClasses published;

    @BeforeAll
    static void importPublishedModules() {
        published = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.vnetlab")
                .that(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(UNPUBLISHED)));
    }

    @Test
    void every_public_type_says_how_stable_it_is() {
        classes().that().arePublic().and().areTopLevelClasses()
                .should().beAnnotatedWith(API.class)
                .because("a user must see which types may change: mark it @API(status = EXPERIMENTAL, "
                        + "since = \"0.1\") when in doubt, INTERNAL when only vnetlab's own modules use it")
                .allowEmptyShould(false)
                .check(published);
    }

    @Test
    void no_type_users_call_exposes_an_internal_one() {
        classes().that().arePublic().and().areAnnotatedWith(API.class)
                .and(DescribedPredicate.describe("not INTERNAL", (JavaClass c) -> !isInternal(c)))
                .should(exposeNoInternalType())
                .allowEmptyShould(false)
                .check(published);
    }

    private static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no INTERNAL type in a public signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaClass exposed : exposedTypes(type)) {
                    if (isInternal(exposed)) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " exposes "
                                + exposed.getName() + ", which is @API(status = INTERNAL)"));
                    }
                }
            }
        };
    }

    private static Set<JavaClass> exposedTypes(JavaClass type) {
        Set<JavaClass> exposed = new LinkedHashSet<>();
        type.getRawSuperclass().ifPresent(exposed::add);
        exposed.addAll(type.getRawInterfaces());
        for (JavaCodeUnit unit : type.getCodeUnits()) {
            if (isVisible(unit.getModifiers())) {
                exposed.addAll(unit.getRawParameterTypes());
                exposed.add(unit.getRawReturnType());
                exposed.addAll(unit.getThrowsClause().getTypes());
            }
        }
        for (JavaField field : type.getFields()) {
            if (isVisible(field.getModifiers())) {
                exposed.add(field.getRawType());
            }
        }
        return exposed;
    }

    private static boolean isVisible(Set<JavaModifier> modifiers) {
        return Stream.of(JavaModifier.PUBLIC, JavaModifier.PROTECTED).anyMatch(modifiers::contains);
    }

    private static boolean isInternal(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top.isAnnotatedWith(API.class) && top.getAnnotationOfType(API.class).status() == INTERNAL;
    }
}
