package io.vnetlab.az;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every delete command of the registry, on every resource of the {@link BadInputWorld} that others depend on:
 * Azure either refuses it (and nothing changes) or deletes the dependants with it, as a resource group delete
 * does; it never leaves a reference pointing at nothing.
 */
class BadInputInUseDeletesTest {

    /** Per delete command, the in-use resources of the world it is tried on (the words after the command). */
    static final Map<String, List<String>> IN_USE = new TreeMap<>(Map.ofEntries(
            Map.entry("network nic delete", List.of("-g rg -n vm1VMNic", "-g rg -n nic5", "-g rg -n pe1-nic")),
            Map.entry("vm availability-set delete", List.of("-g rg -n avset1")),
            Map.entry("network public-ip delete", List.of("-g rg -n vm1PublicIP")),
            Map.entry("network asg delete", List.of("-g rg -n asg1")),
            Map.entry("network vnet-gateway delete", List.of("-g rg -n gw1")),
            Map.entry("network local-gateway delete", List.of("-g rg -n onprem")),
            Map.entry("network vpn-connection delete", List.of("-g rg -n conn1")),
            Map.entry("network route-table delete", List.of("-g rg -n rt1")),
            Map.entry("group delete", List.of("-n rg --yes")),
            Map.entry("network vnet delete", List.of("-g rg -n hub", "-g rg -n spoke", "-g rg -n edge")),
            Map.entry("network vnet subnet delete", List.of("-g rg --vnet-name hub -n app", "-g rg --vnet-name hub -n GatewaySubnet",
                    "-g rg --vnet-name spoke -n app")),
            Map.entry("network vnet peering delete", List.of("-g rg --vnet-name spoke -n spoke-to-hub")),
            Map.entry("vm delete", List.of("-g rg -n vm1 --yes", "-g rg -n vm9 --yes")),
            Map.entry("network nsg delete", List.of("-g rg -n nsg1", "-g rg -n vm1NSG")),
            Map.entry("network nsg rule delete", List.of("-g rg --nsg-name vm1NSG -n default-allow-ssh")),
            Map.entry("network route-table route delete", List.of("-g rg --route-table-name rt1 -n r1")),
            Map.entry("network lb delete", List.of("-g rg -n lb1")),
            Map.entry("network lb frontend-ip delete", List.of("-g rg --lb-name lb1 -n fe1")),
            Map.entry("network lb address-pool delete", List.of("-g rg --lb-name lb1 -n pool1")),
            Map.entry("network lb probe delete", List.of("-g rg --lb-name lb1 -n probe1")),
            Map.entry("network lb rule delete", List.of("-g rg --lb-name lb1 -n rule1")),
            Map.entry("network lb inbound-nat-rule delete", List.of("-g rg --lb-name lb1 -n nat1")),
            Map.entry("network lb outbound-rule delete", List.of("-g rg --lb-name lb2 -n out1")),
            Map.entry("network nat gateway delete", List.of("-g rg -n nat1")),
            Map.entry("network public-ip prefix delete", List.of("-g rg -n pfx1")),
            Map.entry("network bastion delete", List.of("-g rg -n bastion1")),
            Map.entry("network private-endpoint delete", List.of("-g rg -n pe1")),
            Map.entry("network firewall delete", List.of("-g rg -n fw1")),
            Map.entry("network nic ip-config delete", List.of("-g rg --nic-name vm1VMNic -n ipconfigvm1"))));

    static {
        String manager = "-g rg --network-manager-name nm1 ";
        IN_USE.put("network manager delete", List.of("-g rg -n nm1 --yes"));
        String zone = "-g rg -z contoso.internal ";
        IN_USE.put("network private-dns zone delete", List.of("-g rg -n contoso.internal --yes"));
        IN_USE.put("network private-dns link vnet delete", List.of(zone + "-n l1 --yes"));
        IN_USE.put("network private-dns record-set a delete", List.of(zone + "-n db --yes"));
        IN_USE.put("network private-dns record-set aaaa delete", List.of(zone + "-n db6 --yes"));
        IN_USE.put("network private-dns record-set cname delete", List.of(zone + "-n www --yes"));
        IN_USE.put("network private-endpoint dns-zone-group delete", List.of("-g rg --endpoint-name pe1 -n zg1"));
        IN_USE.put("network manager group delete", List.of(manager + "-n ng1 --yes"));
        IN_USE.put("network manager group static-member delete", List.of(manager + "--network-group-name ng1 -n sm1"));
        IN_USE.put("network manager connect-config delete", List.of(manager + "--configuration-name cc1"));
        IN_USE.put("network manager security-admin-config delete", List.of(manager + "--configuration-name sac1"));
        IN_USE.put("network manager security-admin-config rule-collection delete",
                List.of(manager + "--configuration-name sac1 --rule-collection-name rc1"));
        IN_USE.put("network manager security-admin-config rule-collection rule delete",
                List.of(manager + "--configuration-name sac1 --rule-collection-name rc1 --rule-name ar1"));
    }

    @Test
    void every_delete_command_is_tried_on_a_resource_in_use() {
        List<String> deletes = Registry.standard().commands().keySet().stream().filter(c -> c.endsWith(" delete"))
                .toList();
        assertThat(IN_USE).containsOnlyKeys(deletes);
    }

    @Test
    void deleting_what_others_depend_on_is_refused_whole_or_leaves_nothing_dangling() {
        Findings findings = new Findings("in-use deletes");
        IN_USE.forEach((command, targets) -> {
            for (String target : targets) {
                List<String> args = new ArrayList<>(BadInputWorld.words(command));
                args.addAll(BadInputWorld.words(target));
                AzProbe.Case c = new AzProbe.Case(findings.family(), command, "name", "in-use", args,
                        AzProbe.Expect.ANY);
                findings.countCase();
                Az az = BadInputWorld.fork();
                findings.addAll(BadInputWorld.probe(az, c));
                for (String dangling : DanglingReferences.in(az.topology().state())) {
                    findings.add(new Violation(findings.family(), command, "name", "in-use",
                            Violation.Rule.DANGLING_REFERENCE, target + ": " + dangling));
                }
            }
        });
        findings.assertKept();
    }
}
