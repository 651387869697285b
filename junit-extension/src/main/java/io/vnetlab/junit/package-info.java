/**
 * The JUnit Jupiter extension of vnetlab: {@link io.vnetlab.junit.VnetlabTest @VnetlabTest} on a test class,
 * {@link io.vnetlab.junit.TestTopology @TestTopology} on its {@code Topology} fields, and each test receives its own
 * fork of them as parameters: the {@code Topology}, live handles and resources by name
 * ({@link io.vnetlab.junit.AzureResource @AzureResource}, on parameters and instance fields) or typed views
 * ({@link io.vnetlab.junit.TopologyView @TopologyView}). When a test fails, the topology's summary is published to
 * the test report. {@link io.vnetlab.junit.VnetlabExtension} registers it programmatically. A topology may also come
 * from an {@code az} script on the class path ({@code @TestTopology(script = "learn-module.azcli")}), with
 * {@code io.vnetlab:vnetlab-az}, an optional dependency, on the test class path.
 *
 * <pre>{@code
 * @VnetlabTest
 * class PeeringTest {
 *     @TestTopology
 *     static Topology azure = LearnModule.peered();
 *
 *     @Test
 *     void sales_reaches_marketing(@AzureResource("SalesVM") Vm sales, @AzureResource("MarketingVM") Vm marketing) {
 *         assertThat(sales).canReach(marketing);
 *     }
 * }
 * }</pre>
 */
package io.vnetlab.junit;
