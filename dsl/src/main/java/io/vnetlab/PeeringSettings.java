package io.vnetlab;

import io.vnetlab.model.PeeringScope;

import java.util.List;

/**
 * The four flags of a peering direction (docs/azure/peering.md#flags), shared by definitions and updates. Java DSL
 * defaults follow the portal, PowerShell and the Azure SDK: VNet access on, the other three off
 * (docs/azure/decisions.md#peering-flag-defaults).
 */
abstract class PeeringSettings<SELF extends PeeringSettings<SELF>> {

    boolean allowVirtualNetworkAccess = true;
    boolean allowForwardedTraffic;
    boolean allowGatewayTransit;
    boolean useRemoteGateways;
    PeeringScope scope = PeeringScope.COMPLETE;

    @SuppressWarnings("unchecked")
    private SELF self() {
        return (SELF) this;
    }

    /**
     * Whether VMs of the local network may reach the remote one (on by default,
     * docs/azure/peering.md#allow-virtual-network-access).
     */
    public SELF allowVirtualNetworkAccess(boolean allow) {
        this.allowVirtualNetworkAccess = allow;
        return self();
    }

    /**
     * Accept traffic that the remote network forwards from elsewhere, e.g. from an appliance
     * (docs/azure/peering.md#allow-forwarded-traffic).
     */
    public SELF allowForwardedTraffic() {
        return allowForwardedTraffic(true);
    }

    public SELF allowForwardedTraffic(boolean allow) {
        this.allowForwardedTraffic = allow;
        return self();
    }

    /** Let the remote network use this network's gateway (docs/azure/peering.md#allow-gateway-transit). */
    public SELF allowGatewayTransit() {
        return allowGatewayTransit(true);
    }

    public SELF allowGatewayTransit(boolean allow) {
        this.allowGatewayTransit = allow;
        return self();
    }

    /**
     * Use the remote network's gateway; the remote must have one and allow transit
     * (docs/azure/peering.md#use-remote-gateways).
     */
    public SELF useRemoteGateways() {
        return useRemoteGateways(true);
    }

    public SELF useRemoteGateways(boolean use) {
        this.useRemoteGateways = use;
        return self();
    }

    /**
     * A subnet peering (docs/azure/subnet-peering.md): only {@code localSubnets} of the local network (the first of a
     * pair) and {@code remoteSubnets} of the remote one take part; their prefixes, not the address spaces, are
     * routed and must not overlap.
     *
     * <pre>{@code
     * topology.peer("vnetA").with("vnetB").onlySubnets(List.of("app"), List.of("db")).create();
     * }</pre>
     */
    public SELF onlySubnets(List<String> localSubnets, List<String> remoteSubnets) {
        this.scope = new PeeringScope(false, localSubnets, remoteSubnets, scope.enableOnlyIPv6Peering());
        return self();
    }

    /** What the peering joins, as a whole (docs/azure/subnet-peering.md#resource-shape). */
    public SELF withScope(PeeringScope scope) {
        this.scope = java.util.Objects.requireNonNull(scope, "scope");
        return self();
    }

    /**
     * Peers the chosen subnets over IPv6 only ({@code enableOnlyIPv6Peering}, docs/azure/subnet-peering.md#ipv6-only);
     * call after {@link #onlySubnets}.
     */
    public SELF onlyIpv6() {
        this.scope = new PeeringScope(scope.peerCompleteVnets(), scope.localSubnetNames(), scope.remoteSubnetNames(),
                true);
        return self();
    }
}
