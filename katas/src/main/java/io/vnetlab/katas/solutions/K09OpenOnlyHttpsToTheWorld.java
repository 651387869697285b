package io.vnetlab.katas.solutions;

import io.vnetlab.Topology;
import io.vnetlab.katas.OpenOnlyHttpsToTheWorld;
import io.vnetlab.model.Protocol;

/**
 * Kata 9, reference solution: {@code default-allow-ssh} allows SSH from {@code *}, which includes the Internet; the
 * default rule {@code AllowVnetInBound} already allows every port from the {@code VirtualNetwork} tag (ResearchVNet
 * and its connected peers), so removing it closes SSH to the Internet only. HTTPS needs a rule whose source is the
 * {@code Internet} tag. (Keeping default-allow-ssh and putting a rule that denies TCP 22 from {@code Internet} before
 * it works too.)
 */
public class K09OpenOnlyHttpsToTheWorld implements OpenOnlyHttpsToTheWorld {

    @Override
    public void secureResearchVm(Topology azure) {
        azure.networkSecurityGroups().update("ResearchVMNSG")
                .withoutRule("default-allow-ssh")
                .defineRule("allow-https-from-internet")
                    .allowInbound().fromAddress("Internet").fromAnyPort().toAnyAddress().toPort(443)
                    .withProtocol(Protocol.Tcp).withPriority(1010)
                    .attach()
                .apply();
    }
}
