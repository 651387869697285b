package io.vnetlab.az;

import io.vnetlab.controlplane.LoadBalancerRequest;
import io.vnetlab.controlplane.LoadBalancerRequest.Frontend;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Optional;

/**
 * {@code az network lb frontend-ip create|show|list|update|delete} (docs/azure/load-balancers.md#components): a
 * public frontend on {@code --public-ip-address}, or a private one in {@code --vnet-name}/{@code --subnet}. Zones are
 * accepted and not simulated.
 */
final class LbFrontendIpCommands extends LbPart<Frontend> {

    static List<AzCommand> commands() {
        return LbPartCommands.of(new LbFrontendIpCommands());
    }

    LbFrontendIpCommands() {
        super("frontend-ip", "frontendIPConfigurations",
                LoadBalancerRequest::frontends, LoadBalancerRequest::withFrontends, Frontend::name);
    }

    public List<Param> params() {
        return List.of(Param.value("public_ip", "--public-ip-address"), Param.value("vnet_name", "--vnet-name"),
                Param.value("subnet", "--subnet"), Param.value("private_ip", "--private-ip-address"),
                Param.value("private_ip_version", "--private-ip-address-version").choices("IPv4"),
                Param.list("zone", "--zone", "-z"));
    }

    public Frontend build(Session s, Args a, LoadBalancer lb, String name, Optional<Frontend> existing) {
        String group = lb.resourceGroup();
        ResourceId id = lb.id().child(collection(), name);
        if (a.has("vnet_name") && !a.has("subnet")) {
            throw AzError.usage("usage error: --subnet NAME --vnet-name NAME | --subnet ID");
        }
        if (a.has("public_ip")) {
            return new Frontend(name, null, null, LoadBalancerCommands.publicIp(s, group, lb.region(),
                    a.required("public_ip"), id));
        }
        if (a.has("subnet")) {
            return new Frontend(name, LoadBalancerCommands.subnet(s, a, group, lb.region(), false, id),
                    a.value("private_ip").orElse(null), null);
        }
        if (existing.isPresent()) {
            Frontend before = existing.get();
            return new Frontend(name, before.subnetId(), a.value("private_ip").orElse(before.privateIpAddress()),
                    before.publicIpAddressId());
        }
        throw AzError.usage("usage error: --public-ip-address NAME_OR_ID | --subnet NAME_OR_ID [--vnet-name NAME]");
    }

    @Override
    List<GenericUpdate.Property> editable() {
        return List.of(GenericUpdate.Property.reference("publicIPAddress", "public_ip"),
                GenericUpdate.Property.reference("subnet", "subnet"),
                GenericUpdate.Property.scalar("privateIPAddress", "private_ip"));
    }
}
