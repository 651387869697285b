/**
 * The Azure CLI, offline: {@link io.vnetlab.az.Az} runs {@code az} commands against a simulated
 * {@link io.vnetlab.Topology} and answers what the CLI prints ({@link io.vnetlab.az.AzResult}: output, errors, exit
 * code); {@link io.vnetlab.az.ScriptRunner} runs scripts of them with the shell features Azure's docs use;
 * {@link io.vnetlab.az.AzMain} is the entry point behind {@code ./vnetlab run|az} and {@code bin/az}. Each command
 * is one small package-private class registered in {@code Registry}, nested in the class of its group in the Azure
 * CLI's command tree ({@code az network nsg rule create} is {@code NsgRuleCommands.Create}); what the groups share is
 * in {@code Commands}.
 */
package io.vnetlab.az;
