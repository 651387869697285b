package io.vnetlab.junit;

import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Runs a test class with the vnetlab extension: its {@link TestTopology @TestTopology} fields are built, each test
 * works on its own fork of them, and parameters receive the fork, its resources
 * ({@link AzureResource @AzureResource}) or a {@link TopologyView @TopologyView}.
 *
 * <pre>{@code
 * @VnetlabTest
 * class PeeringTest {
 *     @TestTopology
 *     static Topology azure = ReferenceTopologies.learnModule();   // built once for the class
 *
 *     @Test
 *     void deleting_one_side_disconnects_the_other(Topology fork) {   // this test's own fork
 *         fork.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
 *         assertThat(fork.peering("MarketingVNet", "MarketingVNet-To-SalesVNet").state())
 *                 .isEqualTo(PeeringState.Disconnected);
 *     }
 * }
 * }</pre>
 *
 * <p>{@link io.vnetlab.reference.ReferenceTopologies} (in {@code vnetlab-dsl}) has the Learn module and hub-and-spoke
 * topologies ready-built; any {@code Topology} will do.
 *
 * <p>Usable as a meta-annotation, and inherited by subclasses and {@code @Nested} classes. To configure the
 * extension, register it with {@code @RegisterExtension} and {@link VnetlabExtension#builder()} instead.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(VnetlabExtension.class)
@API(status = STABLE, since = "0.1")
public @interface VnetlabTest {
}
