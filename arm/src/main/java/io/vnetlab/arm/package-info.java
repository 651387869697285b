/**
 * ARM template deployments into a simulated topology: {@link io.vnetlab.arm.ArmDeployment} deploys a template (JSON,
 * or Bicep compiled to JSON) with its parameters into a resource group, in Incremental mode, all or nothing;
 * {@link io.vnetlab.arm.DeploymentResult} reports what became of each resource. The template language (expressions,
 * loops, conditions, dependencies, nested deployments) is evaluated here; each simulated resource type is one
 * handler that turns the resource into a {@link io.vnetlab.controlplane.ResourceBatch} PUT. In module
 * {@code vnetlab-junit}, {@code io.vnetlab.junit.ArmTopology} with {@code io.vnetlab.junit.ArmTemplate} makes templates on
 * the class path a topology source of the JUnit extension.
 */
package io.vnetlab.arm;
