package io.vnetlab.katas;

import io.vnetlab.Topology;

/** Kata 9 (katas/09-nsg-service-tags.md): ResearchVM serves HTTPS to the Internet and SSH only to the company. */
public interface OpenOnlyHttpsToTheWorld {

    /**
     * Change the rules of ResearchVMNSG so that the Internet reaches ResearchVM on TCP 443 and nothing else, while
     * the company's networks (ResearchVNet and the networks peered with it) keep reaching it on SSH.
     */
    void secureResearchVm(Topology azure);
}
