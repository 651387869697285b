/**
 * The resource model: immutable records of what the simulated Azure Resource Manager holds (tenants,
 * subscriptions, resource groups, virtual networks, subnets, network interfaces, virtual machines, peerings),
 * their ARM ids, Azure's regions, and {@link io.vnetlab.model.AzureException} with Azure's error codes.
 * Values here cross every boundary of the library; none of them changes after it is made.
 */
package io.vnetlab.model;
