package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.az.Az;
import io.vnetlab.az.ScriptException;
import io.vnetlab.az.ScriptRunner;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Runs an {@code az} script: the only class of the extension that uses {@code vnetlab-az}, an optional dependency.
 * It is loaded only after {@link ScriptTopology} has found the emulation on the class path, so the extension works
 * without it for everything but scripts.
 */
final class AzScripts {

    private AzScripts() {
    }

    /**
     * The topology {@code text} builds, from an empty one; every command must succeed (as under bash's
     * {@code set -e}), else the field {@code owner} gets an {@code ExtensionConfigurationException} naming the line.
     */
    static Topology run(String text, String script, String owner) {
        Az az = Az.create();
        try {
            new ScriptRunner(az).stoppingAtFirstError().run(text);
        } catch (ScriptException e) {
            throw new ExtensionConfigurationException(owner + " could not be built from the az script '" + script
                    + "', " + e.getMessage(), e);
        }
        return az.topology();
    }
}
