package io.vnetlab.examples;

import io.vnetlab.Topology;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;

/**
 * The Azure docs tutorial "Filter network traffic with a network security group using the Azure CLI"
 * (articles/virtual-network/tutorial-filter-network-traffic-cli.md), in the Java DSL: one subnet whose NSG opens
 * ports 80 and 443 from the Internet to the web servers' application security group and port 22 to the management
 * servers' group; two VMs made by {@code az vm create --nsg "" --asgs ...}, one in each group, each with a public IP.
 */
public final class FilterTrafficTutorial {

    public static final String RESOURCE_GROUP = "myResourceGroup";

    private FilterTrafficTutorial() {
    }

    public static Topology build() {
        Topology azure = Topology.create();
        azure.resourceGroups().define(RESOURCE_GROUP).withRegion(Region.EAST_US).create();
        azure.applicationSecurityGroups().define("myAsgWebServers").withRegion(Region.EAST_US)
                .withExistingResourceGroup(RESOURCE_GROUP).create();
        azure.applicationSecurityGroups().define("myAsgMgmtServers").withRegion(Region.EAST_US)
                .withExistingResourceGroup(RESOURCE_GROUP).create();
        azure.networkSecurityGroups().define("myNsg").withRegion(Region.EAST_US).withExistingResourceGroup(RESOURCE_GROUP)
                .defineRule("Allow-Web-All")
                    .allowInbound().fromAddress("Internet").fromAnyPort()
                    .withDestinationApplicationSecurityGroup("myAsgWebServers").toPortRanges("80", "443")
                    .withProtocol(Protocol.Tcp).withPriority(100)
                    .attach()
                .defineRule("Allow-SSH-All")
                    .allowInbound().fromAddress("Internet").fromAnyPort()
                    .withDestinationApplicationSecurityGroup("myAsgMgmtServers").toPort(22)
                    .withProtocol(Protocol.Tcp).withPriority(110)
                    .attach()
                .create();
        azure.networks().define("myVirtualNetwork").withRegion(Region.EAST_US).withExistingResourceGroup(RESOURCE_GROUP)
                .withAddressSpace("10.0.0.0/16").withSubnet("mySubnet", "10.0.0.0/24").create();
        azure.networkSecurityGroups().associateWithSubnet("myNsg", "myVirtualNetwork", "mySubnet");
        azure.virtualMachines().define("myVmWeb").withExistingPrimaryNetwork("myVirtualNetwork").withSubnet("mySubnet")
                .withAzCliDefaults().withoutNetworkSecurityGroup().withExistingApplicationSecurityGroup("myAsgWebServers")
                .create();
        azure.virtualMachines().define("myVmMgmt").withExistingPrimaryNetwork("myVirtualNetwork").withSubnet("mySubnet")
                .withAzCliDefaults().withoutNetworkSecurityGroup().withExistingApplicationSecurityGroup("myAsgMgmtServers")
                .create();
        return azure;
    }
}
