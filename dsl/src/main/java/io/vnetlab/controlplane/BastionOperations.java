package io.vnetlab.controlplane;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.BastionSku;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;
import java.util.Optional;

/**
 * Azure Bastion hosts, validated as Azure validates them (docs/azure/bastion.md#rules), simulated as an interface in
 * {@code AzureBastionSubnet} that carries the Bastion's id: flows from it are the SSH and RDP sessions Bastion opens to
 * VMs, which routes and NSGs then decide.
 */
final class BastionOperations {

    static final String SUBNET = "AzureBastionSubnet";
    /** The longest prefix {@code AzureBastionSubnet} may have. */
    static final int LONGEST_SUBNET_PREFIX = 26;

    private BastionOperations() {
    }

    static TopologyState putBastionHost(TopologyState s, BastionRequest request, PutMode mode) {
        Names.require(NamingRule.BASTION_HOST, request.id());
        ControlPlane.requireResourceGroup(s, request.id());
        Optional<NetworkInterface> existing = s.networkInterface(request.id());
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw ControlPlane.alreadyExists("Bastion host", request.id().name(), "resource group '"
                    + request.id().resourceGroup() + "'", request.id());
        }
        if (request.sku() == BastionSku.Developer) {
            throw new AzureException(AzureErrorCode.BastionSkuNotSimulated, "Bastion host " + request.id()
                    + " has SKU Developer, a shared service outside the virtual network that vnetlab does not"
                    + " simulate; use Basic, Standard or Premium.", request.id());
        }
        VirtualNetwork network = s.network(request.networkId()).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/virtualNetworks", request.networkId().name(), request.networkId()));
        Subnet subnet = network.subnet(SUBNET).filter(x -> x.name().equals(SUBNET)).orElseThrow(() ->
                new AzureException(AzureErrorCode.SubnetNameMustBeAzureBastionSubnet, "Virtual network "
                        + network.id() + " has no subnet named 'AzureBastionSubnet'. Azure Bastion can only be"
                        + " created in subnet with name 'AzureBastionSubnet'.", request.id(), network.id()));
        if (subnet.addressPrefix().prefixLength() > LONGEST_SUBNET_PREFIX) {
            throw new AzureException(AzureErrorCode.AzureBastionSubnetTooSmall, "Subnet " + subnet.id() + " is "
                    + subnet.addressPrefix() + "; AzureBastionSubnet must be /" + LONGEST_SUBNET_PREFIX
                    + " or larger.", request.id(), subnet.id());
        }
        if (request.publicIpAddressId() == null) {
            throw new AzureException(AzureErrorCode.BastionPublicIpRequired, "Bastion host " + request.id()
                    + " with SKU " + request.sku() + " needs a Standard public IP address.", request.id());
        }
        PublicIpAddress pip = s.get(PublicIpAddress.class, request.publicIpAddressId())
                .filter(p -> p.region().name().equals(request.region().name()))
                .orElseThrow(() -> SecurityOperations.missingReference(request.publicIpAddressId(), request.id()));
        if (pip.sku() != PublicIpAddressSku.Standard || pip.ipAddress().isIPv6()) {
            throw new AzureException(AzureErrorCode.BastionPublicIpRequired, "Bastion host " + request.id()
                    + " needs a Standard IPv4 public IP address; " + pip.id() + " is " + pip.sku() + " "
                    + pip.version() + ".", request.id(), pip.id());
        }
        return InterfaceOperations.putNetworkInterface(s, new NicRequest(request.id(), request.region(), subnet.id(),
                null, false, null, List.of(), null, InterfaceOwner.Bastion), null, PutMode.CREATE_OR_UPDATE);
    }
}
