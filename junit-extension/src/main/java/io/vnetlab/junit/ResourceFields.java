package io.vnetlab.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;

import java.lang.reflect.Field;
import java.util.List;

/**
 * Assigns the {@link AzureResource @AzureResource} fields of a test's instances from the test's own forks, before
 * each test: {@code @AzureResource("SalesVM") Vm sales;}.
 */
final class ResourceFields {

    private ResourceFields() {
    }

    /** Assigns every annotated field of {@code instances} (the test's, and its enclosing classes' for nested ones). */
    static void inject(List<Object> instances, TestTopologies topologies) {
        for (Object instance : instances) {
            for (Field field : ReflectionSupport.findFields(instance.getClass(),
                    f -> AnnotationSupport.isAnnotated(f, AzureResource.class), HierarchyTraversalMode.TOP_DOWN)) {
                inject(instance, field, topologies);
            }
        }
    }

    private static void inject(Object instance, Field field, TestTopologies topologies) {
        String target = "Field '" + field.getName() + "' of " + field.getDeclaringClass().getSimpleName();
        String name = AnnotationSupport.findAnnotation(field, AzureResource.class).orElseThrow().value();
        if (ModifierSupport.isStatic(field)) {
            // a static field outlives the test, but the resource belongs to the test's own fork
            throw new ExtensionConfigurationException(target + " is static, but @AzureResource(\"" + name + "\")"
                    + " comes from each test's own fork of its topology: make it an instance field.");
        }
        if (!ResourceLookup.isKind(field.getType())) {
            throw new ExtensionConfigurationException(ResourceLookup.wrongKind(target, name, field.getType(), ""));
        }
        if (ModifierSupport.isFinal(field) || !field.trySetAccessible()) {
            throw new ExtensionConfigurationException(target + " cannot be assigned: remove 'final' (and open its"
                    + " package to io.vnetlab.junit if it is in a named module).");
        }
        String from = AnnotationSupport.findAnnotation(field, FromTopology.class).map(FromTopology::value)
                .orElse(null);
        TestTopologies.Fork fork = topologies.select(field.getDeclaringClass(), from, () -> target);
        Object resource;
        try {
            resource = ResourceLookup.find(fork.topology(), field.getType(), name, false);
        } catch (ResourceLookup.NoSuchResourceException e) {
            throw new ExtensionConfigurationException(target + ", @AzureResource(\"" + name + "\"): "
                    + e.getMessage() + " (" + fork.field().describe() + ")");
        }
        try {
            field.set(instance, resource);
        } catch (IllegalAccessException e) {
            throw new ExtensionConfigurationException(target + " cannot be assigned: make it accessible.", e);
        }
    }
}
