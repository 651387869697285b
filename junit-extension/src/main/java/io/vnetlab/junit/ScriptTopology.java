package io.vnetlab.junit;

import io.vnetlab.Topology;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The {@code az} script of a {@link TestTopology#script() @TestTopology(script = ...)} field, checked before it
 * runs: found on the class path, and the {@code az} emulation ({@code io.vnetlab:vnetlab-az}, an optional
 * dependency of this module) there to run it.
 */
final class ScriptTopology {

    /** A class of vnetlab-az: present exactly when the emulation is on the class path. */
    static final String AZ_EMULATION_CLASS = "io.vnetlab.az.ScriptRunner";

    private final URL location;
    private final String script;
    private final String owner;

    private ScriptTopology(URL location, String script, String owner) {
        this.location = location;
        this.script = script;
        this.owner = owner;
    }

    /** The script {@code script} of the field {@code owner} (as messages name it), declared in {@code testClass}. */
    static ScriptTopology of(Class<?> testClass, String script, String owner) {
        return of(testClass, script, owner, ScriptTopology.class.getClassLoader());
    }

    /** The same, looking for the az emulation with {@code loader} (the tests hide it to check the message). */
    static ScriptTopology of(Class<?> testClass, String script, String owner, ClassLoader loader) {
        if (script.isBlank()) {
            throw new ExtensionConfigurationException(owner + " names a blank script: give the class-path name of an"
                    + " az script, such as @TestTopology(script = \"learn-module.azcli\").");
        }
        URL location = testClass.getResource(script);
        if (location == null) {
            throw new ExtensionConfigurationException(owner + " names the script '" + script + "', which is not on"
                    + " the class path: no resource " + resourceName(testClass, script) + ". A name without a leading"
                    + " '/' is relative to the package of " + testClass.getSimpleName() + "; start it with '/' for a"
                    + " path from the class-path root.");
        }
        requireAzEmulation(owner, script, loader);
        return new ScriptTopology(location, script, owner);
    }

    /** Fails, naming the remedy, when the az emulation cannot be loaded by {@code loader}. */
    static void requireAzEmulation(String owner, String script, ClassLoader loader) {
        try {
            Class.forName(AZ_EMULATION_CLASS, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ExtensionConfigurationException(owner + " is built from the az script '" + script + "', which"
                    + " needs the az emulation: add io.vnetlab:vnetlab-az (the version of vnetlab-junit) to the test"
                    + " dependencies.", e);
        }
    }

    /** The resource as {@link Class#getResource(String)} resolves the name: {@code io/vnetlab/x/learn.azcli}. */
    private static String resourceName(Class<?> testClass, String script) {
        if (script.startsWith("/")) {
            return script.substring(1);
        }
        String pkg = testClass.getPackageName();
        return pkg.isEmpty() ? script : pkg.replace('.', '/') + "/" + script;
    }

    /** Where the script is: what identifies a shared script topology. */
    String location() {
        return location.toString();
    }

    /** Runs the script from an empty topology and returns the topology it built. */
    Topology build() {
        String text;
        try (InputStream in = location.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExtensionConfigurationException(owner + " cannot read its script " + location + ": "
                    + e.getMessage(), e);
        }
        return AzScripts.run(text, script, owner);
    }
}
