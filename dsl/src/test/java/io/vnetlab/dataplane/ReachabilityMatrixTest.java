package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix decides pairs by equivalence classes and walks a pair's verdict only when it is read; every pair it
 * answers agrees with walking that pair.
 */
class ReachabilityMatrixTest {

    /** One subnet of four VMs behind an NSG that denies SSH from one of them, by its address alone. */
    private static Topology oneAddressSingledOut() {
        Topology t = Topology.create();
        t.networks().define("vnet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("s", "10.0.0.0/24").create();
        t.networkSecurityGroups().define("nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("no-ssh-from-vm2").denyInbound().fromAddress("10.0.0.6").fromAnyPort().toAnyAddress()
                .toPort(22).withProtocol(Protocol.Tcp).withPriority(100).attach().create();
        t.networkSecurityGroups().associateWithSubnet("nsg", "vnet", "s");
        for (int i = 0; i < 4; i++) {
            t.virtualMachines().define("vm" + i).withExistingPrimaryNetwork("vnet").withSubnet("s").create();
        }
        return t;
    }

    @Test
    void an_address_a_security_rule_names_is_not_merged_with_its_neighbours() {
        Topology t = oneAddressSingledOut();
        ReachabilityMatrix ssh = t.reachabilityMatrix(Protocol.Tcp, 22);
        DataPlane plane = t.dataPlane();
        List<Endpoint> vms = ssh.endpoints();
        for (int i = 0; i < vms.size(); i++) {
            for (int j = 0; j < vms.size(); j++) {
                if (i != j) {
                    assertThat(ssh.reachable(i, j)).as("%s -> %s", vms.get(i), vms.get(j)).isEqualTo(
                            plane.walk(Flow.from(vms.get(i)).to(vms.get(j)).on(Protocol.Tcp, 22)).reachable());
                }
            }
        }
        assertThat(ssh.reachableCount()).isEqualTo(12 - 3);
        assertThat(ssh.blocked()).extracting(v -> v.flow().source().shortName() + "->"
                + v.flow().destination().shortName()).containsExactly("vm2->vm0", "vm2->vm1", "vm2->vm3");
    }

    @Test
    void the_learn_module_matrix_counts_its_pairs_and_explains_its_blocked_ones_on_reading() {
        Topology azure = ReferenceTopologies.learnModule();
        ReachabilityMatrix matrix = azure.reachabilityMatrix();

        assertThat(matrix.pairCount()).isEqualTo(6);
        assertThat(matrix.reachableCount()).isEqualTo(4);
        assertThat(matrix.verdicts()).hasSize(6).allSatisfy(v -> assertThat(v).isNotNull());
        List<String> blocked = new ArrayList<>();
        matrix.blocked().forEach(v -> blocked.add(v.flow().source().shortName() + "->" + v.flow().destination()
                .shortName() + " " + v.reachable()));
        assertThat(blocked).containsExactly("SalesVM->ResearchVM false", "ResearchVM->SalesVM false");
        assertThat(matrix.blocked().get(1).flow().source().shortName()).isEqualTo("ResearchVM");
        assertThat(matrix).hasToString("reachability of SalesVM, MarketingVM, ResearchVM (2 of 6 pairs blocked)");
    }
}
