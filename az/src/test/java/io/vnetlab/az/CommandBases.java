package io.vnetlab.az;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For every emulated command, one invocation that succeeds on the {@link BadInputWorld}: the base into which the
 * suite puts one hostile value at a time, so that the command gets as far as that value. A command added to the
 * registry without a base here fails {@code every_command_has_a_base_that_succeeds}, which keeps new commands
 * inside the suite.
 */
final class CommandBases {

    static final Map<String, String> BASES = new LinkedHashMap<>();

    static {
        BASES.put("group create", "-n rg2 -l westeurope");
        BASES.put("group show", "-n rg");
        BASES.put("group list", "");
        BASES.put("group delete", "-n spare --yes");
        BASES.put("account show", "");
        BASES.put("account set", "--subscription 00000000-0000-0000-0000-000000000000");
        BASES.put("network vnet create",
                "-g rg -n new --address-prefixes 10.5.0.0/16 --subnet-name s --subnet-prefixes 10.5.0.0/24");
        BASES.put("network vnet show", "-g rg -n hub");
        BASES.put("network lb list-nic", "-g rg -n lb1");
        BASES.put("network vnet check-ip-address", "-g rg -n hub --ip-address 10.0.1.50");
        BASES.put("network vnet list-available-ips", "-g rg -n hub");
        BASES.put("network vnet subnet list-available-ips", "-g rg --vnet-name hub -n app");
        BASES.put("network vnet list", "-g rg");
        BASES.put("network vnet list-endpoint-services", "-l eastus");
        BASES.put("network vnet update", "-g rg -n lone --address-prefixes 10.9.0.0/16 10.19.0.0/16");
        BASES.put("network vnet delete", "-g rg -n lone");
        BASES.put("network vnet subnet create", "-g rg --vnet-name lone -n s2 --address-prefixes 10.9.1.0/24");
        BASES.put("network vnet subnet show", "-g rg --vnet-name hub -n app");
        BASES.put("network vnet subnet list", "-g rg --vnet-name hub");
        BASES.put("network vnet subnet update", "-g rg --vnet-name lone -n s --network-security-group spare-nsg");
        BASES.put("network vnet subnet delete", "-g rg --vnet-name lone -n s");
        BASES.put("network vnet peering create",
                "-g rg --vnet-name hub -n hub-to-lone --remote-vnet lone --allow-vnet-access");
        BASES.put("network vnet peering show", "-g rg --vnet-name hub -n hub-to-spoke");
        BASES.put("network vnet peering list", "-g rg --vnet-name hub");
        BASES.put("network vnet peering update", "-g rg --vnet-name hub -n hub-to-spoke --allow-forwarded-traffic true");
        BASES.put("network vnet peering delete", "-g rg --vnet-name hub -n hub-to-spoke");
        BASES.put("network vnet peering sync", "-g rg --vnet-name hub -n hub-to-spoke");
        BASES.put("vm create", "-g rg -n vm2 --image Ubuntu2204 --vnet-name lone --subnet s --admin-username azureuser"
                + " --generate-ssh-keys");
        BASES.put("vm list", "-g rg");
        BASES.put("vm show", "-g rg -n vm1");
        BASES.put("vm delete", "-g rg -n vm1 --yes");
        BASES.put("vm list-ip-addresses", "-g rg -n vm1");
        BASES.put("vm open-port", "-g rg -n vm1 --port 8080");
        BASES.put("vm nic list", "-g rg --vm-name vm1");
        BASES.put("vm nic show", "-g rg --vm-name vm1 --nic vm1VMNic");
        BASES.put("network nic show", "-g rg -n vm1VMNic");
        BASES.put("network nic list", "-g rg");
        BASES.put("network nic update", "-g rg -n vm1VMNic --ip-forwarding true");
        BASES.put("network nic show-effective-route-table", "-g rg -n vm1VMNic");
        BASES.put("network nic list-effective-nsg", "-g rg -n vm1VMNic");
        BASES.put("network watcher show-next-hop", "-g rg --vm vm1 --source-ip 10.0.1.4 --dest-ip 10.1.1.4");
        BASES.put("network manager create",
                "-g rg -n nm2 --scope-accesses Connectivity --network-manager-scopes subscriptions=/subscriptions/00000000-0000-0000-0000-000000000000");
        BASES.put("network manager show",
                "-g rg -n nm1");
        BASES.put("network manager list",
                "-g rg");
        BASES.put("network manager delete",
                "-g rg -n nm1 --yes");
        BASES.put("network manager post-commit",
                "-g rg --network-manager-name nm1 --commit-type Connectivity --target-locations westeurope --configuration-ids cc1");
        BASES.put("network manager list-deploy-status",
                "-g rg --network-manager-name nm1");
        BASES.put("network manager group create",
                "-g rg --network-manager-name nm1 -n ng2 --description d --member-type VirtualNetwork");
        BASES.put("network manager group show",
                "-g rg --network-manager-name nm1 -n ng1");
        BASES.put("network manager group list",
                "-g rg --network-manager-name nm1");
        BASES.put("network manager group delete",
                "-g rg --network-manager-name nm1 -n ng2 --yes");
        BASES.put("network manager group static-member create",
                "-g rg --network-manager-name nm1 --network-group-name ng1 -n sm2 --resource-id /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/spoke");
        BASES.put("network manager group static-member show",
                "-g rg --network-manager-name nm1 --network-group-name ng1 -n sm1");
        BASES.put("network manager group static-member list",
                "-g rg --network-manager-name nm1 --network-group-name ng1");
        BASES.put("network manager group static-member delete",
                "-g rg --network-manager-name nm1 --network-group-name ng1 -n sm1 --yes");
        BASES.put("network manager connect-config create",
                "-g rg --network-manager-name nm1 --configuration-name cc2 --applies-to-groups network-group-id=ng1 group-connectivity=DirectlyConnected --connectivity-topology HubAndSpoke --hub resource-id=hub");
        BASES.put("network manager connect-config show",
                "-g rg --network-manager-name nm1 --configuration-name cc1");
        BASES.put("network manager connect-config list",
                "-g rg --network-manager-name nm1");
        BASES.put("network manager connect-config delete",
                "-g rg --network-manager-name nm1 --configuration-name cc1 --yes");
        BASES.put("network manager security-admin-config create",
                "-g rg --network-manager-name nm1 --configuration-name sac2 --description d");
        BASES.put("network manager security-admin-config show",
                "-g rg --network-manager-name nm1 --configuration-name sac1");
        BASES.put("network manager security-admin-config list",
                "-g rg --network-manager-name nm1");
        BASES.put("network manager security-admin-config delete",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --yes");
        BASES.put("network manager security-admin-config rule-collection create",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc2 --applies-to-groups network-group-id=ng1 --description d");
        BASES.put("network manager security-admin-config rule-collection show",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1");
        BASES.put("network manager security-admin-config rule-collection list",
                "-g rg --network-manager-name nm1 --configuration-name sac1");
        BASES.put("network manager security-admin-config rule-collection delete",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1 --yes");
        BASES.put("network manager security-admin-config rule-collection rule create",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1 --rule-name ar2 --kind Custom --access AlwaysAllow --direction Inbound --priority 20 --protocol Tcp --sources address-prefix=10.0.0.0/8 address-prefix-type=IPPrefix --destinations address-prefix=* address-prefix-type=IPPrefix --source-port-ranges 0-65535 --dest-port-ranges 443 --description d");
        BASES.put("network manager security-admin-config rule-collection rule show",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1 --rule-name ar1");
        BASES.put("network manager security-admin-config rule-collection rule list",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1");
        BASES.put("network manager security-admin-config rule-collection rule delete",
                "-g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1 --rule-name ar1 --yes");
        BASES.put("network watcher test-connectivity", "-g rg --source-resource vm1 --dest-address 10.1.1.4 --dest-port 22");
        BASES.put("network watcher test-ip-flow",
                "-g rg --vm vm1 --direction Inbound --protocol TCP --local 10.0.1.4:22 --remote 10.1.1.4:5000");
        BASES.put("network watcher list", "");
        BASES.put("network watcher configure", "-g rg -l eastus --enabled true");
        BASES.put("network route-table create", "-g rg -n rt2");
        BASES.put("network route-table show", "-g rg -n rt1");
        BASES.put("network route-table list", "-g rg");
        BASES.put("network route-table route create",
                "-g rg --route-table-name rt1 -n r2 --address-prefix 10.7.0.0/16 --next-hop-type VirtualAppliance"
                        + " --next-hop-ip-address 10.0.1.11");
        BASES.put("network route-table route show", "-g rg --route-table-name rt1 -n r1");
        BASES.put("network route-table route list", "-g rg --route-table-name rt1");
        BASES.put("network route-table route update", "-g rg --route-table-name rt1 -n r1 --address-prefix 10.6.0.0/16");
        BASES.put("network route-table route delete", "-g rg --route-table-name rt1 -n r1");
        BASES.put("network vnet-gateway create", "-g rg -n gw2 --vnet edge --public-ip-addresses pip2 --gateway-type Vpn"
                + " --vpn-type RouteBased --sku VpnGw1 --no-wait");
        BASES.put("network vnet-gateway list-learned-routes", "-g rg -n gw1");
        BASES.put("network ip-group create", "-g rg -n ipg2 --ip-addresses 10.1.0.0/16 10.2.0.1-10.2.0.9");
        BASES.put("network firewall policy create", "-g rg -n pol2 --base-policy pol1 --threat-intel-mode Deny");
        BASES.put("network firewall policy rule-collection-group create", "-g rg --policy-name pol1 -n rcg2 --priority 300");
        BASES.put("network firewall policy rule-collection-group collection add-filter-collection", "-g rg --policy-name"
                + " pol1 --rcg-name rcg1 -n dns --collection-priority 100 --action Allow --rule-name DNS --rule-type"
                + " NetworkRule --ip-protocols UDP --source-addresses * --destination-addresses * --destination-ports 53");
        BASES.put("network firewall create", "-g rg -n fw2 --vnet-name fwnet --firewall-policy pol1");
        BASES.put("network firewall ip-config create", "-g rg -f fw1 -n cfg2 --public-ip-address natpip2");
        BASES.put("network firewall ip-config list", "-g rg -f fw1");
        BASES.put("network firewall update", "-g rg -n fw1 --threat-intel-mode Deny");
        BASES.put("network firewall network-rule create", "-g rg -f fw1 -c net -n r1 --priority 100 --action Allow"
                + " --protocols TCP --source-addresses 10.0.0.0/16 --destination-addresses * --destination-ports 443");
        BASES.put("network firewall application-rule create", "-g rg -f fw1 -c app -n r1 --priority 100 --action Allow"
                + " --protocols Https=443 --source-addresses 10.0.0.0/16 --target-fqdns www.microsoft.com");
        BASES.put("network firewall nat-rule create", "-g rg -f fw1 -c nat -n r1 --priority 100 --action Dnat"
                + " --protocols TCP --source-addresses * --destination-addresses 20.0.0.9 --destination-ports 2222"
                + " --translated-address 10.40.0.10 --translated-port 22");
        BASES.put("network firewall policy rule-collection-group collection add-nat-collection", "-g rg --policy-name"
                + " pol1 --rcg-name rcg1 -n nat --collection-priority 100 --action DNAT --rule-name ssh --ip-protocols"
                + " TCP --source-addresses * --destination-addresses 20.0.0.9 --destination-ports 2222"
                + " --translated-address 10.40.0.10 --translated-port 22");
        BASES.put("network vnet-gateway list-advertised-routes", "-g rg -n gw1 --peer 10.0.255.4");
        BASES.put("network local-gateway create",
                "-g rg -n site2 --gateway-ip-address 203.0.113.2 --local-address-prefixes 192.169.0.0/16");
        BASES.put("network vpn-connection create",
                "-g rg -n conn2 --vnet-gateway1 gw1 --local-gateway2 onprem --shared-key abc");
        BASES.put("network nsg create", "-g rg -n nsg2");
        BASES.put("network nsg show", "-g rg -n nsg1");
        BASES.put("network nsg update", "-g rg -n nsg1 --tags env=test");
        BASES.put("network nsg list", "-g rg");
        BASES.put("network nsg delete", "-g rg -n spare-nsg");
        BASES.put("network nsg rule create", "-g rg --nsg-name nsg1 -n r2 --priority 200 --access Allow --protocol Tcp"
                + " --direction Inbound --source-address-prefixes 10.1.0.0/16 --source-port-ranges 1024-65535"
                + " --destination-address-prefixes 10.0.1.0/24 --destination-port-ranges 22");
        BASES.put("network nsg rule show", "-g rg --nsg-name nsg1 -n r1");
        BASES.put("network nsg rule list", "-g rg --nsg-name nsg1");
        BASES.put("network nsg rule update", "-g rg --nsg-name nsg1 -n r1 --priority 150");
        BASES.put("network nsg rule delete", "-g rg --nsg-name nsg1 -n r1");
        BASES.put("network asg create", "-g rg -n asg2");
        BASES.put("network public-ip create", "-g rg -n pip3 --sku Standard --allocation-method Static --version IPv4");
        BASES.put("deployment group create", "-g rg -n d2 " + DeploymentCommands.TEMPLATE_JSON + " TEMPLATE");
        BASES.put("network nic create", "-g rg -n nic6 --vnet-name spoke --subnet app");
        BASES.put("network nic delete", "-g rg -n spare-nic");
        BASES.put("network nic ip-config show", "-g rg --nic-name vm1VMNic -n ipconfigvm1");
        BASES.put("network nic ip-config list", "-g rg --nic-name vm1VMNic");
        BASES.put("network nic ip-config update", "-g rg --nic-name spare-nic -n ipconfig1 --public-ip-address pip2");
        BASES.put("vm availability-set create", "-g rg -n avset2");
        BASES.put("vm availability-set show", "-g rg -n avset1");
        BASES.put("vm availability-set list", "-g rg");
        BASES.put("vm availability-set delete", "-g rg -n spare-avset");
        BASES.put("network public-ip show", "-g rg -n pip1");
        BASES.put("network public-ip list", "-g rg");
        BASES.put("network public-ip delete", "-g rg -n pip2");
        BASES.put("network asg show", "-g rg -n asg1");
        BASES.put("network asg update", "-g rg -n asg1 --tags env=test");
        BASES.put("network asg list", "-g rg");
        BASES.put("network asg delete", "-g rg -n asg1");
        BASES.put("network vnet-gateway show", "-g rg -n gw1");
        BASES.put("network vnet-gateway list", "-g rg");
        BASES.put("network vnet-gateway delete", "-g rg -n spare-gw");
        BASES.put("network local-gateway show", "-g rg -n onprem");
        BASES.put("network local-gateway update", "-g rg -n onprem --tags env=test");
        BASES.put("network local-gateway list", "-g rg");
        BASES.put("network local-gateway delete", "-g rg -n spare-site");
        BASES.put("network vpn-connection show", "-g rg -n conn1");
        BASES.put("network vpn-connection list", "-g rg --vnet-gateway gw1");
        BASES.put("network vpn-connection delete", "-g rg -n conn1");
        BASES.put("network vpn-connection update", "-g rg -n conn1 --enable-bgp false");
        BASES.put("network local-gateway update", "-g rg -n onprem --gateway-ip-address 203.0.113.9");
        BASES.put("network manager list-effective-connectivity-config", "-g rg --virtual-network-name lone");
        BASES.put("network firewall show", "-g rg -n fw1");
        BASES.put("network firewall list", "-g rg");
        BASES.put("network firewall delete", "-g rg -n fw1");
        BASES.put("network nic ip-config create", "-g rg --nic-name vm1VMNic -n second --lb-name lb1 --lb-address-pools pool1");
        BASES.put("network nic ip-config delete", "-g rg --nic-name spare-nic -n second");
        BASES.put("network route-table delete", "-g rg -n spare-rt");
        BASES.put("network route-table update", "-g rg -n rt1 --disable-bgp-route-propagation true");
        BASES.put("deployment group show", "-g rg -n d1");
        BASES.put("deployment group list", "-g rg");
        BASES.put("deployment sub create", "-l westeurope -n s2 " + DeploymentCommands.TEMPLATE_JSON + " " + "{\"resources\":[]}");
        BASES.put("deployment sub show", "-n s1");
        BASES.put("deployment sub list", "");
        BASES.put("deployment mg create", "-m platform -l westeurope -n m2 " + DeploymentCommands.TEMPLATE_JSON + " "
                + "{\"resources\":[]}");
        BASES.put("deployment mg show", "-m platform -n m1");
        BASES.put("deployment mg list", "-m platform");
        BASES.put("deployment tenant create", "-l westeurope -n t2 " + DeploymentCommands.TEMPLATE_JSON + " "
                + "{\"resources\":[]}");
        BASES.put("deployment tenant show", "-n t1");
        BASES.put("deployment tenant list", "");
        // outbound access
        BASES.put("network nat gateway create", "-g rg -n nat2 --public-ip-addresses natpip2 --idle-timeout 10");
        BASES.put("network nat gateway show", "-g rg -n nat1");
        BASES.put("network nat gateway list", "-g rg");
        BASES.put("network nat gateway update", "-g rg -n nat1 --idle-timeout 20");
        BASES.put("network nat gateway delete", "-g rg -n nat3");
        BASES.put("network public-ip prefix create", "-g rg -n pfx2 --length 28");
        BASES.put("network public-ip prefix show", "-g rg -n pfx1");
        BASES.put("network public-ip prefix update", "-g rg -n pfx1 --tags env=test");
        BASES.put("network public-ip prefix list", "-g rg");
        BASES.put("network public-ip prefix delete", "-g rg -n pfx3");
        BASES.put("network bastion create", "-g rg -n bastion2 --vnet-name hub --public-ip-address bastionpip");
        BASES.put("network bastion show", "-g rg -n bastion1");
        BASES.put("network bastion list", "-g rg");
        BASES.put("network bastion delete", "-g rg -n bastion1");
        BASES.put("network private-endpoint create", "-g rg -n pe2 --vnet-name spoke --subnet app"
                + " --private-connection-resource-id /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
                + "/providers/Microsoft.Storage/storageAccounts/data --group-id blob --connection-name c2");
        BASES.put("network private-endpoint show", "-g rg -n pe1");
        BASES.put("network private-endpoint list", "-g rg");
        BASES.put("network private-endpoint delete", "-g rg -n pe1");
        String connection = "-g rg --type Microsoft.Storage/storageAccounts --resource-name data -n "
                + PrivateEndpointConnectionCommands.name(io.vnetlab.model.ResourceId.parse(AzTestBench.RG
                + "/providers/Microsoft.Network/privateEndpoints/pe1"));
        BASES.put("network private-endpoint-connection list", "-g rg --type Microsoft.Storage/storageAccounts -n data");
        BASES.put("network private-endpoint-connection show", connection);
        BASES.put("network private-endpoint-connection approve", connection + " --description ok");
        BASES.put("network private-endpoint-connection reject", connection + " --description no");
        BASES.put("network private-dns zone create", "-g rg -n fabrikam.internal");
        BASES.put("network private-dns zone show", "-g rg -n contoso.internal");
        BASES.put("network private-dns zone list", "-g rg");
        BASES.put("network private-dns zone update", "-g rg -n contoso.internal --tags env=test");
        BASES.put("network private-dns record-set soa show", "-g rg -z contoso.internal");
        BASES.put("network private-dns zone delete", "-g rg -n spare.internal --yes");
        BASES.put("network private-dns link vnet create", "-g rg -z contoso.internal -n l2 -v spoke -e false");
        BASES.put("network private-dns link vnet update", "-g rg -z contoso.internal -n l1 -e true");
        BASES.put("network private-dns link vnet show", "-g rg -z contoso.internal -n l1");
        BASES.put("network private-dns link vnet list", "-g rg -z contoso.internal");
        BASES.put("network private-dns link vnet delete", "-g rg -z contoso.internal -n l1 --yes");
        BASES.put("network private-dns record-set list", "-g rg -z contoso.internal");
        String zone = "-g rg -z contoso.internal ";
        for (String[] kind : new String[][] {{"a", "db", "-a 10.0.1.6", "-a 10.0.1.5"},
                {"aaaa", "db6", "-a fd00::6", "-a fd00::5"}, {"cname", "www", "-c web.contoso.internal",
                "-c db.contoso.internal"}}) {
            String group = "network private-dns record-set " + kind[0];
            BASES.put(group + " create", zone + "-n fresh");
            BASES.put(group + " show", zone + "-n " + kind[1]);
            BASES.put(group + " list", zone.trim());
            BASES.put(group + " delete", zone + "-n " + kind[1] + " --yes");
            BASES.put(group + " update", zone + "-n " + kind[1] + " --metadata owner=net");
            BASES.put(group + (kind[0].equals("cname") ? " set-record" : " add-record"), zone + "-n " + kind[1] + " "
                    + kind[2]);
            BASES.put(group + " remove-record", zone + "-n " + kind[1] + " " + kind[3]);
        }
        String zoneGroup = "-g rg --endpoint-name pe1 -n zg1";
        BASES.put("network private-endpoint dns-zone-group create", zoneGroup
                + " --private-dns-zone privatelink.blob.core.windows.net --zone-name blob");
        BASES.put("network private-endpoint dns-zone-group add", zoneGroup
                + " --private-dns-zone spare.internal --zone-name spare");
        BASES.put("network private-endpoint dns-zone-group remove", zoneGroup + " --zone-name contoso");
        BASES.put("network private-endpoint dns-zone-group show", zoneGroup);
        BASES.put("network private-endpoint dns-zone-group list", "-g rg --endpoint-name pe1");
        BASES.put("network private-endpoint dns-zone-group delete", zoneGroup);
        BASES.put("network lb create",
                "-g rg -n lb3 --vnet-name hub --subnet app --frontend-ip-name fe3");
        BASES.put("network lb show",
                "-g rg -n lb1");
        BASES.put("network lb list",
                "-g rg");
        BASES.put("network lb update",
                "-g rg -n lb1");
        BASES.put("network lb delete",
                "-g rg -n lb2");
        BASES.put("network lb frontend-ip create",
                "-g rg --lb-name lb1 -n fe9 --vnet-name hub --subnet app");
        BASES.put("network lb frontend-ip show",
                "-g rg --lb-name lb1 -n fe1");
        BASES.put("network lb frontend-ip list",
                "-g rg --lb-name lb1");
        BASES.put("network lb frontend-ip update",
                "-g rg --lb-name lb1 -n fe1 --private-ip-address 10.0.1.101");
        BASES.put("network lb frontend-ip delete",
                "-g rg --lb-name lb1 -n fe-spare");
        BASES.put("network lb address-pool create",
                "-g rg --lb-name lb1 -n pool9");
        BASES.put("network lb address-pool show",
                "-g rg --lb-name lb1 -n pool1");
        BASES.put("network lb address-pool list",
                "-g rg --lb-name lb1");
        BASES.put("network lb address-pool update",
                "-g rg --lb-name lb1 -n pool1");
        BASES.put("network lb address-pool delete",
                "-g rg --lb-name lb1 -n pool-spare");
        BASES.put("network lb address-pool address add",
                "-g rg --lb-name lb1 --pool-name pool1 -n a1 --ip-address 10.0.1.4 --vnet hub");
        BASES.put("network lb address-pool address remove",
                "-g rg --lb-name lb1 --pool-name pool1 -n a1 --ip-address 10.0.1.4 --vnet hub");
        BASES.put("network lb address-pool address list",
                "-g rg --lb-name lb1 --pool-name pool1");
        BASES.put("network lb probe create",
                "-g rg --lb-name lb1 -n probe2 --protocol Http --port 80 --path /");
        BASES.put("network lb probe show",
                "-g rg --lb-name lb1 -n probe1");
        BASES.put("network lb probe list",
                "-g rg --lb-name lb1");
        BASES.put("network lb probe update",
                "-g rg --lb-name lb1 -n probe1 --port 2222");
        BASES.put("network lb probe delete",
                "-g rg --lb-name lb1 -n probe-spare");
        BASES.put("network lb rule create",
                "-g rg --lb-name lb1 -n rule2 --protocol Udp --frontend-port 53 --backend-port 53 --frontend-ip-name fe1 --backend-pool-name pool1");
        BASES.put("network lb rule show",
                "-g rg --lb-name lb1 -n rule1");
        BASES.put("network lb rule list",
                "-g rg --lb-name lb1");
        BASES.put("network lb rule update",
                "-g rg --lb-name lb1 -n rule1 --frontend-port 81");
        BASES.put("network lb rule delete",
                "-g rg --lb-name lb1 -n rule1");
        BASES.put("network lb inbound-nat-rule create",
                "-g rg --lb-name lb1 -n nat2 --protocol Tcp --frontend-port 2202 --backend-port 22 --frontend-ip-name fe1");
        BASES.put("network lb inbound-nat-rule show",
                "-g rg --lb-name lb1 -n nat1");
        BASES.put("network lb inbound-nat-rule list",
                "-g rg --lb-name lb1");
        BASES.put("network lb inbound-nat-rule update",
                "-g rg --lb-name lb1 -n nat1 --frontend-port 2203");
        BASES.put("network lb inbound-nat-rule delete",
                "-g rg --lb-name lb1 -n nat1");
        BASES.put("network lb outbound-rule create",
                "-g rg --lb-name lb2 -n out2 --frontend-ip-configs fe2 --protocol Udp --address-pool pool2");
        BASES.put("network lb outbound-rule show",
                "-g rg --lb-name lb2 -n out1");
        BASES.put("network lb outbound-rule list",
                "-g rg --lb-name lb2");
        BASES.put("network lb outbound-rule update",
                "-g rg --lb-name lb2 -n out1 --outbound-ports 1024");
        BASES.put("network lb outbound-rule delete",
                "-g rg --lb-name lb2 -n out1");
        BASES.put("network nic ip-config address-pool add",
                "-g rg --nic-name vm1VMNic -n ipconfigvm1 --address-pool pool1 --lb-name lb1");
        BASES.put("network nic ip-config address-pool remove",
                "-g rg --nic-name vm1VMNic -n ipconfigvm1 --address-pool pool1 --lb-name lb1");
        BASES.put("network nic ip-config inbound-nat-rule add",
                "-g rg --nic-name vm1VMNic -n ipconfigvm1 --inbound-nat-rule nat1 --lb-name lb1");
        BASES.put("network nic ip-config inbound-nat-rule remove",
                "-g rg --nic-name vm1VMNic -n ipconfigvm1 --inbound-nat-rule nat1 --lb-name lb1");
        // each wait is its show's base, waiting for what exists
        for (Map.Entry<String, String> show : List.copyOf(BASES.entrySet())) {
            if (show.getKey().endsWith(" show")) {
                BASES.putIfAbsent(show.getKey().substring(0, show.getKey().length() - "show".length()) + "wait",
                        show.getValue() + " --exists");
            }
        }
    }

    private CommandBases() {
    }

    /** The words after {@code az} of the base of {@code command}. */
    static List<String> args(String command) {
        List<String> args = new ArrayList<>(BadInputWorld.words(command));
        for (String word : BadInputWorld.words(BASES.get(command))) {
            args.add(word.equals("TEMPLATE") ? BadInputWorld.TEMPLATE : word);
        }
        return args;
    }

    /** The command's options that take a value, and the global ones that do. */
    static List<Param> valueTaking(AzCommand command) {
        List<Param> params = new ArrayList<>();
        for (Param p : command.params()) {
            if (p.kind() != Param.Kind.SWITCH) {
                params.add(p);
            }
        }
        for (Param p : Args.GLOBAL) {
            if (p.kind() == Param.Kind.VALUE) {
                params.add(p);
            }
        }
        return params;
    }

    /** The base of {@code command} with {@code param} (replacing any value the base gives it) set to {@code value}. */
    static List<String> withValue(String command, Param param, String value) {
        List<String> args = new ArrayList<>(CommandBases.args(command));
        int at = -1;
        for (int i = 0; i < args.size(); i++) {
            if (param.names().contains(args.get(i))) {
                at = i;
                break;
            }
        }
        if (at >= 0) {
            int end = at + 1;
            while (end < args.size() && !args.get(end).startsWith("-")) {
                end++;
            }
            args.subList(at, end).clear();
        }
        args.add(param.names().get(0));
        args.add(value);
        return args;
    }
}
