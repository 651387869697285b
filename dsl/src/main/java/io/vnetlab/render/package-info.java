/**
 * Rendering: the only layer that turns the data plane's answers into text. {@link
 * io.vnetlab.render.VerdictRenderer} writes the plain-text explanation that assertions, the demo and the examples
 * print; {@link io.vnetlab.render.HopText}, {@link io.vnetlab.render.BlockerText}, {@link io.vnetlab.render.FixText}
 * and {@link io.vnetlab.render.WarningText} word its parts. A surface with its own vocabulary (the {@code az}
 * emulation) subclasses {@link io.vnetlab.render.FixText}. The data plane never depends on this package.
 */
package io.vnetlab.render;
