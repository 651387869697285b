package io.vnetlab;

/**
 * The four flags of a peering direction (AZURE-SEMANTICS §2.3), shared by definitions and updates. Java DSL
 * defaults follow the portal, PowerShell and the Azure SDK: VNet access on, the other three off (DESIGN.md).
 */
abstract class PeeringSettings<SELF extends PeeringSettings<SELF>> {

    boolean allowVirtualNetworkAccess = true;
    boolean allowForwardedTraffic;
    boolean allowGatewayTransit;
    boolean useRemoteGateways;

    @SuppressWarnings("unchecked")
    private SELF self() {
        return (SELF) this;
    }

    /** Whether VMs of the local network may reach the remote one (on by default, §2.3.1). */
    public SELF allowVirtualNetworkAccess(boolean allow) {
        this.allowVirtualNetworkAccess = allow;
        return self();
    }

    /** Accept traffic that the remote network forwards from elsewhere, e.g. from an appliance (§2.3.3). */
    public SELF allowForwardedTraffic() {
        return allowForwardedTraffic(true);
    }

    public SELF allowForwardedTraffic(boolean allow) {
        this.allowForwardedTraffic = allow;
        return self();
    }

    /** Let the remote network use this network's gateway (§2.3.4). */
    public SELF allowGatewayTransit() {
        return allowGatewayTransit(true);
    }

    public SELF allowGatewayTransit(boolean allow) {
        this.allowGatewayTransit = allow;
        return self();
    }

    /** Use the remote network's gateway; the remote must have one and allow transit (§2.3.5). */
    public SELF useRemoteGateways() {
        return useRemoteGateways(true);
    }

    public SELF useRemoteGateways(boolean use) {
        this.useRemoteGateways = use;
        return self();
    }
}
