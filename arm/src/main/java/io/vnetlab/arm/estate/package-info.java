/**
 * The estate as input: a topology built from what people already have of their network — templates exported by the
 * portal or {@code az group export}, and the JSON the Azure CLI prints for its {@code list} and {@code show}
 * commands — through the same resource handlers that deploy ARM templates.
 *
 * <pre>{@code
 * Topology estate = Topology.create();
 * ImportReport report = EstateImport.into(estate)
 *         .exportedTemplate(Path.of("hub-rg.json"), "5f3c...", "hub-rg")    // az group export -g hub-rg
 *         .cliOutput(Path.of("vnets.json"))                                 // az network vnet list -o json
 *         .run();
 * report.outsideReferences();                 // ids the inputs name in resource groups they do not hold
 * }</pre>
 */
package io.vnetlab.arm.estate;
