package io.vnetlab.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Names the resource a parameter or an instance field receives, from the test's own fork of its topology, or the
 * resource an accessor of a {@link TopologyView @TopologyView} returns.
 *
 * <p>The declared type says the kind. The live handles {@link io.vnetlab.Vm}, {@link io.vnetlab.Nic} and
 * {@link io.vnetlab.Host} (a VM, a network interface, or an IPv4 address) are bound to the test's fork: they read it
 * on every call, so they see what the test changes, and no other test's changes. The records
 * {@link io.vnetlab.model.VirtualMachine}, {@link io.vnetlab.model.NetworkInterface},
 * {@link io.vnetlab.model.VirtualNetwork}, {@link io.vnetlab.model.Subnet} and {@link io.vnetlab.model.Peering}
 * ({@code "SalesVNet/Apps"}, {@code "SalesVNet/SalesVNet-To-MarketingVNet"}, or the bare name when only one network
 * has it), and {@link io.vnetlab.dataplane.Endpoint}, are snapshots taken when the test starts. Names compare ignoring
 * case, as Azure's do; a full ARM id works too. An unknown name fails the test with the known names listed. A field
 * is assigned before each test (a static field is refused: it would outlive the test's fork).
 *
 * <pre>{@code
 * @VnetlabTest
 * class PeeringTest {
 *     @TestTopology
 *     static Topology azure = ReferenceTopologies.learnModule();
 *
 *     @AzureResource("SalesVM") Vm sales;
 *
 *     @Test
 *     void sales_reaches_marketing(@AzureResource("MarketingVM") Vm marketing) {
 *         assertThat(sales).canReach(marketing);
 *     }
 * }
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = STABLE, since = "0.1")
public @interface AzureResource {

    /** The resource's name, {@code network/name} for a subnet or peering, or its ARM id. */
    String value();
}
