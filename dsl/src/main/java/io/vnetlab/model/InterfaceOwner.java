package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * What a network interface belongs to, which decides what the data plane does with packets routed to it. A
 * standalone network interface resource serves a virtual machine (or nothing yet); Azure creates the interfaces
 * of an Azure Firewall itself, in its {@code AzureFirewallSubnet}
 * (https://learn.microsoft.com/azure/firewall/overview).
 */
@API(status = MAINTAINED, since = "0.1")
public enum InterfaceOwner {
    /** A {@code Microsoft.Network/networkInterfaces} resource, attached to a virtual machine or not. */
    VirtualMachine,
    /** An interface of a {@code Microsoft.Network/azureFirewalls} resource. */
    AzureFirewall,
    /**
     * The interface of a {@code Microsoft.Network/bastionHosts} resource in {@code AzureBastionSubnet}, from which
     * its sessions to VMs start (docs/azure/bastion.md#reaching-vms).
     */
    Bastion,
    /**
     * The read-only interface Azure creates for a {@code Microsoft.Network/privateEndpoints} resource: it receives
     * connections and never starts one (docs/azure/private-endpoints.md#network-interface).
     */
    PrivateEndpoint
}
