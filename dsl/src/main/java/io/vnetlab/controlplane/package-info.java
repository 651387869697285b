/**
 * Layer 2, the simulated Azure Resource Manager: {@link io.vnetlab.controlplane.TopologyState}, an immutable value
 * holding every resource, and the one door that changes it.
 *
 * <p><b>API</b> (public, used by the Java DSL in {@code io.vnetlab}, the ARM engine and the {@code az} emulation):
 * {@link io.vnetlab.controlplane.ResourceManager}, a validating PUT or DELETE per resource type that returns the
 * next state or throws an {@link io.vnetlab.model.AzureException} with Azure's error code and changes nothing; the
 * request records it takes ({@code *Request}, one per resource type, in ARM's vocabulary);
 * {@link io.vnetlab.controlplane.PutMode}; and {@link io.vnetlab.controlplane.ResourceBatch}, several PUTs
 * committed all together or not at all.
 *
 * <p>Everything else is package-private: one operations class per resource family ({@code NetworkOperations},
 * {@code InterfaceOperations}, {@code PeeringOperations}, {@code RoutingOperations}, {@code SecurityOperations};
 * tenants, subscriptions and resource groups in {@code ControlPlane}), where each validation lives once.
 *
 * <p>Depends on {@code io.vnetlab.address} and {@code io.vnetlab.model} only.
 */
package io.vnetlab.controlplane;
