package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LoadBalancerSku;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a walk's packet enters Azure from outside: from an on-premises host through its site's connection to a gateway
 * (docs/azure/reachability.md#on-premises), or from the Internet through a VM's public IP address, translated to the
 * private address before the inbound NSGs (docs/azure/network-security-groups.md#public-ip-addresses).
 */
final class Ingress {

    private final DataPlane plane;
    private final Flow flow;
    private final WalkRecord record;
    private final NsgStage nsgs;
    private final DropDiagnosis diagnosis;

    Ingress(DataPlane plane, Flow flow, WalkRecord record, NsgStage nsgs, DropDiagnosis diagnosis) {
        this.plane = plane;
        this.flow = flow;
        this.record = record;
        this.nsgs = nsgs;
        this.diagnosis = diagnosis;
    }

    /** Whether {@code address} lies outside every private and reserved range, on the Internet. */
    static boolean isInternet(IpAddress address) {
        return AddressContext.NOT_INTERNET.stream().noneMatch(c -> c.contains(address));
    }

    /**
     * The gateway a flow from an on-premises host enters Azure through: one its site is connected to that advertises
     * the destination (docs/azure/gateways.md#advertised-prefixes). Records the hop into it; when there is none, the
     * drop and why.
     */
    Optional<VirtualNetworkGateway> fromSite() {
        Endpoint source = flow.source();
        LocalNetworkGateway site = plane.state().get(LocalNetworkGateway.class, source.siteId().orElseThrow())
                .orElse(null);
        Place here = Place.site(source.siteId().get());
        if (site == null) {
            record.block(Blocker.of(Blocker.Kind.NO_SUCH_SITE, List.of(source.siteId().get())));
            return Optional.empty();
        }
        IpAddress destination = flow.destination().address();
        for (GatewayConnection c : plane.state().all(GatewayConnection.class)) {
            if (site.id().equals(c.localNetworkGatewayId())) {
                Optional<VirtualNetworkGateway> g = plane.state().get(VirtualNetworkGateway.class,
                        c.virtualNetworkGateway1Id());
                if (g.isPresent() && plane.gateways().advertised(g.get()).stream().anyMatch(p -> p.contains(destination))) {
                    record.add(record.hop(Hop.Kind.GATEWAY, here, Place.gateway(g.get()), null, null,
                            HopOutcome.FORWARDED, new HopDetail.Connection(c.id(), c.connectionType())));
                    return g;
                }
            }
        }
        record.drop(Hop.Kind.SITE, here, null, new HopDetail.NoRoute(destination));
        List<VirtualNetworkGateway> connected = new ArrayList<>();
        for (GatewayConnection c : plane.state().all(GatewayConnection.class)) {
            if (site.id().equals(c.localNetworkGatewayId())) {
                plane.state().get(VirtualNetworkGateway.class, c.virtualNetworkGateway1Id()).ifPresent(connected::add);
            }
        }
        if (connected.isEmpty()) {
            record.block(Blocker.of(Blocker.Kind.SITE_NOT_CONNECTED, List.of(site.id())));
            record.fix(Fix.of(Fix.Kind.CONNECT_SITE, List.of(site.id())));
        } else {
            record.block(Blocker.of(Blocker.Kind.SITE_LEARNS_NO_ROUTE, List.of(site.id(), connected.get(0).id(),
                    connected.get(0).networkId()), destination));
            diagnosis.explainTransit(destination, connected.get(0));
        }
        return Optional.empty();
    }

    /**
     * A flow from a host on the Internet to a VM's public IP address. A Standard public IP is closed unless an NSG
     * allows the flow. Returns whether it is delivered.
     */
    boolean fromInternet() {
        SecurityPlane security = plane.security();
        IpAddress destination = flow.destination().address();
        Optional<FirewallDnatStage.Frontend> firewall = flow.destination().isNetworkInterface() ? Optional.empty()
                : FirewallDnatStage.at(plane, destination);
        if (firewall.isPresent()) {
            return new FirewallDnatStage(plane, flow, record).fromInternet(firewall.get());
        }
        Optional<LoadBalancing.FrontendAt> frontend = flow.destination().isNetworkInterface() ? Optional.empty()
                : plane.loadBalancing().publicFrontend(destination);
        if (frontend.isPresent()) {
            return throughLoadBalancer(frontend.get());
        }
        Optional<NetworkInterface> target = flow.destination().networkInterfaceId().flatMap(plane::networkInterface)
                .or(() -> security.interfaceWithPublicAddress(destination));
        if (target.isEmpty()) {
            record.drop(Hop.Kind.INTERNET, Place.internet(), null, new HopDetail.NoPublicAddress(destination));
            record.block(Blocker.of(Blocker.Kind.NO_PUBLIC_ADDRESS, List.of(), destination));
            return false;
        }
        NetworkInterface nic = target.get();
        Optional<PublicIpAddress> publicIp = security.publicAddressOf(nic);
        if (publicIp.isEmpty()) {
            record.drop(Hop.Kind.INTERNET, Place.internet(), null, new HopDetail.NoPublicIp(nic.id()));
            record.block(Blocker.of(Blocker.Kind.NO_PUBLIC_IP, List.of(nic.id()), flow.destination(),
                    nic.privateIpAddress()));
            record.fix(Fix.of(Fix.Kind.ASSOCIATE_PUBLIC_IP, List.of(nic.id())));
            return false;
        }
        return throughPublicAddress(nic, publicIp.get(), flow.source().address());
    }

    /**
     * A VM's flow to the public IP of another VM of the topology leaves to the Internet and comes back in through
     * that address, its source translated by the sender's outbound method (docs/azure/outbound-access.md#precedence,
     * docs/azure/network-security-groups.md#translated-addresses): its NAT gateway's or its own public IP. With default
     * outbound access, the address Azure would use is not simulated, and the verdict says so. Returns whether it is
     * delivered.
     */
    boolean toPublicAddressOf(NetworkInterface from, NetworkInterface target, Optional<IpAddress> source) {
        SecurityPlane security = plane.security();
        PublicIpAddress targetAddress = security.publicAddressOf(target).orElseThrow();
        if (source.isEmpty()) {
            record.warn(Warning.of(Warning.Kind.PUBLIC_ADDRESS_INBOUND_NOT_EVALUATED, List.of(targetAddress.id(),
                    target.id()), flow.destination().address(), plane.endpoint(from)));
            return true;
        }
        if (record.explains()) {
            record.replaceLastHop(record.lastHop().withOutcome(HopOutcome.FORWARDED));   // out to the Internet, and on
        }
        return throughPublicAddress(target, targetAddress, source.get());
    }

    /**
     * In from the Internet through a public load balancer's frontend to the backend its rule chooses. A Standard load
     * balancer, like a Standard public IP, is closed unless an NSG on the backend allows the flow; a Basic one, like a
     * Basic public IP, is open unless an NSG denies it (docs/azure/load-balancers.md#skus).
     */
    private boolean throughLoadBalancer(LoadBalancing.FrontendAt frontend) {
        Packet packet = new Packet(flow.source().address(), frontend.address(), flow.protocol(),
                flow.destinationPort());
        Optional<NetworkInterface> backend = new LoadBalancerStage(plane, record, nsgs).through(frontend,
                Place.internet(), null, null, packet, false);
        if (backend.isEmpty()) {
            return false;
        }
        NetworkInterface nic = backend.get();
        if (frontend.loadBalancer().sku() == LoadBalancerSku.Standard && !plane.security().isFiltered(nic)) {
            ResourceId pip = frontend.frontend().publicIpAddressId();
            record.drop(Hop.Kind.SECURITY, Place.subnet(nic.subnetId()), null, new HopDetail.StandardSkuClosed(pip));
            record.block(Blocker.of(Blocker.Kind.STANDARD_PUBLIC_IP_CLOSED, List.of(pip)));
            record.fix(Fix.of(Fix.Kind.ASSOCIATE_NSG, List.of(nic.id()), nsgs.admitted()));
            return false;
        }
        IpAddress backendAddress = LoadBalancerStage.backendAddress(nic, frontend.address());
        Packet in = new Packet(flow.source().address(), backendAddress, flow.protocol(), flow.destinationPort());
        if (!nsgs.enters(nic, in)) {
            return false;
        }
        record.add(record.hop(Hop.Kind.DESTINATION, Place.subnet(nic.subnetId()),
                Place.endpoint(plane.endpoint(nic), nic), null, null, HopOutcome.DELIVERED,
                new HopDetail.Holds(nic.id(), backendAddress)));
        return true;
    }

    /** In from the Internet through {@code pip} to {@code nic}, then its inbound NSGs. */
    private boolean throughPublicAddress(NetworkInterface nic, PublicIpAddress pip, IpAddress source) {
        Place there = Place.endpoint(plane.endpoint(nic), nic);
        record.add(record.hop(Hop.Kind.INTERNET, Place.internet(), there, null, null, HopOutcome.FORWARDED,
                new HopDetail.PublicAddress(pip.id(), pip.ipAddress(), nic.privateIpAddress())));
        if (pip.sku() == PublicIpAddressSku.Standard && !plane.security().isFiltered(nic)) {
            record.drop(Hop.Kind.SECURITY, Place.subnet(nic.subnetId()), null,
                    new HopDetail.StandardSkuClosed(pip.id()));
            record.block(Blocker.of(Blocker.Kind.STANDARD_PUBLIC_IP_CLOSED, List.of(pip.id())));
            record.fix(Fix.of(Fix.Kind.ASSOCIATE_NSG, List.of(nic.id()), nsgs.admitted()));
            return false;
        }
        Packet packet = new Packet(source, nic.privateIpAddress(), flow.protocol(), flow.destinationPort());
        if (!nsgs.enters(nic, packet)) {
            return false;
        }
        record.add(record.hop(Hop.Kind.DESTINATION, Place.subnet(nic.subnetId()), there, null, null,
                HopOutcome.DELIVERED, new HopDetail.Holds(nic.id(), nic.privateIpAddress())));
        return true;
    }
}
