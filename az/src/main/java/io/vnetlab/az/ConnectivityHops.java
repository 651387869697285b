package io.vnetlab.az;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.address.IpAddress;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.Place;
import io.vnetlab.dataplane.RouteSource;
import io.vnetlab.dataplane.SecurityCheck;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.render.BlockerText;
import io.vnetlab.render.VerdictRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code hops} of {@code az network watcher test-connectivity}, read from the verdict's typed hops: the source
 * VM, each appliance, Azure Firewall and gateway the packet passes, then the destination VM, the Internet or the
 * on-premises edge. Each hop has the fields of the REST API's {@code ConnectivityHop} (type, id, address,
 * resourceId, nextHopIds, previousHopIds, links, previousLinks, issues), as the {@code networkWatcher.json}
 * definition and its example {@code NetworkWatcherConnectivityCheck.json} in
 * https://github.com/Azure/azure-rest-api-specs (specification/network/resource-manager/Microsoft.Network/stable/
 * 2024-05-01) publish them: the example types the source {@code Source} and a VM in a virtual network
 * {@code VirtualNetwork}, and names each by its NIC's IP configuration. {@code type} is a free string there;
 * appliances, gateways and the Internet take the next hop types Network Watcher reports
 * (https://learn.microsoft.com/azure/network-watcher/next-hop-overview): {@code VirtualAppliance} (an Azure
 * Firewall too, named by its own id), {@code VirtualNetworkGateway}, {@code Internet}; an on-premises site, which
 * has no type there, is {@code OnPremises}, named by its local network gateway. The hop where the packet was
 * dropped carries the issue, in {@code ConnectivityIssue}'s terms (origin, severity, type, context). The repository's
 * docs/azure/cli-and-network-watcher.md#test-connectivity records what is confirmed and what is not.
 */
final class ConnectivityHops {

    /** One hop of the answer before it is written: what it is, and the issue found there, if any. */
    private record Step(String type, IpAddress address, ResourceId resourceId) {
    }

    private final Verdict verdict;
    private final Function<ResourceId, Optional<NetworkInterface>> interfaces;
    private final List<Step> steps = new ArrayList<>();

    private ConnectivityHops(Verdict verdict, Function<ResourceId, Optional<NetworkInterface>> interfaces) {
        this.verdict = verdict;
        this.interfaces = interfaces;
    }

    /** Writes the hops of {@code verdict}, from {@code source}, into {@code hops}. */
    static void write(ArrayNode hops, NetworkInterface source, Verdict verdict,
                      Function<ResourceId, Optional<NetworkInterface>> interfaces) {
        ConnectivityHops answer = new ConnectivityHops(verdict, interfaces);
        answer.steps.add(new Step("Source", source.privateIpAddress(), ipConfigurationOf(source)));
        for (Hop hop : verdict.hops()) {
            hop.destination().flatMap(answer::step).ifPresent(answer::add);
        }
        answer.writeTo(hops);
    }

    /** The hop Network Watcher lists where the packet went, if it lists one (it lists no peering or subnet). */
    private Optional<Step> step(Place place) {
        switch (place.kind()) {
            case APPLIANCE:
                return Optional.of(new Step("VirtualAppliance", place.address(), ipConfiguration(place.id())));
            case FIREWALL:
                return Optional.of(new Step("VirtualAppliance", place.address(), place.id()));
            case GATEWAY:
                return Optional.of(new Step("VirtualNetworkGateway", gatewayAddress().orElse(null), place.id()));
            case INTERNET:
                return Optional.of(new Step("Internet", verdict.flow().destination().address(), null));
            case SITE:
                return Optional.of(new Step("OnPremises", verdict.flow().destination().address(), place.id()));
            case ENDPOINT:
                return Optional.of(new Step("VirtualNetwork", place.address(),
                        place.id() == null ? null : ipConfiguration(place.id())));
            default:
                return Optional.empty();
        }
    }

    /** Consecutive hops at the same place are one hop (an interface's arrival, then its NSGs). */
    private void add(Step step) {
        if (!steps.get(steps.size() - 1).equals(step)) {
            steps.add(step);
        }
    }

    /** The gateway's address, as the route to it names it. */
    private Optional<IpAddress> gatewayAddress() {
        return verdict.hops().stream().filter(h -> h.kind() == Hop.Kind.GATEWAY).map(Hop::decidingRoute)
                .flatMap(Optional::stream).map(EffectiveRoute::nextHopIpAddresses).filter(ips -> !ips.isEmpty())
                .map(ips -> ips.get(0)).findFirst();
    }

    private ResourceId ipConfiguration(ResourceId nic) {
        return interfaces.apply(nic).map(ConnectivityHops::ipConfigurationOf).orElse(nic);
    }

    /** The id of the interface's IP configuration, as its ARM JSON names it (the REST example names hops so). */
    private static ResourceId ipConfigurationOf(NetworkInterface nic) {
        return ResourceId.parse(ResourceJson.networkInterface(nic).at("/properties/ipConfigurations/0/id").asText());
    }

    private void writeTo(ArrayNode hops) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            ids.add(Shapes.guid("hop:" + verdict.flow() + ":" + i + ":" + step.type() + ":"
                    + Objects.toString(step.resourceId(), "") + ":" + step.address()));
        }
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            ObjectNode o = hops.addObject();
            if (step.address() == null) {
                o.putNull("address");
            } else {
                o.put("address", step.address().toString());
            }
            o.put("id", ids.get(i));
            ArrayNode issues = o.putArray("issues");
            if (i == steps.size() - 1) {
                verdict.firstBlockingHop().ifPresent(h -> issues.add(issue(h)));
            }
            ArrayNode links = o.putArray("links");
            ArrayNode next = o.putArray("nextHopIds");
            if (i + 1 < steps.size()) {
                next.add(ids.get(i + 1));
                links.addObject().put("nextHopId", ids.get(i + 1));
            }
            ArrayNode previous = o.putArray("previousHopIds");
            ArrayNode previousLinks = o.putArray("previousLinks");
            if (i > 0) {
                previous.add(ids.get(i - 1));
                previousLinks.addObject().put("nextHopId", ids.get(i));
            }
            if (step.resourceId() != null) {
                o.put("resourceId", step.resourceId().toString());
            }
            o.put("type", step.type());
        }
    }

    /**
     * The issue at the hop that dropped the packet: a security rule's ({@code NetworkSecurityRule}, the rule in
     * its context), a user route's ({@code UserDefinedRoute}) or the platform's; its context also holds vnetlab's
     * explanation, the blockers and the fixes, in {@code az} terms.
     */
    private ObjectNode issue(Hop blocking) {
        ObjectNode issue = Json.object();
        ArrayNode context = issue.putArray("context");
        Optional<SecurityCheck> security = blocking.securityCheck();
        security.ifPresent(check -> context.addObject().put("RuleName", check.decidingRule()));
        context.addObject().put("vnetlab", VerdictRenderer.head(blocking));
        verdict.blockers().forEach(b -> context.addObject().put("blocker", BlockerText.reason(b)));
        verdict.fixes().forEach(f -> context.addObject().put("fix", AzFixText.AZ.render(f)));
        boolean inbound = security.map(c -> c.direction() == SecurityRuleDirection.Inbound).orElse(false);
        issue.put("origin", inbound ? "Inbound" : "Outbound");
        issue.put("severity", "Error");
        boolean userRoute = blocking.decidingRoute().map(r -> r.source() == RouteSource.User).orElse(false);
        issue.put("type", security.isPresent() ? "NetworkSecurityRule" : userRoute ? "UserDefinedRoute" : "Platform");
        return issue;
    }
}
