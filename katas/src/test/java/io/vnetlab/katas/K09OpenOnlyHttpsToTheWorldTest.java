package io.vnetlab.katas;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Protocol;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import static io.vnetlab.katas.Teach.expect;

/**
 * Kata 9: NSG rules with service tags — the VirtualNetwork tag holds the network and its connected peers, the
 * Internet tag the rest, and the default rules already allow the first and deny the second
 * (docs/azure/network-security-groups.md#rules, docs/azure/network-security-groups.md#evaluation-order,
 * #vm-create-defaults).
 */
class K09OpenOnlyHttpsToTheWorldTest {

    static final String CONCEPT = "Kata 9 — an NSG rule's source can be a service tag, a set of addresses Azure keeps"
            + " up to date: VirtualNetwork is the network's own address space plus every connected peer that allows"
            + " virtual network access; Internet is the public address space outside it; * is any address. The default rules"
            + " already allow everything from VirtualNetwork (AllowVnetInBound) and nothing from the Internet"
            + " (DenyAllInBound), so a rule of your own is needed only to open a port to the Internet — and"
            + " az vm create's default-allow-ssh, from *, opens SSH to the whole Internet.";

    /** An address on the Internet (TEST-NET-3, RFC 5737). */
    private static final Endpoint SOMEONE_ON_THE_INTERNET = Endpoint.address("203.0.113.10");

    private final OpenOnlyHttpsToTheWorld learner = Katas.attempt(OpenOnlyHttpsToTheWorld.class,
            "K09OpenOnlyHttpsToTheWorld");

    private Topology solved() {
        Topology azure = Start.researchWithAzCliDefaults();
        Teach.applies(CONCEPT, () -> learner.secureResearchVm(azure));
        return azure;
    }

    @Test
    void the_internet_reaches_research_vm_on_https() {
        Topology azure = solved();
        Verdict https = fromTheInternet(azure, 443);
        expect(https.reachable(), CONCEPT, () -> VerdictRenderer.render(https) + "\n" + rulesOf(azure));
    }

    @Test
    void the_internet_no_longer_reaches_research_vm_on_ssh() {
        Topology azure = solved();
        Verdict ssh = fromTheInternet(azure, 22);
        expect(!ssh.reachable(), CONCEPT, () -> "Anyone on the Internet can still open SSH to ResearchVM:\n" + VerdictRenderer.render(ssh)
                + "\n" + rulesOf(azure));
    }

    @Test
    void https_is_all_the_internet_gets() {
        Topology azure = solved();
        Verdict any = azure.evaluate(Flow.from(SOMEONE_ON_THE_INTERNET).to(azure.endpoint("ResearchVM")));
        expect(any.traffic().toString().equals("TCP 443"), CONCEPT, () -> "From the Internet, ResearchVM accepts "
                + any.traffic() + "; it should accept TCP 443 and nothing else.\n" + rulesOf(azure));
    }

    @Test
    void marketing_vm_in_a_peered_network_still_reaches_research_vm_on_ssh() {
        Topology azure = solved();
        Verdict ssh = ssh(azure, "MarketingVM");
        expect(ssh.reachable(), CONCEPT, () -> "MarketingVNet is peered with ResearchVNet, so it is in ResearchVNet's"
                + " VirtualNetwork tag; SSH from MarketingVM should get through:\n" + VerdictRenderer.render(ssh) + "\n" + rulesOf(azure));
    }

    @Test
    void a_network_peered_later_reaches_research_vm_on_ssh_without_a_new_rule() {
        Topology azure = solved();
        azure.peer("SalesVNet").with("ResearchVNet").create();
        Verdict ssh = ssh(azure, "SalesVM");
        expect(ssh.reachable(), CONCEPT, () -> "Once SalesVNet is peered with ResearchVNet it joins the VirtualNetwork"
                + " tag, and a rule written with the tag (or the default AllowVnetInBound) lets it in without a"
                + " change; SSH from SalesVM does not get through:\n" + VerdictRenderer.render(ssh) + "\n" + rulesOf(azure));
    }

    private static Verdict fromTheInternet(Topology azure, int port) {
        return azure.evaluate(Flow.from(SOMEONE_ON_THE_INTERNET).to(azure.endpoint("ResearchVM")).on(Protocol.Tcp, port));
    }

    private static Verdict ssh(Topology azure, String from) {
        return azure.evaluate(Flow.from(azure.endpoint(from)).to(azure.endpoint("ResearchVM")).on(Protocol.Tcp, 22));
    }

    private static String rulesOf(Topology azure) {
        return "The rules that filter ResearchVM (az network nic list-effective-nsg):\n"
                + Tables.effectiveSecurityRules(azure.effectiveSecurityRules("ResearchVM"));
    }
}
