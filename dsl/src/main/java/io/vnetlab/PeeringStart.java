package io.vnetlab;

import io.vnetlab.model.Arguments;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;


/**
 * The first word of a peering: {@code topology.peer("SalesVNet")}. Then {@link #with(String)} for both directions,
 * or {@link #to(String)} for this network's direction alone.
 */
@API(status = STABLE, since = "0.1")
public final class PeeringStart {

    private final Topology topology;
    private final String network;

    PeeringStart(Topology topology, String network) {
        Arguments.requireText(network, "virtual network");
        this.topology = topology;
        this.network = network;
    }

    /**
     * Both directions, named {@code <A>-To-<B>} and {@code <B>-To-<A>} as in the Learn module, created together:
     * both {@code Connected}.
     */
    public PeeringPairDefinition with(String remoteNetwork) {
        return new PeeringPairDefinition(topology, network, remoteNetwork);
    }

    /** This network's direction only, named {@code <A>-To-<B>}: {@code Initiated} until the other side exists. */
    public Peerings.Definition to(String remoteNetwork) {
        String localName = topology.network(network).name();
        String remoteName = PeeringPairDefinition.displayName(topology, remoteNetwork);
        return topology.peerings().define(localName + "-To-" + remoteName).onNetwork(network)
                .withRemoteNetwork(remoteNetwork);
    }
}
