package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;

import java.util.List;
import java.util.Random;

/**
 * Deterministic topologies at Azure's scale, shared by the benchmarks and the differential tests. The same
 * arguments always give the same topology.
 */
public final class TopologyGenerator {

    /** The four regions {@link #hubAndSpoke(int, int, boolean)} spreads spokes over when asked to. */
    public static final List<Region> REGIONS = List.of(Region.WEST_EUROPE, Region.NORTH_EUROPE, Region.EAST_US,
            Region.SOUTHEAST_ASIA);

    private TopologyGenerator() {
    }

    /**
     * A hub ({@code hub}, 10.0.0.0/16, one VM) peered both ways with {@code spokes} spokes ({@code spoke-000}, ...,
     * each a /24 from 10.1.0.0 on, with {@code vmsPerSpoke} VMs). Spokes sit in the hub's region, or spread over
     * {@link #REGIONS} (global peering) when {@code spreadOverRegions}.
     */
    public static Topology hubAndSpoke(int spokes, int vmsPerSpoke, boolean spreadOverRegions) {
        if (spokes < 0 || spokes > 500) {
            throw new IllegalArgumentException("A hub has 0 to 500 spokes (Azure's peering limit), not " + spokes + ".");
        }
        Topology t = Topology.create();
        t.networks().define("hub").withRegion(REGIONS.get(0)).withAddressSpace("10.0.0.0/16")
                .withSubnet("workload", "10.0.1.0/24").create();
        t.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("workload").create();
        for (int i = 0; i < spokes; i++) {
            String name = spokeName(i);
            String prefix = spokePrefix(i);
            Region region = spreadOverRegions ? REGIONS.get(i % REGIONS.size()) : REGIONS.get(0);
            t.networks().define(name).withRegion(region).withAddressSpace(prefix).withSubnet("default", prefix).create();
            for (int v = 0; v < vmsPerSpoke; v++) {
                t.virtualMachines().define(name + "-vm" + v).withExistingPrimaryNetwork(name).withSubnet("default")
                        .create();
            }
            t.peer(name).with("hub").create();
        }
        return t;
    }

    /**
     * The hub at scale: {@link #hubAndSpoke(int, int, boolean)} plus a VPN gateway in the hub connected
     * to an on-premises site (10.100.0.0/16), an appliance with IP forwarding in the hub (10.0.2.4), every spoke
     * using the hub's gateway (gateway transit) and routing 10.0.0.0/8 to the appliance, and, when
     * {@code rulesPerNsg > 0}, an NSG of that many rules on every spoke subnet.
     */
    public static Topology fullHub(int spokes, int vmsPerSpoke, boolean spreadOverRegions, int rulesPerNsg) {
        Topology t = Topology.create();
        t.networks().define("hub").withRegion(REGIONS.get(0)).withAddressSpace("10.0.0.0/16")
                .withSubnet("workload", "10.0.1.0/24").withSubnet("nva", "10.0.2.0/24")
                .withSubnet("GatewaySubnet", "10.0.255.0/27").create();
        t.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("workload").create();
        t.virtualMachines().define("nva").withExistingPrimaryNetwork("hub").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.0.2.4").withIpForwarding().create();
        t.virtualNetworkGateways().define("hub-vpn").withExistingNetwork("hub").withRouteBasedVpn().create();
        t.localNetworkGateways().define("OnPrem").withRegion(REGIONS.get(0)).withIPAddress("203.0.113.10")
                .withAddressSpace("10.100.0.0/16").create();
        t.connections().define("hub-to-onprem").withSiteToSite("hub-vpn", "OnPrem").create();
        t.routeTables().define("spokes-rt").withRegion(REGIONS.get(0))
                .withRouteViaVirtualAppliance("10.0.0.0/8", "10.0.2.4").create();
        for (int i = 0; i < spokes; i++) {
            String name = spokeName(i);
            String prefix = spokePrefix(i);
            io.vnetlab.model.Region region = spreadOverRegions ? REGIONS.get(i % REGIONS.size()) : REGIONS.get(0);
            t.networks().define(name).withRegion(region).withAddressSpace(prefix).withSubnet("default", prefix).create();
            for (int v = 0; v < vmsPerSpoke; v++) {
                t.virtualMachines().define(name + "-vm" + v).withExistingPrimaryNetwork(name).withSubnet("default")
                        .create();
            }
            t.peer(name).with("hub").usingGatewayOf("hub").allowForwardedTraffic().create();
            if (region == REGIONS.get(0)) {
                t.routeTables().associate("spokes-rt", name, "default");
            }
            if (rulesPerNsg > 0) {
                io.vnetlab.NetworkSecurityGroups.Definition nsg = t.networkSecurityGroups().define(name + "-nsg")
                        .withRegion(region);
                for (int r = 0; r < rulesPerNsg; r++) {
                    nsg = nsg.defineRule("r" + r).allowInbound().fromAddress("10.100." + (r % 250) + ".0/24")
                            .fromAnyPort().toAnyAddress().toPort(1000 + r).withProtocol(io.vnetlab.model.Protocol.Tcp)
                            .withPriority(100 + r).attach();
                }
                nsg.create();
                t.networkSecurityGroups().associateWithSubnet(name + "-nsg", name, "default");
            }
        }
        return t;
    }

    /** {@code n} networks (10.i.0.0/16, one VM each), every pair peered both ways. */
    public static Topology mesh(int n) {
        if (n < 1 || n > 250) {
            throw new IllegalArgumentException("A mesh has 1 to 250 networks, not " + n + ".");
        }
        Topology t = Topology.create();
        for (int i = 0; i < n; i++) {
            String name = meshName(i);
            t.networks().define(name).withRegion(REGIONS.get(i % REGIONS.size()))
                    .withAddressSpace("10." + i + ".0.0/16").withSubnet("default", "10." + i + ".0.0/24").create();
            t.virtualMachines().define(name + "-vm").withExistingPrimaryNetwork(name).withSubnet("default").create();
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                t.peer(meshName(i)).with(meshName(j)).create();
            }
        }
        return t;
    }

    /**
     * A small random topology for differential tests: 2 to 6 networks with overlapping candidate spaces, VMs,
     * one-sided and two-sided peerings, deletions and address-space changes; refused operations are skipped.
     */
    public static Topology random(long seed) {
        Random random = new Random(seed);
        Topology t = Topology.create();
        String[] spaces = {"10.0.0.0/16", "10.1.0.0/16", "10.0.128.0/17", "10.2.0.0/16", "192.168.0.0/24",
                "20.0.0.0/16", "10.3.0.0/16"};
        int networks = 2 + random.nextInt(5);
        for (int i = 0; i < networks; i++) {
            String space = spaces[random.nextInt(spaces.length)];
            String subnet = space.endsWith("/24") ? space : space.replaceAll("/\\d+$", "/24");
            try {
                t.networks().define("net" + i).withRegion(REGIONS.get(random.nextInt(2)))
                        .withAddressSpace(space).withSubnet("s", subnet).create();
            } catch (RuntimeException refused) {
                continue;
            }
            for (int v = random.nextInt(3); v >= 0; v--) {
                t.virtualMachines().define("vm" + i + "x" + v).withExistingPrimaryNetwork("net" + i).withSubnet("s").create();
            }
        }
        List<String> names = t.networks().list().stream().map(n -> n.name()).toList();
        for (int k = random.nextInt(networks * 2 + 1); k > 0 && names.size() > 1; k--) {
            String a = names.get(random.nextInt(names.size()));
            String b = names.get(random.nextInt(names.size()));
            try {
                switch (random.nextInt(5)) {
                    case 0: t.peer(a).to(b).create(); break;
                    case 1: t.peerings().delete(a, a + "-To-" + b); break;
                    case 2: t.networks().update(a).withAddressSpace(spaces[random.nextInt(spaces.length)]).apply(); break;
                    case 3: t.peerings().sync(a, a + "-To-" + b); break;
                    default: t.peer(a).with(b).create();
                }
            } catch (RuntimeException refused) {
                // Azure would refuse it too; the topology is unchanged
            }
        }
        return t;
    }

    public static String spokeName(int i) {
        return String.format("spoke-%03d", i);
    }

    static String spokePrefix(int i) {
        return "10." + (1 + i / 256) + "." + (i % 256) + ".0/24";
    }

    static String meshName(int i) {
        return String.format("mesh-%03d", i);
    }
}
