package io.vnetlab;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads and links the classes of a reachability walk on a daemon thread, started when the first topology of the JVM
 * is created, so that the first question after a build does not pay for them. A fresh JVM spends most of its first
 * walk defining, verifying and linking these classes (73 of them, about 400 kB of class files), while building even a
 * small topology leaves a second core idle for longer than that takes.
 *
 * <p>The thread shares no state with topologies: it only asks the class loader for classes by name, and links them
 * without initialising any (static initialisers stay on the thread that first uses a class, so no two threads can
 * wait on each other's initialisation). A name that is missing or fails to link ends the preloading quietly; the
 * walk then loads what it needs itself, as it would without this class. Set the system property
 * {@value #PROPERTY} to {@code false} to turn it off.
 *
 * <p>The list is the classes that the walks of the reference topologies and of a topology filtered by NSG rules load,
 * in the order they first load them; a test in a JVM of its own asks every pair of those topologies once the
 * preloading finished, and fails when a question still loads a class of the library, naming it.
 */
final class WalkClassPreloader implements Runnable {

    /** The system property that turns the preloading off when {@code false}. */
    static final String PROPERTY = "vnetlab.preload";
    /** The name of the preloading thread. */
    static final String THREAD_NAME = "vnetlab-walk-preloader";

    static final String[] WALK_CLASSES = {
        "io.vnetlab.dataplane.DataPlane",
        "io.vnetlab.model.PrivateEndpoint",
        "io.vnetlab.dataplane.GatewayRouting",
        "io.vnetlab.dataplane.Endpoint",
        "io.vnetlab.dataplane.Flow",
        "io.vnetlab.dataplane.Flow$Builder",
        "io.vnetlab.model.Protocol",
        "io.vnetlab.dataplane.Walk",
        "io.vnetlab.dataplane.WalkRecord",
        "io.vnetlab.dataplane.NsgStage",
        "io.vnetlab.dataplane.ProtocolPorts",
        "io.vnetlab.address.PortRangeSet",
        "io.vnetlab.dataplane.DropDiagnosis",
        "io.vnetlab.dataplane.HopDetail",
        "io.vnetlab.dataplane.Forwarding",
        "io.vnetlab.dataplane.Forwarding$Arrival",
        "io.vnetlab.dataplane.Forwarding$Arrival$Outside",
        "io.vnetlab.dataplane.PeeringCrossing",
        "io.vnetlab.dataplane.LoadBalancerStage",
        "io.vnetlab.dataplane.ApplianceNextHop",
        "io.vnetlab.dataplane.Replies",
        "io.vnetlab.dataplane.Packet",
        "io.vnetlab.model.SecurityRuleDirection",
        "io.vnetlab.dataplane.SecurityPlane",
        "io.vnetlab.dataplane.ManagedNetworking",
        "io.vnetlab.model.NetworkManagerDeployment",
        "io.vnetlab.dataplane.SecurityPlane$Level",
        "io.vnetlab.dataplane.SecurityPlane$KeptLevels",
        "io.vnetlab.dataplane.AddressContext",
        "io.vnetlab.dataplane.AddressContext$RuleAddress",
        "io.vnetlab.dataplane.VirtualNetworkServiceTag",
        "io.vnetlab.dataplane.NsgEvaluator",
        "io.vnetlab.dataplane.NsgEvaluator$Decision",
        "io.vnetlab.dataplane.NsgEvaluator$Result",
        "io.vnetlab.dataplane.SecurityCheck",
        "io.vnetlab.model.NetworkSecurityGroup$ByPriority",
        "io.vnetlab.dataplane.DataPlane$RouteInputs",
        "io.vnetlab.dataplane.DataPlane$CompiledRoutes",
        "io.vnetlab.dataplane.NextHopType",
        "io.vnetlab.dataplane.EffectiveRoute",
        "io.vnetlab.dataplane.RouteSource",
        "io.vnetlab.dataplane.RouteState",
        "io.vnetlab.controlplane.GatewayConnections",
        "io.vnetlab.model.ConnectionStatus",
        "io.vnetlab.dataplane.BgpPropagation",
        "io.vnetlab.dataplane.GatewayRouting$TransitSpoke",
        "io.vnetlab.dataplane.EffectiveRouteTable",
        "io.vnetlab.dataplane.RouteSelection",
        "io.vnetlab.dataplane.RouteSelection$1",
        "io.vnetlab.address.PrefixTable",
        "io.vnetlab.address.PrefixTable$Family",
        "io.vnetlab.dataplane.Forwarding$1",
        "io.vnetlab.dataplane.Hop",
        "io.vnetlab.dataplane.Hop$Kind",
        "io.vnetlab.dataplane.Place",
        "io.vnetlab.dataplane.Place$Kind",
        "io.vnetlab.dataplane.PeeringCrossed",
        "io.vnetlab.dataplane.HopOutcome",
        "io.vnetlab.dataplane.HopDetail$Holds",
        "io.vnetlab.dataplane.HopDetail$SourceIsDestination",
        "io.vnetlab.dataplane.Forwarding$Arrival$Inside",
        "io.vnetlab.dataplane.Verdict",
        "io.vnetlab.dataplane.Blocker",
        "io.vnetlab.dataplane.Blocker$Kind",
        "io.vnetlab.dataplane.Blocker$ReplyPath",
        "io.vnetlab.dataplane.Fix",
        "io.vnetlab.dataplane.Fix$Kind",
        "io.vnetlab.dataplane.DataPlane$KeptEndpoint",
        "io.vnetlab.dataplane.HopDetail$Reply",
        "io.vnetlab.dataplane.LoadBalancing",
        "io.vnetlab.dataplane.LoadBalancing$FrontendAt",
        "io.vnetlab.dataplane.LoadBalancing$Selection",
        "io.vnetlab.dataplane.HopDetail$LoadBalanced",
    };

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private WalkClassPreloader() {
    }

    /** Starts the preloading, once per JVM, unless turned off. Cheap after the first call. */
    static void startOnce() {
        if (STARTED.get() || !STARTED.compareAndSet(false, true)) {
            return;
        }
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY))) {
            return;
        }
        Thread thread = new Thread(new WalkClassPreloader(), THREAD_NAME);
        thread.setDaemon(true);   // never keeps a JVM alive: a JVM that asks nothing ends without waiting for it
        thread.start();
    }

    @Override
    public void run() {
        ClassLoader loader = WalkClassPreloader.class.getClassLoader();
        try {
            for (String name : WALK_CLASSES) {
                // the reflective query links (verifies) the class; Class.forName(..., false, ...) alone only defines it
                Class.forName(name, false, loader).getDeclaredConstructors();
            }
        } catch (ClassNotFoundException | RuntimeException | LinkageError stop) {
            // an optimisation only: the walk loads whatever is left on first use, and reports any real problem there
        }
    }
}
