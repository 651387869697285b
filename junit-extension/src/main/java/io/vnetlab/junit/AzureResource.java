package io.vnetlab.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the resource a parameter receives, from the test's fork of its topology, or the resource an accessor of a
 * {@link TopologyView @TopologyView} returns.
 *
 * <p>The parameter's type says the kind: {@link io.vnetlab.model.VirtualMachine},
 * {@link io.vnetlab.model.NetworkInterface}, {@link io.vnetlab.model.VirtualNetwork},
 * {@link io.vnetlab.model.Subnet} and {@link io.vnetlab.model.Peering} ({@code "SalesVNet/Apps"},
 * {@code "SalesVNet/SalesVNet-To-MarketingVNet"}, or the bare name when only one network has it), and
 * {@link io.vnetlab.dataplane.Endpoint} (a VM, a network interface, or an IPv4 address). Names compare ignoring
 * case, as Azure's do; a full ARM id works too. An unknown name fails the test with the known names listed.
 *
 * <p>Records are snapshots: a test changes its topology through the injected {@code Topology} (its fork) and reads
 * the resource again from it.
 *
 * <pre>{@code
 * @Test
 * void sales_reaches_marketing(@AzureResource("SalesVM") VirtualMachine sales, Topology azure) {
 *     assertThat(azure.reach(sales.name(), "MarketingVM").reachable()).isTrue();
 * }
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AzureResource {

    /** The resource's name, {@code network/name} for a subnet or peering, or its ARM id. */
    String value();
}
