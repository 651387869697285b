package io.vnetlab.katas.learner;

import io.vnetlab.Topology;
import io.vnetlab.katas.OpenOnlyHttpsToTheWorld;

/**
 * Kata 9 — read katas/09-nsg-service-tags.md, then make {@code ./vnetlab kata 9} pass.
 * Hint: {@code io.vnetlab.render.Tables.effectiveSecurityRules(azure.effectiveSecurityRules("ResearchVM"))} lists every rule that filters ResearchVM, the
 * default ones included; {@code azure.networkSecurityGroups().update("ResearchVMNSG")} takes
 * {@code .withoutRule(..)} and {@code .defineRule(..).allowInbound().fromAddress("Internet")...attach()}, then
 * {@code .apply()}. Look at what the default rules already allow before you write one.
 */
public class K09OpenOnlyHttpsToTheWorld implements OpenOnlyHttpsToTheWorld {

    @Override
    public void secureResearchVm(Topology azure) {
        // TODO: the Internet reaches ResearchVM on TCP 443 only; the company's networks still reach it on SSH
    }
}
