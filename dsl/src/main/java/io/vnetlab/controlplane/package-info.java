/**
 * Layer 2, the simulated Azure Resource Manager: {@link io.vnetlab.controlplane.TopologyState}, an immutable value
 * holding every resource, and the operations that validate a PUT or DELETE the way Azure does and return the next
 * state, or throw an {@link io.vnetlab.model.AzureException} with Azure's error code and change nothing.
 *
 * <p>One operations class per resource family ({@code NetworkOperations}, {@code InterfaceOperations},
 * {@code PeeringOperations}, {@code RoutingOperations}, {@code SecurityOperations}; tenants, subscriptions and
 * resource groups in {@code ControlPlane}). The Java DSL in {@code io.vnetlab}, the ARM engine and the {@code az}
 * emulation all change a topology through this package; the data plane reads its states.
 *
 * <p>Depends on {@code io.vnetlab.address} and {@code io.vnetlab.model} only.
 */
package io.vnetlab.controlplane;
