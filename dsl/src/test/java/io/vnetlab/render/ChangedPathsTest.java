package io.vnetlab.render;

import io.vnetlab.Topology;
import io.vnetlab.diff.ReachabilityDiff;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangedPathsTest {

    @Test
    void a_closed_port_class_is_drawn_in_red_along_the_path_it_took_before() {
        Topology before = ReferenceTopologies.learnModule();
        Topology after = before.fork();
        after.peerings().delete("MarketingVNet", "MarketingVNet-To-ResearchVNet");

        String mermaid = ChangedPaths.mermaid(ReachabilityDiff.between(before.dataPlane(), after.dataPlane()));

        assertThat(mermaid).contains("  p0[\"MarketingVNet\"]\n  p1[\"ResearchVNet\"]\n")
                .contains("  p0 -.->|\"closed: any\"| p1\n  p1 -.->|\"closed: any\"| p0\n")
                .endsWith("  linkStyle 0,1 stroke:#cf222e,stroke-width:3px\n");
    }

    @Test
    void opened_paths_are_drawn_network_by_network_in_green() {
        Topology before = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        before.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(false).apply();
        Topology after = before.fork();
        after.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(true).apply();

        String mermaid = ChangedPaths.mermaid(ReachabilityDiff.between(before.dataPlane(), after.dataPlane()));

        assertThat(mermaid).isEqualTo(String.join("\n",
                "flowchart LR",
                "  p0[\"spoke1\"]",
                "  p1{{\"hub-vpn\"}}",
                "  p2([\"OnPrem\"])",
                "  p3[\"hub\"]",
                "  p0 -->|\"opened: any\"| p1",
                "  p1 -->|\"opened: any\"| p2",
                "  p2 -->|\"opened: any\"| p1",
                "  p1 -->|\"opened: any\"| p3",
                "  p3 -->|\"opened: any\"| p0",
                "  linkStyle 0,1,2,3,4 stroke:#2da44e,stroke-width:3px",
                ""));
    }

    @Test
    void a_flow_that_closes_within_one_network_is_drawn_as_a_loop_on_that_network() {
        Topology before = Topology.create();
        before.networks().define("vnet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("front", "10.0.1.0/24").withSubnet("back", "10.0.2.0/24").create();
        before.virtualMachines().define("front-vm").withExistingPrimaryNetwork("vnet").withSubnet("front").create();
        before.virtualMachines().define("back-vm").withExistingPrimaryNetwork("vnet").withSubnet("back").create();
        before.networkSecurityGroups().define("back-nsg").withRegion(Region.WEST_EUROPE).create();
        before.networkSecurityGroups().associateWithSubnet("back-nsg", "vnet", "back");
        Topology after = before.fork();
        after.networkSecurityGroups().update("back-nsg")
                .defineRule("deny-ssh").denyInbound().fromAnyAddress().toPort(22)
                    .withProtocol(Protocol.Tcp).withPriority(100).attach()
                .apply();

        String mermaid = ChangedPaths.mermaid(ReachabilityDiff.between(before.dataPlane(), after.dataPlane()));

        assertThat(mermaid).isEqualTo(String.join("\n",
                "flowchart LR",
                "  p0[\"vnet\"]",
                "  p0 -.->|\"closed: TCP 22\"| p0",
                "  linkStyle 0 stroke:#cf222e,stroke-width:3px",
                ""));
    }
}
