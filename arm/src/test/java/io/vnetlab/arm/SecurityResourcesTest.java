package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Network security groups and their rules, application security groups, public IPs and Bastion, deployed from a
 * small template written for the purpose (templates/security/app-tier.json): subnets web, db (NSG db-nsg) and
 * AzureBastionSubnet; VM web (NIC NSG web-nic-nsg, ASG web-asg, public IP web-pip), VM db, Bastion.
 */
class SecurityResourcesTest {

    private static final String RG = "/subscriptions/" + Topology.DEFAULT_SUBSCRIPTION_ID
            + "/resourceGroups/rg/providers/";

    private Topology azure;

    @BeforeEach
    void resourceGroup() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    private DeploymentResult appTier() {
        return ArmDeployment.into(azure, "rg").templateResource("templates/security/app-tier.json").deploy();
    }

    private Verdict tcp(String from, String to, int port) {
        return azure.evaluate(Flow.from(azure.endpoint(from)).to(azure.endpoint(to)).on(Protocol.Tcp, port));
    }

    private static String lastDecision(Verdict v) {
        return v.hops().get(v.hops().size() - 1).decision();
    }

    @Test
    void print() {
        DeploymentResult r = appTier();
        System.out.println(r);
        System.out.println(tcp("web", "db", 22));
        System.out.println(tcp("web", "db", 1433));
        System.out.println(tcp("bastion", "db", 22));
        System.out.println(tcp("bastion", "db", 3389));
        System.out.println(azure.evaluate(Flow.from(Endpoint.address("203.0.113.10")).to(azure.endpoint("web")).on(Protocol.Tcp, 443)));
        System.out.println(azure.evaluate(Flow.from(Endpoint.address("203.0.113.10")).to(azure.endpoint("web")).on(Protocol.Tcp, 22)));
    }
}
