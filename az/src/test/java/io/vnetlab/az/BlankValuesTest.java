package io.vnetlab.az;

import io.vnetlab.Topology;
import io.vnetlab.controlplane.TopologyState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command of the registry, with each of its value-taking options given a blank value ({@code ""} or spaces):
 * the answer is in the CLI's or Azure's words, never a Java parameter or exception name, and a refusal changes
 * nothing. A command added to the registry without a working invocation here fails {@link
 * #every_registered_command_has_an_invocation_to_blank_its_options_in}.
 */
class BlankValuesTest {

    /** What a message must not show: Java parameter checks, exception names, JVM packages, JDK texts. */
    private static final Pattern JAVA_INTERNALS = Pattern.compile("cannot be (null|blank)|Exception|\\w+Error\\b"
            + "|java\\.|Cannot invoke|out of bounds|\\bnull\\b");

    private static final String VM_IP = "10.0.1.4";

    /** One invocation per command that succeeds on {@link #world}; the options are blanked one at a time. */
    private static final Map<String, String> INVOCATIONS = new LinkedHashMap<>();

    static {
        INVOCATIONS.put("group create", "-n g2 -l eastus --tags a=b --managed-by x");
        INVOCATIONS.put("group show", "-n rg");
        INVOCATIONS.put("group list", "--tag a");
        INVOCATIONS.put("group delete", "-n rg --yes -f Microsoft.Compute/virtualMachines");
        INVOCATIONS.put("account show", "-n vnetlab");
        INVOCATIONS.put("account set", "-s vnetlab");
        INVOCATIONS.put("network vnet create", "-g rg -n v3 -l eastus --address-prefixes 10.5.0.0/16 --subnet-name s"
                + " --subnet-prefixes 10.5.0.0/24 --nsg nsg1 --tags a=b");
        INVOCATIONS.put("network vnet show", "-g rg -n vnet1 --expand x");
        INVOCATIONS.put("network vnet list", "-g rg");
        INVOCATIONS.put("network vnet update", "-g rg -n vnet1 --address-prefixes 10.0.0.0/16");
        INVOCATIONS.put("network vnet delete", "-g rg -n vnet3");
        INVOCATIONS.put("network vnet subnet create", "-g rg --vnet-name vnet1 -n s2 --address-prefixes 10.0.2.0/24"
                + " --nsg nsg1 --route-table rt1");
        INVOCATIONS.put("network vnet subnet show", "-g rg --vnet-name vnet1 -n app");
        INVOCATIONS.put("network vnet subnet list", "-g rg --vnet-name vnet1");
        INVOCATIONS.put("network vnet subnet update", "-g rg --vnet-name vnet1 -n app --address-prefixes 10.0.1.0/24"
                + " --nsg nsg1 --route-table rt1 --nat-gateway nat1 --default-outbound-access false");
        INVOCATIONS.put("network vnet subnet delete", "-g rg --vnet-name vnet3 -n s");
        INVOCATIONS.put("network vnet peering create", "-g rg --vnet-name vnet2 -n p21 --remote-vnet vnet1");
        INVOCATIONS.put("network vnet peering show", "-g rg --vnet-name vnet1 -n p12");
        INVOCATIONS.put("network vnet peering list", "-g rg --vnet-name vnet1");
        INVOCATIONS.put("network vnet peering update", "-g rg --vnet-name vnet1 -n p12 --set allowForwardedTraffic=true"
                + " --remote-vnet vnet2");
        INVOCATIONS.put("network vnet peering delete", "-g rg --vnet-name vnet1 -n p12");
        INVOCATIONS.put("network vnet peering sync", "-g rg --vnet-name vnet1 -n p12");
        INVOCATIONS.put("vm create", "-g rg -n vm2 --image Ubuntu2204 -l eastus --vnet-name vnet1 --subnet app"
                + " --private-ip-address 10.0.1.10 --size Standard_B1s --admin-username azureuser --admin-password Pw1!"
                + " --ssh-key-values key --authentication-type ssh --nsg nsg1 --nsg-rule SSH --public-ip-address pip2"
                + " --public-ip-sku Standard --asgs asg1 --tags a=b --zone 1 --security-type Standard --storage-sku"
                + " Standard_LRS --os-disk-name d --custom-data x");
        INVOCATIONS.put("vm list", "-g rg");
        INVOCATIONS.put("vm show", "-g rg -n vm1");
        INVOCATIONS.put("vm delete", "-g rg -n vm1 --yes --force-deletion true");
        INVOCATIONS.put("vm list-ip-addresses", "-g rg -n vm1");
        INVOCATIONS.put("network nic show", "-g rg -n vm1VMNic");
        INVOCATIONS.put("network nic list", "-g rg");
        INVOCATIONS.put("network nic update", "-g rg -n vm1VMNic --ip-forwarding true --network-security-group nsg1");
        INVOCATIONS.put("network nic show-effective-route-table", "-g rg -n vm1VMNic");
        INVOCATIONS.put("network nic list-effective-nsg", "-g rg -n vm1VMNic");
        INVOCATIONS.put("network watcher show-next-hop", "-g rg --vm vm1 --source-ip " + VM_IP + " --dest-ip 10.1.1.4"
                + " --nic vm1VMNic");
        INVOCATIONS.put("network watcher test-connectivity", "-g rg --source-resource vm1 --source-port 1000"
                + " --dest-address 10.1.1.4 --dest-port 22 --protocol Tcp --headers a=b --method Get"
                + " --valid-status-codes 200 --preferred-ip-version IPv4");
        INVOCATIONS.put("network watcher test-ip-flow", "-g rg --vm vm1 --direction Inbound --protocol TCP --local "
                + VM_IP + ":22 --remote 10.1.1.4:60000 --nic vm1VMNic");
        INVOCATIONS.put("network route-table create", "-g rg -n rt2 -l eastus --tags a=b");
        INVOCATIONS.put("network route-table show", "-g rg -n rt1");
        INVOCATIONS.put("network route-table list", "-g rg");
        INVOCATIONS.put("network route-table route create", "-g rg --route-table-name rt1 -n r2 --address-prefix"
                + " 10.8.0.0/16 --next-hop-type VirtualAppliance --next-hop-ip-address 10.0.1.5");
        INVOCATIONS.put("network route-table route show", "-g rg --route-table-name rt1 -n r1");
        INVOCATIONS.put("network route-table route list", "-g rg --route-table-name rt1");
        INVOCATIONS.put("network route-table route delete", "-g rg --route-table-name rt1 -n r1");
        INVOCATIONS.put("network vnet-gateway create", "-g rg -n gw2 --vnet vnet2 --public-ip-addresses pip1"
                + " --gateway-type Vpn --vpn-type RouteBased --sku VpnGw1 --asn 65010 -l eastus"
                + " --vpn-gateway-generation Generation1 --tags a=b");
        INVOCATIONS.put("network vnet-gateway list-learned-routes", "-g rg -n gw1");
        INVOCATIONS.put("network ip-group create", "-g rg -n ipg2 --ip-addresses 10.1.0.0/16 -l eastus --tags a=b");
        INVOCATIONS.put("network firewall policy create", "-g rg -n pol2 --base-policy pol1 --threat-intel-mode Deny"
                + " --private-ranges 10.0.0.0/8 -l eastus --sku Standard --tags a=b");
        INVOCATIONS.put("network firewall policy rule-collection-group create", "-g rg --policy-name pol1 -n rcg2"
                + " --priority 300");
        INVOCATIONS.put("network firewall policy rule-collection-group collection add-filter-collection", "-g rg"
                + " --policy-name pol1 --rcg-name rcg1 -n dns --collection-priority 100 --action Allow --rule-name DNS"
                + " --rule-type NetworkRule --ip-protocols UDP --source-addresses * --source-ip-groups ipg1"
                + " --destination-addresses * --destination-ip-groups ipg1 --destination-fqdns a.example.com"
                + " --destination-ports 53 --protocols Https=443 --target-fqdns b.example.com --fqdn-tags WindowsUpdate"
                + " --description d");
        INVOCATIONS.put("network firewall create", "-g rg -n fw2 --vnet-name fwnet --firewall-policy pol1"
                + " --threat-intel-mode Alert --public-ip pip1 -l eastus --sku AZFW_VNet --tier Standard --tags a=b"
                + " --private-ranges IANAPrivateRanges");
        INVOCATIONS.put("network firewall network-rule create", "-g rg -f fw1 -c net -n r1 --priority 100 --action"
                + " Allow --protocols TCP --source-addresses 10.0.0.0/16 --source-ip-groups ipg1 --destination-addresses"
                + " * --destination-ip-groups ipg1 --destination-fqdns a.example.com --destination-ports 443"
                + " --description d");
        INVOCATIONS.put("network firewall application-rule create", "-g rg -f fw1 -c app -n r1 --priority 100"
                + " --action Allow --protocols Https=443 --source-addresses 10.0.0.0/16 --source-ip-groups ipg1"
                + " --target-fqdns www.microsoft.com --fqdn-tags WindowsUpdate --description d");
        INVOCATIONS.put("network firewall nat-rule create", "-g rg -f fw1 -c nat -n r1 --priority 100 --action Dnat"
                + " --protocols TCP --source-addresses * --source-ip-groups ipg1 --destination-addresses 20.0.0.9"
                + " --destination-ports 2222 --translated-address 10.40.0.10 --translated-port 22 --description d");
        INVOCATIONS.put("network firewall policy rule-collection-group collection add-nat-collection", "-g rg"
                + " --policy-name pol1 --rcg-name rcg1 -n nat --collection-priority 100 --action DNAT --rule-name ssh"
                + " --ip-protocols TCP --source-addresses * --source-ip-groups ipg1 --destination-addresses 20.0.0.9"
                + " --destination-ports 2222 --translated-address 10.40.0.10 --translated-port 22 --description d");
        INVOCATIONS.put("network vnet-gateway list-advertised-routes", "-g rg -n gw1 --peer 10.0.255.4");
        INVOCATIONS.put("network local-gateway create", "-g rg -n lgw2 --gateway-ip-address 203.0.113.2"
                + " --local-address-prefixes 192.169.0.0/16 --asn 65020 --bgp-peering-address 192.169.0.1 -l eastus"
                + " --tags a=b");
        INVOCATIONS.put("network vpn-connection create", "-g rg -n c1 --vnet-gateway1 gw1 --local-gateway2 lgw1"
                + " --shared-key abc -l eastus --tags a=b");
        INVOCATIONS.put("network nsg create", "-g rg -n nsg2 -l eastus --tags a=b");
        INVOCATIONS.put("network nsg show", "-g rg -n nsg1");
        INVOCATIONS.put("network nsg list", "-g rg");
        INVOCATIONS.put("network nsg delete", "-g rg -n nsg3");
        INVOCATIONS.put("network nsg rule create", "-g rg --nsg-name nsg1 -n r2 --priority 200 --access Allow"
                + " --direction Inbound --protocol Tcp --description d --source-address-prefixes 10.0.0.0/8"
                + " --source-port-ranges 1000 --destination-address-prefixes 10.0.1.0/24 --destination-port-ranges 443");
        INVOCATIONS.put("network nsg rule show", "-g rg --nsg-name nsg1 -n r1");
        INVOCATIONS.put("network nsg rule list", "-g rg --nsg-name nsg1");
        INVOCATIONS.put("network nsg rule update", "-g rg --nsg-name nsg1 -n r1 --priority 300 --access Deny"
                + " --direction Inbound --protocol Udp --description d --source-address-prefixes 10.0.0.0/8"
                + " --source-port-ranges 1000 --destination-address-prefixes 10.0.1.0/24 --destination-port-ranges 443"
                + " --source-asgs asg1 --destination-asgs asg1");
        INVOCATIONS.put("network nsg rule delete", "-g rg --nsg-name nsg1 -n r1");
        INVOCATIONS.put("network asg create", "-g rg -n asg2 -l eastus --tags a=b");
        INVOCATIONS.put("network public-ip create", "-g rg -n pip3 -l eastus --sku Standard --allocation-method Static"
                + " --version IPv4 --zone 1 --tier Regional --dns-name d --tags a=b");
        INVOCATIONS.put("deployment group create", "-g rg -n d2 --template-file TEMPLATE --parameters name=v9"
                + " --mode Incremental --rollback-on-error x");
        INVOCATIONS.put("network nic create", "-g rg -n nic2 --vnet-name vnet1 --subnet app -l eastus"
                + " --private-ip-address 10.0.1.20 --public-ip-address pip2 --network-security-group nsg1 --asgs asg1"
                + " --ip-forwarding true --tags a=b");
        INVOCATIONS.put("network nic delete", "-g rg -n nic1");
        INVOCATIONS.put("network nic ip-config create", "-g rg --nic-name nic1 -n second --private-ip-address"
                + " 10.1.1.50 --private-ip-address-version IPv4 --subnet app --vnet-name vnet2 --lb-name lb1"
                + " --lb-address-pools pool1 --lb-inbound-nat-rules nat1");
        INVOCATIONS.put("network nic ip-config delete", "-g rg --nic-name nic1 -n second");
        INVOCATIONS.put("network nic ip-config show", "-g rg --nic-name nic1 -n ipconfig1");
        INVOCATIONS.put("network nic ip-config list", "-g rg --nic-name nic1");
        INVOCATIONS.put("network nic ip-config update", "-g rg --nic-name nic1 -n ipconfig1 --private-ip-address"
                + " 10.1.1.20 --public-ip-address pip2");
        INVOCATIONS.put("vm availability-set create", "-g rg -n as2 -l eastus --platform-fault-domain-count 2"
                + " --platform-update-domain-count 5 --tags a=b");
        INVOCATIONS.put("vm availability-set show", "-g rg -n as1");
        INVOCATIONS.put("vm availability-set list", "-g rg");
        INVOCATIONS.put("vm availability-set delete", "-g rg -n as1");
        INVOCATIONS.put("network public-ip show", "-g rg -n pip1");
        INVOCATIONS.put("network public-ip list", "-g rg");
        INVOCATIONS.put("network public-ip delete", "-g rg -n pip1");
        INVOCATIONS.put("network asg show", "-g rg -n asg1");
        INVOCATIONS.put("network asg list", "-g rg");
        INVOCATIONS.put("network asg delete", "-g rg -n asg1");
        INVOCATIONS.put("network vnet-gateway show", "-g rg -n gw1");
        INVOCATIONS.put("network vnet-gateway list", "-g rg");
        INVOCATIONS.put("network vnet-gateway delete", "-g rg -n gw9");
        INVOCATIONS.put("network local-gateway show", "-g rg -n lgw1");
        INVOCATIONS.put("network local-gateway list", "-g rg");
        INVOCATIONS.put("network local-gateway delete", "-g rg -n lgw1");
        INVOCATIONS.put("network vpn-connection show", "-g rg -n c0");
        INVOCATIONS.put("network vpn-connection list", "-g rg");
        INVOCATIONS.put("network vpn-connection delete", "-g rg -n c0");
        INVOCATIONS.put("network vpn-connection update", "-g rg -n c0 --enable-bgp false --shared-key k --tags a=b"
                + " --set tags.b=c");
        INVOCATIONS.put("network firewall show", "-g rg -n fw1");
        INVOCATIONS.put("network firewall list", "-g rg");
        INVOCATIONS.put("network firewall delete", "-g rg -n fw1");
        INVOCATIONS.put("network route-table delete", "-g rg -n rt3");
        INVOCATIONS.put("network route-table update", "-g rg -n rt1 --disable-bgp-route-propagation true --tags a=b");
        INVOCATIONS.put("deployment group show", "-g rg -n d1");
        INVOCATIONS.put("deployment group list", "-g rg --filter x");
        INVOCATIONS.put("deployment sub create", "-l westeurope -n s2 --vnetlab-template-json {\"resources\":[]} --mode Incremental");
        INVOCATIONS.put("deployment sub show", "-n s1");
        INVOCATIONS.put("deployment sub list", "--filter x");
        INVOCATIONS.put("network nat gateway create", "-g rg -n nat2 -l eastus --public-ip-addresses natpip2"
                + " --public-ip-prefixes pfx1 --idle-timeout 10 --zone 1 --tags a=b");
        INVOCATIONS.put("network nat gateway show", "-g rg -n nat1");
        INVOCATIONS.put("network nat gateway list", "-g rg");
        INVOCATIONS.put("network nat gateway update", "-g rg -n nat1 --public-ip-addresses natpip --public-ip-prefixes"
                + " pfx1 --idle-timeout 20 --tags a=b");
        INVOCATIONS.put("network nat gateway delete", "-g rg -n nat1");
        INVOCATIONS.put("network public-ip prefix create", "-g rg -n pfx2 -l eastus --length 28 --version IPv4 --zone 1"
                + " --tags a=b");
        INVOCATIONS.put("network public-ip prefix show", "-g rg -n pfx1");
        INVOCATIONS.put("network public-ip prefix list", "-g rg");
        INVOCATIONS.put("network public-ip prefix delete", "-g rg -n pfx1");
        INVOCATIONS.put("network bastion create", "-g rg -n bastion2 -l eastus --vnet-name vnet1 --public-ip-address"
                + " bastionpip --sku Standard --scale-units 2 --enable-tunneling true --enable-ip-connect true --zones 1"
                + " --tags a=b");
        INVOCATIONS.put("network bastion show", "-g rg -n bastion1");
        INVOCATIONS.put("network bastion list", "-g rg");
        INVOCATIONS.put("network bastion delete", "-g rg -n bastion1");
        INVOCATIONS.put("network lb create",
                "-g rg -n lb3 --vnet-name vnet1 --subnet app --frontend-ip-name fe3");
        INVOCATIONS.put("network lb show",
                "-g rg -n lb1");
        INVOCATIONS.put("network lb list",
                "-g rg");
        INVOCATIONS.put("network lb update",
                "-g rg -n lb1");
        INVOCATIONS.put("network lb delete",
                "-g rg -n lb2");
        INVOCATIONS.put("network lb frontend-ip create",
                "-g rg --lb-name lb1 -n fe9 --vnet-name vnet1 --subnet app");
        INVOCATIONS.put("network lb frontend-ip show",
                "-g rg --lb-name lb1 -n fe1");
        INVOCATIONS.put("network lb frontend-ip list",
                "-g rg --lb-name lb1");
        INVOCATIONS.put("network lb frontend-ip update",
                "-g rg --lb-name lb1 -n fe1 --private-ip-address 10.0.1.101");
        INVOCATIONS.put("network lb frontend-ip delete",
                "-g rg --lb-name lb1 -n fe-spare");
        INVOCATIONS.put("network lb address-pool create",
                "-g rg --lb-name lb1 -n pool9");
        INVOCATIONS.put("network lb address-pool show",
                "-g rg --lb-name lb1 -n pool1");
        INVOCATIONS.put("network lb address-pool list",
                "-g rg --lb-name lb1");
        INVOCATIONS.put("network lb address-pool update",
                "-g rg --lb-name lb1 -n pool1");
        INVOCATIONS.put("network lb address-pool delete",
                "-g rg --lb-name lb1 -n pool-spare");
        INVOCATIONS.put("network lb address-pool address add",
                "-g rg --lb-name lb1 --pool-name pool1 -n a1 --ip-address " + VM_IP + " --vnet vnet1");
        INVOCATIONS.put("network lb address-pool address remove",
                "-g rg --lb-name lb1 --pool-name pool1 -n a1 --ip-address " + VM_IP + " --vnet vnet1");
        INVOCATIONS.put("network lb address-pool address list",
                "-g rg --lb-name lb1 --pool-name pool1");
        INVOCATIONS.put("network lb probe create",
                "-g rg --lb-name lb1 -n probe2 --protocol Http --port 80 --path /");
        INVOCATIONS.put("network lb probe show",
                "-g rg --lb-name lb1 -n probe1");
        INVOCATIONS.put("network lb probe list",
                "-g rg --lb-name lb1");
        INVOCATIONS.put("network lb probe update",
                "-g rg --lb-name lb1 -n probe1 --port 2222");
        INVOCATIONS.put("network lb probe delete",
                "-g rg --lb-name lb1 -n probe-spare");
        INVOCATIONS.put("network lb rule create",
                "-g rg --lb-name lb1 -n rule2 --protocol Udp --frontend-port 53 --backend-port 53 --frontend-ip-name fe1 --backend-pool-name pool1");
        INVOCATIONS.put("network lb rule show",
                "-g rg --lb-name lb1 -n rule1");
        INVOCATIONS.put("network lb rule list",
                "-g rg --lb-name lb1");
        INVOCATIONS.put("network lb rule update",
                "-g rg --lb-name lb1 -n rule1 --frontend-port 81");
        INVOCATIONS.put("network lb rule delete",
                "-g rg --lb-name lb1 -n rule1");
        INVOCATIONS.put("network lb inbound-nat-rule create",
                "-g rg --lb-name lb1 -n nat2 --protocol Tcp --frontend-port 2202 --backend-port 22 --frontend-ip-name fe1");
        INVOCATIONS.put("network lb inbound-nat-rule show",
                "-g rg --lb-name lb1 -n nat1");
        INVOCATIONS.put("network lb inbound-nat-rule list",
                "-g rg --lb-name lb1");
        INVOCATIONS.put("network lb inbound-nat-rule update",
                "-g rg --lb-name lb1 -n nat1 --frontend-port 2203");
        INVOCATIONS.put("network lb inbound-nat-rule delete",
                "-g rg --lb-name lb1 -n nat1");
        INVOCATIONS.put("network lb outbound-rule create",
                "-g rg --lb-name lb2 -n out2 --frontend-ip-configs fe2 --protocol Udp --address-pool pool2");
        INVOCATIONS.put("network lb outbound-rule show",
                "-g rg --lb-name lb2 -n out1");
        INVOCATIONS.put("network lb outbound-rule list",
                "-g rg --lb-name lb2");
        INVOCATIONS.put("network lb outbound-rule update",
                "-g rg --lb-name lb2 -n out1 --outbound-ports 1024");
        INVOCATIONS.put("network lb outbound-rule delete",
                "-g rg --lb-name lb2 -n out1");
        INVOCATIONS.put("network nic ip-config address-pool add",
                "-g rg --nic-name vm1VMNic -n ipconfigvm1 --address-pool pool1 --lb-name lb1");
        INVOCATIONS.put("network nic ip-config address-pool remove",
                "-g rg --nic-name vm1VMNic -n ipconfigvm1 --address-pool pool1 --lb-name lb1");
        INVOCATIONS.put("network nic ip-config inbound-nat-rule add",
                "-g rg --nic-name vm1VMNic -n ipconfigvm1 --inbound-nat-rule nat1 --lb-name lb1");
        INVOCATIONS.put("network nic ip-config inbound-nat-rule remove",
                "-g rg --nic-name vm1VMNic -n ipconfigvm1 --inbound-nat-rule nat1 --lb-name lb1");
        INVOCATIONS.put("network manager create",
                "-g rg -n nm2 -l eastus --scope-accesses Connectivity --network-manager-scopes subscriptions=/subscriptions/00000000-0000-0000-0000-000000000000 --description d --tags a=b");
        INVOCATIONS.put("network manager show",
                "-g rg -n nm1");
        INVOCATIONS.put("network manager list",
                "-g rg");
        INVOCATIONS.put("network manager delete",
                "-g rg -n nm1 --yes");
        INVOCATIONS.put("network manager post-commit",
                "-g rg --network-manager-name nm1 --commit-type Connectivity --target-locations eastus --configuration-ids cc1");
        INVOCATIONS.put("network manager list-deploy-status",
                "-g rg --network-manager-name nm1 --deployment-types Connectivity --regions eastus");
        INVOCATIONS.put("network manager group create",
                "-g rg --network-manager-name nm1 -n ng2 --description d --member-type VirtualNetwork");
        INVOCATIONS.put("network manager group show",
                "-g rg --network-manager-name nm1 -n ng1");
        INVOCATIONS.put("network manager group list",
                "-g rg --network-manager-name nm1");
        INVOCATIONS.put("network manager group delete",
                "-g rg --network-manager-name nm1 -n ng2 --yes");
        INVOCATIONS.put("network manager group static-member create",
                "-g rg --network-manager-name nm1 --network-group-name ng1 -n sm2 --resource-id /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet2");
        INVOCATIONS.put("network manager group static-member show",
                "-g rg --network-manager-name nm1 --network-group-name ng1 -n sm1");
        INVOCATIONS.put("network manager group static-member list",
                "-g rg --network-manager-name nm1 --network-group-name ng1");
        INVOCATIONS.put("network manager group static-member delete",
                "-g rg --network-manager-name nm1 --network-group-name ng1 -n sm1 --yes");
        INVOCATIONS.put("network manager connect-config create",
                "-g rg --network-manager-name nm1 --configuration-name cc2 --applies-to-groups network-group-id=ng1 group-connectivity=DirectlyConnected --connectivity-topology HubAndSpoke --hub resource-id=vnet1 --description d");
        INVOCATIONS.put("network manager connect-config show",
                "-g rg --network-manager-name nm1 --configuration-name cc1");
        INVOCATIONS.put("network manager connect-config list",
                "-g rg --network-manager-name nm1");
        INVOCATIONS.put("network manager connect-config delete",
                "-g rg --network-manager-name nm1 --configuration-name cc1 --yes");
        INVOCATIONS.put("network manager security-admin-config create",
                "-g rg --network-manager-name nm1 --configuration-name sac2 --description d");
        INVOCATIONS.put("network manager security-admin-config show",
                "-g rg --network-manager-name nm1 --configuration-name sac1");
        INVOCATIONS.put("network manager security-admin-config list",
                "-g rg --network-manager-name nm1");
        INVOCATIONS.put("network manager security-admin-config delete",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --yes");
        INVOCATIONS.put("network manager security-admin-config rule-collection create",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc2 --applies-to-groups network-group-id=ng1 --description d");
        INVOCATIONS.put("network manager security-admin-config rule-collection show",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1");
        INVOCATIONS.put("network manager security-admin-config rule-collection list",
                "-g rg --network-manager-name nm1 --configuration-name sac1");
        INVOCATIONS.put("network manager security-admin-config rule-collection delete",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1 --yes");
        INVOCATIONS.put("network manager security-admin-config rule-collection rule create",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1 --rule-name ar2 --kind Custom --access AlwaysAllow --direction Inbound --priority 20 --protocol Tcp --sources address-prefix=10.0.0.0/8 address-prefix-type=IPPrefix --destinations address-prefix=* address-prefix-type=IPPrefix --source-port-ranges 0-65535 --dest-port-ranges 443 --description d");
        INVOCATIONS.put("network manager security-admin-config rule-collection rule show",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1 --rule-name ar1");
        INVOCATIONS.put("network manager security-admin-config rule-collection rule list",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1");
        INVOCATIONS.put("network manager security-admin-config rule-collection rule delete",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1 --rule-name ar1 --yes");
    }

    private static Topology world;
    private static String template;

    @BeforeAll
    static void aWorldWhereEveryInvocationSucceeds(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("vnet.json");
        Files.writeString(file, """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "parameters": {"name": {"type": "string"}},
                 "resources": [{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01",
                   "name": "[parameters('name')]", "location": "eastus",
                   "properties": {"addressSpace": {"addressPrefixes": ["10.77.0.0/16"]}}}]}
                """);
        template = file.toString();
        Az az = Az.create();
        for (String line : List.of(
                "group create -n rg -l eastus",
                "network vnet create -g rg -n vnet1 --address-prefixes 10.0.0.0/16 --subnet-name app"
                        + " --subnet-prefixes 10.0.1.0/24",
                "network vnet subnet create -g rg --vnet-name vnet1 -n GatewaySubnet --address-prefixes 10.0.255.0/27",
                "network vnet create -g rg -n vnet2 --address-prefixes 10.1.0.0/16 --subnet-name app"
                        + " --subnet-prefixes 10.1.1.0/24",
                "network vnet subnet create -g rg --vnet-name vnet2 -n GatewaySubnet --address-prefixes 10.1.255.0/27",
                "network vnet create -g rg -n vnet3 --address-prefixes 10.2.0.0/16 --subnet-name s"
                        + " --subnet-prefixes 10.2.0.0/24",
                "network vnet peering create -g rg --vnet-name vnet1 -n p12 --remote-vnet vnet2",
                "network nsg create -g rg -n nsg1",
                "network nsg create -g rg -n nsg3",
                "network nsg rule create -g rg --nsg-name nsg1 -n r1 --priority 100",
                "network route-table create -g rg -n rt1",
                "network route-table route create -g rg --route-table-name rt1 -n r1 --address-prefix 10.9.0.0/16"
                        + " --next-hop-type VirtualAppliance --next-hop-ip-address 10.0.1.5",
                "network asg create -g rg -n asg1",
                "network public-ip create -g rg -n pip1",
                "network public-ip create -g rg -n pip2",
                "network route-table create -g rg -n rt3",
                "network nic create -g rg -n nic1 --vnet-name vnet2 --subnet app",
                "vm availability-set create -g rg -n as1",
                "network public-ip create -g rg -n natpip",
                "network public-ip create -g rg -n natpip2",
                "network public-ip prefix create -g rg -n pfx1 --length 30",
                "network nat gateway create -g rg -n nat1 --public-ip-addresses natpip",
                "network vnet subnet create -g rg --vnet-name vnet1 -n AzureBastionSubnet --address-prefixes"
                        + " 10.0.250.0/26",
                "network public-ip create -g rg -n bastionpip",
                "network bastion create -g rg -n bastion1 --vnet-name vnet1 --public-ip-address bastionpip",
                "vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name vnet1 --subnet app --private-ip-address " + VM_IP,
                "network lb create -g rg -n lb1 --vnet-name vnet1 --subnet app --private-ip-address 10.0.1.100 --frontend-ip-name fe1 --backend-pool-name pool1",
                "network lb frontend-ip create -g rg --lb-name lb1 -n fe-spare --vnet-name vnet1 --subnet app",
                "network lb address-pool create -g rg --lb-name lb1 -n pool-spare",
                "network lb probe create -g rg --lb-name lb1 -n probe1 --protocol Tcp --port 22",
                "network lb probe create -g rg --lb-name lb1 -n probe-spare --protocol Tcp --port 23",
                "network lb rule create -g rg --lb-name lb1 -n rule1 --protocol Tcp --frontend-port 80 --backend-port 80 --frontend-ip-name fe1 --backend-pool-name pool1 --probe-name probe1",
                "network lb inbound-nat-rule create -g rg --lb-name lb1 -n nat1 --protocol Tcp --frontend-port 2201 --backend-port 22 --frontend-ip-name fe1",
                "network lb create -g rg -n lb2 --public-ip-address lbpip --frontend-ip-name fe2 --backend-pool-name pool2",
                "network lb outbound-rule create -g rg --lb-name lb2 -n out1 --frontend-ip-configs fe2 --protocol Tcp --address-pool pool2",
                "network vnet-gateway create -g rg -n gw1 --vnet vnet1 --public-ip-addresses pip1",
                "network local-gateway create -g rg -n lgw1 --gateway-ip-address 203.0.113.1"
                        + " --local-address-prefixes 192.168.0.0/16",
                "network local-gateway create -g rg -n lgw0 --gateway-ip-address 203.0.113.9 --local-address-prefixes 192.170.0.0/16",
                "network vpn-connection create -g rg -n c0 --vnet-gateway1 gw1 --local-gateway2 lgw0 --shared-key k",
                "network vnet create -g rg -n fwnet --address-prefixes 10.40.0.0/16 --subnet-name AzureFirewallSubnet"
                        + " --subnet-prefixes 10.40.0.0/26",
                "network ip-group create -g rg -n ipg1 --ip-addresses 10.0.0.0/16",
                "network firewall policy create -g rg -n pol1",
                "network firewall policy rule-collection-group create -g rg --policy-name pol1 -n rcg1 --priority 200",
                "network firewall create -g rg -n fw1 --vnet-name fwnet",
                "deployment group create -g rg -n d1 --template-file " + template + " --parameters name=v8",
                "deployment sub create -l westeurope -n s1 --vnetlab-template-json {\"resources\":[]}",
                "network manager create -g rg -n nm1 --scope-accesses Connectivity SecurityAdmin --network-manager-scopes subscriptions=/subscriptions/00000000-0000-0000-0000-000000000000",
                "network manager group create -g rg --network-manager-name nm1 -n ng1",
                "network manager group static-member create -g rg --network-manager-name nm1 --network-group-name ng1 -n sm1 --resource-id /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet3",
                "network manager connect-config create -g rg --network-manager-name nm1 --configuration-name cc1 --applies-to-groups network-group-id=ng1 --connectivity-topology Mesh",
                "network manager security-admin-config create -g rg --network-manager-name nm1 --configuration-name sac1",
                "network manager security-admin-config rule-collection create -g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1 --applies-to-groups network-group-id=ng1",
                "network manager security-admin-config rule-collection rule create -g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1 --rule-name ar1 --access Deny --direction Inbound --priority 10 --protocol Tcp --dest-port-ranges 22")) {
            AzResult r = az.run(words(line));
            assertThat(r.err()).as(line).isEmpty();
        }
        world = az.topology();
    }

    private static List<String> words(String line) {
        return new ArrayList<>(Arrays.asList(line.split(" ")));
    }

    private static List<String> invocation(String command) {
        List<String> args = words(command);
        args.addAll(words(INVOCATIONS.get(command).replace("TEMPLATE", template)));
        return args;
    }

    @Test
    void every_registered_command_has_an_invocation_to_blank_its_options_in() {
        assertThat(INVOCATIONS.keySet()).containsExactlyInAnyOrderElementsOf(Registry.standard().commands().keySet());
        List<String> failing = new ArrayList<>();
        for (String command : INVOCATIONS.keySet()) {
            AzResult r = Az.on(world.fork()).run(invocation(command));
            if (!r.succeeded()) {
                failing.add(command + ": " + r.err());
            }
        }
        assertThat(failing).isEmpty();
    }

    @Test
    void a_blank_value_is_answered_in_the_cli_words_and_a_refusal_changes_nothing() {
        List<String> findings = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, AzCommand> entry : Registry.standard().commands().entrySet()) {
            List<Param> params = new ArrayList<>(entry.getValue().params());
            Args.GLOBAL.stream().filter(p -> p.dest().equals("subscription") || p.dest().equals("query"))
                    .forEach(params::add);
            for (Param param : params) {
                if (param.kind() == Param.Kind.SWITCH || param.kind() == Param.Kind.BOOLEAN) {
                    continue;
                }
                for (String blank : List.of("", "  ")) {
                    cases++;
                    List<String> args = without(invocation(entry.getKey()), param);
                    args.add(param.names().get(0));
                    args.add(blank);
                    Topology topology = world.fork();
                    TopologyState before = topology.state();
                    AzResult r = Az.on(topology).run(args);
                    String where = entry.getKey() + " " + param.names().get(0) + " '" + blank + "': ";
                    if (JAVA_INTERNALS.matcher(r.err()).find()) {
                        findings.add(where + r.err());
                    }
                    if (!r.succeeded() && topology.state() != before) {
                        findings.add(where + "refused (" + r.err().strip() + ") but changed the state");
                    }
                }
            }
        }
        assertThat(cases).isGreaterThan(300);
        assertThat(findings).isEmpty();
    }

    @Test
    void a_blank_name_is_a_missing_value_as_the_cli_words_it() {
        AzResult r = Az.on(world.fork()).run("network vnet create", "-g", "rg", "-n", " ");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: argument --name/-n: expected one argument\n");
    }

    @Test
    void an_empty_nsg_still_means_none() {
        List<String> args = words("vm create -g rg -n vm3 --image Ubuntu2204 --vnet-name vnet1 --subnet app");
        args.addAll(List.of("--nsg", "", "--public-ip-address", ""));

        AzResult r = Az.on(world.fork()).run(args);

        assertThat(r.err()).isEmpty();
    }

    /** The invocation without any occurrence of {@code param} and the values that follow it. */
    private static List<String> without(List<String> args, Param param) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (param.names().contains(args.get(i))) {
                while (i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
                    i++;
                }
                continue;
            }
            out.add(args.get(i));
        }
        return out;
    }
}
