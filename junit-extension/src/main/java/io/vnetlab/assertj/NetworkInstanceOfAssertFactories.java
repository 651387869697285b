package io.vnetlab.assertj;

import io.vnetlab.Host;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;
import org.apiguardian.api.API;
import org.assertj.core.api.InstanceOfAssertFactory;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * {@link InstanceOfAssertFactory} constants for vnetlab's types, one per {@code assertThat} of
 * {@link NetworkAssertions}, for AssertJ's {@code asInstanceOf} and {@code extracting}:
 *
 * <pre>{@code
 * Object found = azure.peering("SalesVNet", "SalesVNet-To-MarketingVNet");
 * assertThat(found).asInstanceOf(PEERING).isConnected();
 * assertThat(azure).extracting(t -> t.network("SalesVNet"), VIRTUAL_NETWORK).isInRegion(Region.NORTH_EUROPE);
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class NetworkInstanceOfAssertFactories {

    public static final InstanceOfAssertFactory<Topology, TopologyAssert> TOPOLOGY =
            new InstanceOfAssertFactory<>(Topology.class, NetworkAssertions::assertThat);

    public static final InstanceOfAssertFactory<Host, EndpointAssert> HOST =
            new InstanceOfAssertFactory<>(Host.class, NetworkAssertions::assertThat);

    public static final InstanceOfAssertFactory<Verdict, VerdictAssert> VERDICT =
            new InstanceOfAssertFactory<>(Verdict.class, NetworkAssertions::assertThat);

    public static final InstanceOfAssertFactory<VirtualNetwork, VirtualNetworkAssert> VIRTUAL_NETWORK =
            new InstanceOfAssertFactory<>(VirtualNetwork.class, NetworkAssertions::assertThat);

    public static final InstanceOfAssertFactory<Subnet, SubnetAssert> SUBNET =
            new InstanceOfAssertFactory<>(Subnet.class, NetworkAssertions::assertThat);

    public static final InstanceOfAssertFactory<Peering, PeeringAssert> PEERING =
            new InstanceOfAssertFactory<>(Peering.class, NetworkAssertions::assertThat);

    public static final InstanceOfAssertFactory<EffectiveRouteTable, EffectiveRouteTableAssert> EFFECTIVE_ROUTE_TABLE =
            new InstanceOfAssertFactory<>(EffectiveRouteTable.class, NetworkAssertions::assertThat);

    public static final InstanceOfAssertFactory<AzureException, AzureExceptionAssert> AZURE_EXCEPTION =
            new InstanceOfAssertFactory<>(AzureException.class, NetworkAssertions::assertThat);

    private NetworkInstanceOfAssertFactories() {
    }
}
