package io.vnetlab.az;

import java.util.Arrays;
import java.util.List;

/**
 * The one world every bad-input case starts from: a resource group with peered networks, a gateway and a site, an
 * NSG and a route table on a subnet, a VM, spare resources nothing depends on, and a deployment. Built once; each
 * case runs on its own {@link Az#fork() fork}, so cases cannot affect each other and building stays out of the
 * budget.
 */
final class BadInputWorld {

    /** A template with one network, as {@code --vnetlab-template-json} and the journal carry it. */
    static final String TEMPLATE = "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
            + "deploymentTemplate.json#\", \"contentVersion\": \"1.0.0.0\", \"resources\": [{\"type\": "
            + "\"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\", \"name\": \"deployed\", "
            + "\"location\": \"[resourceGroup().location]\", \"properties\": {\"addressSpace\": {\"addressPrefixes\": "
            + "[\"10.30.0.0/16\"]}}}]}";

    /** The commands that build the world, each as the words after {@code az}. */
    static final List<String> SCRIPT = List.of(
            "group create -n rg -l westeurope",
            "group create -n spare -l westeurope",
            "network vnet create -g rg -n hub --address-prefixes 10.0.0.0/16 --subnet-name app --subnet-prefixes 10.0.1.0/24",
            "network vnet subnet create -g rg --vnet-name hub -n GatewaySubnet --address-prefixes 10.0.255.0/27",
            "network vnet create -g rg -n spoke --address-prefixes 10.1.0.0/16 --subnet-name app --subnet-prefixes 10.1.1.0/24",
            "network vnet create -g rg -n lone --address-prefixes 10.9.0.0/16 --subnet-name s --subnet-prefixes 10.9.0.0/24",
            "network vnet create -g rg -n edge --address-prefixes 10.20.0.0/16 --subnet-name GatewaySubnet --subnet-prefixes 10.20.255.0/27",
            "network vnet peering create -g rg --vnet-name hub -n hub-to-spoke --remote-vnet spoke --allow-vnet-access",
            "network vnet peering create -g rg --vnet-name spoke -n spoke-to-hub --remote-vnet hub --allow-vnet-access",
            "network nsg create -g rg -n nsg1",
            "network nsg create -g rg -n spare-nsg",
            "network nsg rule create -g rg --nsg-name nsg1 -n r1 --priority 100 --access Allow --protocol Tcp --destination-port-ranges 22",
            "network route-table create -g rg -n rt1",
            "network route-table route create -g rg --route-table-name rt1 -n r1 --address-prefix 10.8.0.0/16 --next-hop-type VirtualAppliance --next-hop-ip-address 10.0.1.10",
            "network vnet subnet update -g rg --vnet-name hub -n app --network-security-group nsg1 --route-table rt1",
            "vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name hub --subnet app --admin-username azureuser --generate-ssh-keys",
            "vm create -g rg -n vm9 --image Ubuntu2204 --vnet-name spoke --subnet app --admin-username azureuser --generate-ssh-keys",
            "network asg create -g rg -n asg1",
            "network public-ip create -g rg -n pip1",
            "network public-ip create -g rg -n pip2",
            "network lb create -g rg -n lb1 --vnet-name hub --subnet app --private-ip-address 10.0.1.100 --frontend-ip-name fe1 --backend-pool-name pool1",
            "network lb frontend-ip create -g rg --lb-name lb1 -n fe-spare --vnet-name hub --subnet app",
            "network lb address-pool create -g rg --lb-name lb1 -n pool-spare",
            "network lb probe create -g rg --lb-name lb1 -n probe1 --protocol Tcp --port 22",
            "network lb probe create -g rg --lb-name lb1 -n probe-spare --protocol Tcp --port 23",
            "network lb rule create -g rg --lb-name lb1 -n rule1 --protocol Tcp --frontend-port 80 --backend-port 80 --frontend-ip-name fe1 --backend-pool-name pool1 --probe-name probe1",
            "network lb inbound-nat-rule create -g rg --lb-name lb1 -n nat1 --protocol Tcp --frontend-port 2201 --backend-port 22 --frontend-ip-name fe1",
            "network lb create -g rg -n lb2 --public-ip-address lbpip --frontend-ip-name fe2 --backend-pool-name pool2",
            "network lb outbound-rule create -g rg --lb-name lb2 -n out1 --frontend-ip-configs fe2 --protocol Tcp --address-pool pool2",
            "network vnet-gateway create -g rg -n gw1 --vnet hub --public-ip-addresses pip1 --gateway-type Vpn --vpn-type RouteBased --sku VpnGw1 --no-wait",
            "network local-gateway create -g rg -n onprem --gateway-ip-address 203.0.113.1 --local-address-prefixes 192.168.0.0/16",
            "network vpn-connection create -g rg -n conn1 --vnet-gateway1 gw1 --local-gateway2 onprem --shared-key abc",
            "network nic create -g rg -n spare-nic --vnet-name spoke --subnet app",
            "vm availability-set create -g rg -n avset1",
            "vm availability-set create -g rg -n spare-avset",
            "network nic create -g rg -n nic5 --vnet-name spoke --subnet app",
            "vm create -g rg -n vm5 --nics nic5 --availability-set avset1 --image Ubuntu2204 --admin-username azureuser"
                    + " --generate-ssh-keys",
            "network public-ip create -g rg -n natpip",
            "network public-ip create -g rg -n natpip2",
            "network public-ip prefix create -g rg -n pfx1 --length 30",
            "network public-ip prefix create -g rg -n pfx3 --length 31",
            "network nat gateway create -g rg -n nat1 --public-ip-addresses natpip --public-ip-prefixes pfx1",
            "network vnet subnet update -g rg --vnet-name lone -n s --nat-gateway nat1",
            "network public-ip create -g rg -n natpip3",
            "network nat gateway create -g rg -n nat3 --public-ip-addresses natpip3",
            "network vnet subnet create -g rg --vnet-name hub -n AzureBastionSubnet --address-prefixes 10.0.250.0/26",
            "network public-ip create -g rg -n bastionpip",
            "network bastion create -g rg -n bastion1 --vnet-name hub --public-ip-address bastionpip",
            "network vnet create -g rg -n fwnet --address-prefixes 10.40.0.0/16 --subnet-name AzureFirewallSubnet --subnet-prefixes 10.40.0.0/26",
            "network ip-group create -g rg -n ipg1 --ip-addresses 10.0.0.0/16",
            "network firewall policy create -g rg -n pol1",
            "network firewall policy rule-collection-group create -g rg --policy-name pol1 -n rcg1 --priority 200",
            "network firewall create -g rg -n fw1 --vnet-name fwnet",
            "network manager create -g rg -n nm1 --scope-accesses Connectivity SecurityAdmin --network-manager-scopes subscriptions=/subscriptions/00000000-0000-0000-0000-000000000000",
            "network manager group create -g rg --network-manager-name nm1 -n ng1",
            "network manager group static-member create -g rg --network-manager-name nm1 --network-group-name ng1 -n sm1 --resource-id /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/lone",
            "network manager connect-config create -g rg --network-manager-name nm1 --configuration-name cc1 --applies-to-groups network-group-id=ng1 --connectivity-topology Mesh",
            "network manager security-admin-config create -g rg --network-manager-name nm1 --configuration-name sac1",
            "network manager security-admin-config rule-collection create -g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1 --applies-to-groups network-group-id=ng1",
            "network manager security-admin-config rule-collection rule create -g rg --network-manager-name nm1 --configuration-name sac1 --rule-collection-name rc1 --rule-name ar1 --access Deny --direction Inbound --priority 10 --protocol Tcp --dest-port-ranges 22",
            "network private-endpoint create -g rg -n pe1 --vnet-name spoke --subnet app --private-connection-resource-id /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/data --group-id blob --connection-name c1 --nic-name pe1-nic",
            "network private-dns zone create -g rg -n contoso.internal",
            "network private-dns zone create -g rg -n spare.internal",
            "network private-dns zone create -g rg -n privatelink.blob.core.windows.net",
            "network private-dns link vnet create -g rg -z contoso.internal -n l1 -v hub -e false",
            "network private-dns record-set a add-record -g rg -z contoso.internal -n db -a 10.0.1.5",
            "network private-dns record-set aaaa add-record -g rg -z contoso.internal -n db6 -a fd00::5",
            "network private-dns record-set cname set-record -g rg -z contoso.internal -n www -c db.contoso.internal",
            "network private-endpoint dns-zone-group create -g rg --endpoint-name pe1 -n zg1 --private-dns-zone privatelink.blob.core.windows.net --zone-name blob",
            "network private-endpoint dns-zone-group add -g rg --endpoint-name pe1 -n zg1 --private-dns-zone contoso.internal --zone-name contoso");

    private static final Az WORLD = build();

    private BadInputWorld() {
    }

    private static Az build() {
        Az az = Az.create();
        for (String line : SCRIPT) {
            run(az, words(line));
        }
        run(az, List.of("deployment", "group", "create", "-g", "rg", "-n", "d1", DeploymentCommands.TEMPLATE_JSON,
                TEMPLATE));
        run(az, List.of("deployment", "sub", "create", "-l", "westeurope", "-n", "s1", DeploymentCommands.TEMPLATE_JSON,
                "{\"resources\": []}"));
        run(az, List.of("deployment", "mg", "create", "-m", "platform", "-l", "westeurope", "-n", "m1",
                DeploymentCommands.TEMPLATE_JSON, "{\"resources\": []}"));
        run(az, List.of("deployment", "tenant", "create", "-l", "westeurope", "-n", "t1",
                DeploymentCommands.TEMPLATE_JSON, "{\"resources\": []}"));
        return az;
    }

    private static void run(Az az, List<String> args) {
        AzResult r = az.run(args);
        if (!r.succeeded()) {
            throw new IllegalStateException("the bad-input world does not build: az " + args + ": " + r.err());
        }
    }

    /** A fresh copy of the world. */
    static Az fork() {
        return WORLD.fork();
    }

    /** Probes {@code c} on a fresh copy of the world. */
    static List<Violation> probe(AzProbe.Case c) {
        return probe(fork(), c);
    }

    /** Probes {@code c} on {@code copy}, a fresh {@link #fork() copy} of the world. */
    static List<Violation> probe(Az copy, AzProbe.Case c) {
        return AzProbe.probe(copy, WORLD, c);
    }

    /** Why the world's own journal does not rebuild it from nothing, if it does not. */
    static java.util.Optional<String> replayMismatch() {
        return AzProbe.replayMismatch(Az.create(), WORLD);
    }

    /** {@code line} split at spaces. */
    static List<String> words(String line) {
        return line.isEmpty() ? List.of() : Arrays.asList(line.split(" "));
    }
}
