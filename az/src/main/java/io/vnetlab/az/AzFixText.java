package io.vnetlab.az;

import io.vnetlab.dataplane.Fix;
import io.vnetlab.model.ResourceId;
import io.vnetlab.render.FixText;

import java.util.ArrayList;
import java.util.List;

/**
 * Fixes as an {@code az} user reads them: the change in Azure's terms, then the {@code az} command that makes it,
 * never a Java call.
 *
 * <pre>{@code
 * AzFixText.AZ.render(fix);
 * // enable IP forwarding on network interface 'nvaNic' (az network nic update -g rg -n nvaNic --ip-forwarding true)
 * }</pre>
 */
final class AzFixText extends FixText {

    static final AzFixText AZ = new AzFixText();

    private AzFixText() {
    }

    @Override
    protected String how(Fix fix) {
        switch (fix.kind()) {
            case SYNC_PEERING:
            case ENABLE_IP_FORWARDING:
                return super.how(fix);   // the plain text already names the az command
            case SET_PEERING_SETTINGS:
                return peeringUpdates(fix);
            case PEER_USING_REMOTE_GATEWAY: {
                ResourceId spoke = fix.resource(0);
                ResourceId hub = fix.resource(1);
                return "az network vnet peering create -g " + spoke.resourceGroup() + " -n " + spoke.name() + "-To-"
                        + hub.name() + " --vnet-name " + spoke.name() + " --remote-vnet " + hub
                        + " --allow-vnet-access --use-remote-gateways, and az network vnet peering create -g "
                        + hub.resourceGroup() + " -n " + hub.name() + "-To-" + spoke.name() + " --vnet-name "
                        + hub.name() + " --remote-vnet " + spoke + " --allow-vnet-access --allow-gateway-transit";
            }
            case ENABLE_GATEWAY_ROUTE_PROPAGATION: {
                ResourceId table = fix.resource(0);
                return "az network route-table update -g " + table.resourceGroup() + " -n " + table.name()
                        + " --disable-bgp-route-propagation false";
            }
            case REMOVE_USER_ROUTE:
                if (fix.resources().isEmpty()) {
                    return null;
                }
                return "az network route-table route delete -g " + fix.resource(0).resourceGroup()
                        + " --route-table-name " + fix.resource(0).name() + " -n " + fix.value(0);
            case CONNECT_GATEWAY_BACK: {
                ResourceId back = fix.resource(0);
                return "az network vpn-connection create -g " + back.resourceGroup() + " -n CONNECTION"
                        + " --vnet-gateway1 " + back.name() + " --local-gateway2 "
                        + (fix.value(0) == null ? "SITE" : fix.value(0)) + " --shared-key KEY";
            }
            case CONNECT_SITE: {
                ResourceId site = fix.resource(0);
                return "az network vpn-connection create -g " + site.resourceGroup() + " -n CONNECTION"
                        + " --vnet-gateway1 GATEWAY --local-gateway2 " + site.name() + " --shared-key KEY";
            }
            default:
                return null;
        }
    }

    /** {@code az network vnet peering update ... --set allowForwardedTraffic=true}, one per peering that exists. */
    private static String peeringUpdates(Fix fix) {
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < fix.resources().size(); i++) {
            ResourceId peering = fix.resource(i);
            if (peering.parent().isEmpty()) {
                continue;   // no peering back exists: the settings go on the one to create
            }
            commands.add("az network vnet peering update -g " + peering.resourceGroup() + " --vnet-name "
                    + peering.parent().get().name() + " -n " + peering.name() + " --set " + fix.value(i) + "=true");
        }
        return commands.isEmpty() ? null : String.join(", and ", commands);
    }
}
