package io.vnetlab.az;

import io.vnetlab.Topology;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Seeded random sequences of operations, valid and hostile mixed, from the {@link BadInputWorld}: through the
 * {@code az} commands and through the Java DSL. After every refused operation the state is the very one before it;
 * after every accepted one the journal still rebuilds the state, and no reference dangles.
 */
class BadInputSequencesTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261205L);

    private static final String[] GROUPS = {"rg", "rg", "rg", "ghost"};
    private static final String[] NETWORKS = {"hub", "spoke", "lone", "edge", "v1", "v2", "ghost"};
    private static final String[] SUBNETS = {"app", "s", "GatewaySubnet", "s1"};
    private static final String[] NSGS = {"nsg1", "spare-nsg", "vm1NSG", "n1", "ghost"};
    private static final String[] TABLES = {"rt1", "t1", "ghost"};
    private static final String[] VMS = {"vm1", "vm9", "m1", "m2"};
    private static final String[] PREFIXES = {"10.0.0.0/16", "10.50.0.0/16", "10.9.0.0/24", "10.9.1.0/24",
            "10.1.0.0/16", "10.60.0.0/24", "10.7.0.0/255.255.0.0", "10.0.0.0/33", "", "x/y", "10.50.1.0/24"};
    private static final String[] PRIORITIES = {"100", "200", "4096", "4097", "0", "-1", "２２", "99999999999"};
    private static final String[] PORTS = {"22", "80-443", "*", "22 - 80", "２２", "65536", "-1", ""};

    @Test
    void az_command_sequences_change_nothing_when_refused_and_stay_replayable() {
        Findings findings = new Findings("random operation sequences (az)");
        qt().withFixedSeed(SEED).withExamples(40)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 25))
                .checkAssert(ops -> {
                    Az az = BadInputWorld.fork();
                    for (int op : ops) {
                        List<String> args = BadInputWorld.words(azCommand(op));
                        AzProbe.Case c = new AzProbe.Case(findings.family(), String.join(" ", args.subList(0,
                                args.indexOf("-g") < 0 ? 2 : args.indexOf("-g"))), "sequence", "op" + op % 17,
                                args, AzProbe.Expect.ANY);
                        findings.countCase();
                        findings.addAll(AzProbe.probe(az, c));
                        for (String dangling : DanglingReferences.in(az.topology().state())) {
                            findings.add(new Violation(findings.family(), c.surface(), "sequence", c.valueClass(),
                                    Violation.Rule.DANGLING_REFERENCE, String.join(" ", args) + ": " + dangling));
                        }
                    }
                });
        findings.assertKept();
    }

    /** One az command of the sequences, decoded from {@code op}; the words after {@code az}, split at spaces. */
    static String azCommand(int op) {
        String g = pick(GROUPS, op / 17);
        String v = pick(NETWORKS, op / 71);
        String v2 = pick(NETWORKS, op / 503);
        String s = pick(SUBNETS, op / 3001);
        String n = pick(NSGS, op / 13);
        String t = pick(TABLES, op / 29);
        String m = pick(VMS, op / 37);
        String p = pick(PREFIXES, op / 19_001);
        String p2 = pick(PREFIXES, op / 211_001).replace(" ", "");
        switch (op % 17) {
            case 0: return "network vnet create -g " + g + " -n " + v + " --address-prefixes " + nonEmpty(p)
                    + " --subnet-name " + s + " --subnet-prefixes " + nonEmpty(p2);
            case 1: return "network vnet update -g " + g + " -n " + v + " --address-prefixes " + nonEmpty(p);
            case 2: return "network vnet delete -g " + g + " -n " + v;
            case 3: return "network vnet subnet create -g " + g + " --vnet-name " + v + " -n " + s
                    + " --address-prefixes " + nonEmpty(p);
            case 4: return "network vnet subnet update -g " + g + " --vnet-name " + v + " -n " + s
                    + " --network-security-group " + n;
            case 5: return "network vnet subnet delete -g " + g + " --vnet-name " + v + " -n " + s;
            case 6: return "network vnet peering create -g " + g + " --vnet-name " + v + " -n " + v + "-to-" + v2
                    + " --remote-vnet " + v2 + " --allow-vnet-access";
            case 7: return "network vnet peering delete -g " + g + " --vnet-name " + v + " -n " + v + "-to-" + v2;
            case 8: return "network nsg create -g " + g + " -n " + n;
            case 9: return "network nsg delete -g " + g + " -n " + n;
            case 10: return "network nsg rule create -g " + g + " --nsg-name " + n + " -n r" + op % 5 + " --priority "
                    + pick(PRIORITIES, op / 7) + " --destination-port-ranges " + nonEmpty(pick(PORTS, op / 11))
                    .replace(" ", "");
            case 11: return "network route-table create -g " + g + " -n " + t;
            case 12: return "network route-table route create -g " + g + " --route-table-name " + t + " -n r"
                    + op % 3 + " --address-prefix " + nonEmpty(p) + " --next-hop-type VnetLocal";
            case 13: return "vm create -g " + g + " -n " + m + " --image Ubuntu2204 --vnet-name " + v + " --subnet " + s
                    + " --generate-ssh-keys";
            case 14: return "vm delete -g " + g + " -n " + m + " --yes";
            case 15: return "network nic update -g " + g + " -n " + m + "VMNic --ip-forwarding true"
                    + " --network-security-group " + n;
            default: return "network vnet subnet update -g " + g + " --vnet-name " + v + " -n " + s
                    + " --route-table " + t;
        }
    }

    @Test
    void dsl_operation_sequences_change_nothing_when_refused() {
        Findings findings = new Findings("random operation sequences (DSL)");
        Topology world = BadInputWorld.fork().topology();
        qt().withFixedSeed(SEED).withExamples(60)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 25))
                .checkAssert(ops -> {
                    Topology topology = world.fork();
                    for (int op : ops) {
                        findings.countCase();
                        dslStep(findings, topology, op);
                    }
                });
        findings.assertKept();
    }

    private static void dslStep(Findings findings, Topology topology, int op) {
        String surface = "dsl op" + op % 12;
        TopologyState before = topology.state();
        try {
            String made = applyDsl(topology, op);
            if (made != null && topology.state().named(io.vnetlab.model.VirtualNetwork.class, made).isEmpty()) {
                findings.add(new Violation(findings.family(), surface, "batch", "dsl-in-batch",
                        Violation.Rule.LOST_UPDATE, "the network " + made + " the batch made is gone"));
            }
        } catch (AzureException | IllegalArgumentException refused) {
            if (topology.state() != before) {
                findings.add(new Violation(findings.family(), surface, "state", refused.getClass().getSimpleName(),
                        Violation.Rule.REFUSAL_CHANGED_STATE, String.valueOf(refused.getMessage())));
            }
            if (refused instanceof AzureException) {
                JavaInternals.in(refused.getMessage()).ifPresent(marker -> findings.add(new Violation(
                        findings.family(), surface, "message", "azure-error", Violation.Rule.JAVA_INTERNALS,
                        marker + " in: " + refused.getMessage())));
            }
        } catch (RuntimeException | StackOverflowError e) {
            findings.add(new Violation(findings.family(), surface, "throwable", e.getClass().getSimpleName(),
                    Violation.Rule.UNCAUGHT_THROWABLE, e.toString()));
        }
        for (String dangling : DanglingReferences.in(topology.state())) {
            findings.add(new Violation(findings.family(), surface, "state", "dangling",
                    Violation.Rule.DANGLING_REFERENCE, dangling));
        }
    }

    /**
     * One DSL operation of the sequences, decoded from {@code op}: the name of a network a batch reports it made,
     * or {@code null}.
     */
    private static String applyDsl(Topology t, int op) {
        String v = pick(NETWORKS, op / 71);
        String v2 = pick(NETWORKS, op / 503);
        String s = pick(SUBNETS, op / 3001);
        String n = pick(NSGS, op / 13);
        String table = pick(TABLES, op / 29);
        String m = pick(VMS, op / 37);
        String p = pick(PREFIXES, op / 19_001);
        switch (op % 12) {
            case 0:
                t.networks().define(v).withRegion(Region.WEST_EUROPE).withExistingResourceGroup("rg")
                        .withAddressSpace(p).withSubnet(s, p).create();
                return null;
            case 1:
                t.networks().update(v).withAddressSpace(p).apply();
                return null;
            case 2:
                t.networks().delete(v);
                return null;
            case 3:
                t.peer(v).to(v2).create();
                return null;
            case 4:
                t.networkSecurityGroups().define(n).withRegion(Region.WEST_EUROPE).withExistingResourceGroup("rg")
                        .defineRule("r").allowInbound().fromAnyAddress().fromAnyPort().toAnyAddress()
                        .toPortRanges(pick(PORTS, op / 11)).withProtocol(Protocol.Tcp)
                        .withPriority(op % 5000 - 100).attach().create();
                return null;
            case 5:
                t.networkSecurityGroups().delete(n);
                return null;
            case 6:
                t.networkSecurityGroups().associateWithSubnet(n, v, s);
                return null;
            case 7:
                t.routeTables().define(table).withRegion(Region.WEST_EUROPE).withExistingResourceGroup("rg")
                        .withRouteViaVirtualAppliance(p, "10.0.1.10").create();
                return null;
            case 8:
                t.routeTables().delete(table);
                return null;
            case 9:
                t.virtualMachines().define(m).withRegion(Region.WEST_EUROPE).withExistingResourceGroup("rg")
                        .withExistingPrimaryNetwork(v).withSubnet(s).create();
                return null;
            case 10:
                t.virtualMachines().delete(m);
                return null;
            default: {
                // a batch whose work runs DSL calls: it commits them all, or none
                String inner = "inner" + op % 7;
                t.batch(b -> t.networks().define(inner).withRegion(Region.WEST_EUROPE)
                        .withExistingResourceGroup("rg").withAddressSpace("10.200.0.0/16").create());
                return inner;
            }
        }
    }

    private static String pick(String[] values, int at) {
        return values[Math.floorMod(at, values.length)];
    }

    private static String nonEmpty(String value) {
        return value.isEmpty() ? "''" : value;
    }
}
