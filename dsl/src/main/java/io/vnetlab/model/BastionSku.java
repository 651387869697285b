package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The SKU of an Azure Bastion host (docs/azure/bastion.md#skus). {@code Developer} is a shared service that needs no
 * {@code AzureBastionSubnet} and no public IP and reaches only the VMs of its own network; the others are deployed in
 * the network's {@code AzureBastionSubnet} with a Standard public IP, and reach VMs of peered networks too.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum BastionSku {
    Developer,
    Basic,
    Standard,
    Premium
}
