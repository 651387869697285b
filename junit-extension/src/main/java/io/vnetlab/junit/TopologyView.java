package io.vnetlab.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Marks an interface or abstract class as a typed view of a topology: a test declares a parameter of this type
 * and receives an implementation, generated once per type, over the test's own fork.
 *
 * <p>Each abstract method takes no argument and returns a {@link io.vnetlab.Topology} (the fork), a live handle
 * bound to the fork ({@link io.vnetlab.Vm}, {@link io.vnetlab.Nic}, {@link io.vnetlab.Host}), or a record:
 * {@link io.vnetlab.model.VirtualMachine}, {@link io.vnetlab.model.NetworkInterface},
 * {@link io.vnetlab.model.VirtualNetwork}, {@link io.vnetlab.model.Subnet}, {@link io.vnetlab.model.Peering} or
 * {@link io.vnetlab.dataplane.Endpoint}. <b>Naming rule:</b> the method's name is the resource's name, compared
 * ignoring case and ignoring the characters a Java name cannot hold ({@code -}, {@code .}, and {@code _}, which is
 * ignored too): {@code salesVm()} returns {@code SalesVM}, {@code salesVnet()} returns {@code SalesVNet},
 * {@code salesVNetToMarketingVNet()} returns the peering {@code SalesVNet-To-MarketingVNet}. Put
 * {@link AzureResource @AzureResource} on the method to name the resource yourself. Accessors read the fork each
 * time they are called, so they see the test's own changes.
 *
 * <p>Abstract classes may add helper methods of their own; they need a non-private no-argument constructor and,
 * when nested, must be {@code static}.
 *
 * <pre>{@code
 * @TopologyView
 * interface LearnModuleView {
 *     Topology topology();
 *     Vm salesVm();
 *     VirtualNetwork researchVnet();
 *     @AzureResource("MarketingVNet/MarketingVNet-To-ResearchVNet") Peering marketingToResearch();
 * }
 *
 * @Test
 * void research_is_peered_globally(LearnModuleView learn) {
 *     assertThat(learn.marketingToResearch().global()).isTrue();
 *     assertThat(learn.salesVm()).cannotReach(learn.topology().vm("ResearchVM"));
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = STABLE, since = "0.1")
public @interface TopologyView {
}
