package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.dataplane.OutboundAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network lb} and its part groups, and {@code nic ip-config address-pool}: the CLI's shapes and defaults,
 * Azure's refusals, and the load balancer in the data plane (docs/azure/load-balancers.md).
 */
class LoadBalancerCommandsTest {

    private static final String LB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers"
            + "/Microsoft.Network/loadBalancers/";

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void hub() {
        cli.ok("group create -n rg -l westeurope");
        cli.ok("network vnet create -g rg -n hub --address-prefixes 10.0.0.0/16 --subnet-name nva"
                + " --subnet-prefixes 10.0.1.0/24");
        cli.ok("vm create -g rg -n nva1 --image Ubuntu2204 --vnet-name hub --subnet nva --private-ip-address 10.0.1.4"
                + " --admin-username azureuser --generate-ssh-keys");
        cli.ok("vm create -g rg -n nva2 --image Ubuntu2204 --vnet-name hub --subnet nva --private-ip-address 10.0.1.5"
                + " --admin-username azureuser --generate-ssh-keys");
    }

    @Test
    void lb_create_makes_the_cli_default_frontend_and_pool_and_prints_its_deployment_output_under_loadBalancer() {
        // docs/azure/cli-and-network-watcher.md#deployment-output: the properties, each part keeping its own
        JsonNode lb = cli.json("network lb create -g rg -n ilb --vnet-name hub --subnet nva --private-ip-address"
                + " 10.0.1.100").get("loadBalancer");
        assertThat(lb.has("id")).isFalse();
        assertThat(lb.has("sku")).isFalse();
        assertThat(lb.get("provisioningState").asText()).isEqualTo("Succeeded");
        assertThat(lb.at("/frontendIPConfigurations/0/name").asText()).isEqualTo("LoadBalancerFrontEnd");
        assertThat(lb.at("/frontendIPConfigurations/0/resourceGroup").asText()).isEqualTo("rg");
        assertThat(lb.at("/frontendIPConfigurations/0/properties/privateIPAddress").asText()).isEqualTo("10.0.1.100");
        assertThat(lb.at("/frontendIPConfigurations/0/properties/privateIPAllocationMethod").asText())
                .isEqualTo("Static");
        assertThat(lb.at("/frontendIPConfigurations/0/properties/subnet/id").asText()).endsWith("/hub/subnets/nva");
        assertThat(lb.at("/frontendIPConfigurations/0/properties/subnet/resourceGroup").asText()).isEqualTo("rg");
        assertThat(lb.at("/backendAddressPools/0/name").asText()).isEqualTo("ilbbepool");
        assertThat(cli.ok("network lb show -g rg -n ilb --query [id,sku.name] -o tsv"))
                .isEqualTo(LB + "ilb\nStandard\n");
        assertThat(cli.ok("network lb list -g rg --query [].name -o tsv")).isEqualTo("ilb\n");
        JsonNode pub = cli.json("network lb create -g rg -n web").get("loadBalancer");
        assertThat(pub.at("/frontendIPConfigurations/0/properties/publicIPAddress/id").asText()).endsWith("/PublicIPweb");
        // docs/azure/load-balancers.md#frontends
        assertThat(pub.at("/frontendIPConfigurations/0/properties/privateIPAllocationMethod").asText())
                .isEqualTo("Dynamic");
    }

    @Test
    void lb_create_gives_its_tags_to_the_load_balancer_and_to_the_public_ip_it_makes() {
        cli.ok("network public-ip create -g rg -n mine");
        cli.ok("network lb create -g rg -n web --tags env=test");
        cli.ok("network lb create -g rg -n web2 --public-ip-address mine --tags env=prod");
        assertThat(cli.ok("network lb show -g rg -n web --query tags.env -o tsv")).isEqualTo("test\n");
        assertThat(cli.ok("network public-ip show -g rg -n PublicIPweb --query tags.env -o tsv")).isEqualTo("test\n");
        assertThat(cli.ok("network lb show -g rg -n web2 --query tags.env -o tsv")).isEqualTo("prod\n");
        assertThat(cli.ok("network public-ip show -g rg -n mine --query tags")).isEqualTo("{}\n");
    }

    @Test
    void an_empty_public_ip_address_with_a_subnet_makes_an_internal_load_balancer() {
        JsonNode lb = cli.json("network lb create -g rg -n ilb --public-ip-address '' --vnet-name hub --subnet nva")
                .get("loadBalancer");
        assertThat(lb.at("/frontendIPConfigurations/0/properties/subnet/id").asText()).endsWith("/hub/subnets/nva");
        assertThat(lb.at("/frontendIPConfigurations/0/properties/publicIPAddress").isMissingNode()).isTrue();
        assertThat(cli.run("network public-ip show -g rg -n PublicIPilb").exitCode()).isEqualTo(3);
    }

    @Test
    void an_empty_probe_path_takes_the_path_away() {
        cli.ok("network lb create -g rg -n web");
        assertThat(cli.json("network lb probe create -g rg --lb-name web -n p --protocol http --port 80 --path"
                + " /health").get("requestPath").asText()).isEqualTo("/health");
        JsonNode probe = cli.json("network lb probe update -g rg --lb-name web -n p --protocol tcp --path ''");
        assertThat(probe.get("protocol").asText()).isEqualTo("Tcp");
        assertThat(probe.has("requestPath")).isFalse();
    }

    @Test
    void the_ha_nva_pattern_through_the_cli_probe_pool_ha_ports_rule_and_a_route_to_the_frontend() {
        cli.ok("network lb create -g rg -n ilb --vnet-name hub --subnet nva --private-ip-address 10.0.1.100"
                + " --frontend-ip-name fe --backend-pool-name nvas");
        cli.ok("network lb probe create -g rg --lb-name ilb -n ssh --protocol tcp --port 22");
        JsonNode rule = cli.json("network lb rule create -g rg --lb-name ilb -n ha --protocol All --frontend-port 0"
                + " --backend-port 0 --probe-name ssh");
        assertThat(rule.at("/frontendIPConfiguration/id").asText()).isEqualTo(LB + "ilb/frontendIPConfigurations/fe");
        assertThat(rule.at("/backendAddressPool/id").asText()).isEqualTo(LB + "ilb/backendAddressPools/nvas");
        JsonNode config = cli.json("network nic ip-config address-pool add -g rg --nic-name nva1VMNic -n ipconfignva1"
                + " --lb-name ilb --address-pool nvas");
        assertThat(config.at("/loadBalancerBackendAddressPools/0/id").asText())
                .isEqualTo(LB + "ilb/backendAddressPools/nvas");
        cli.ok("network lb address-pool address add -g rg --lb-name ilb --pool-name nvas -n nva2 --ip-address 10.0.1.5"
                + " --vnet hub");
        assertThat(cli.ok("network lb address-pool address list -g rg --lb-name ilb --pool-name nvas --query"
                + " [].ipAddress -o tsv")).isEqualTo("10.0.1.4\n10.0.1.5\n");
        assertThat(cli.ok("network lb show -g rg -n ilb --query probes[0].loadBalancingRules[0].id -o tsv"))
                .isEqualTo(LB + "ilb/loadBalancingRules/ha\n");
        assertThat(cli.az.topology().loadBalancers().get("ilb").backendPool("nvas").orElseThrow().networkInterfaceIds())
                .extracting(id -> id.name()).containsExactly("nva1VMNic", "nva2VMNic");
    }

    @Test
    void azures_refusals_come_back_in_the_clis_error_shape() {
        basicPublicIp();
        AzResult sku = cli.run("network lb create -g rg -n web --public-ip-address basic-ip");
        assertThat(sku.exitCode()).isEqualTo(1);
        assertThat(sku.err()).startsWith("ERROR: (PublicIPAndLBSkuDoNotMatch) Standard sku load balancer " + LB + "web"
                + " cannot reference Basic sku publicIP");
        cli.ok("network lb create -g rg -n web2");
        AzResult ha = cli.run("network lb rule create -g rg --lb-name web2 -n ha --protocol All --frontend-port 0"
                + " --backend-port 0");
        assertThat(ha.err()).startsWith("ERROR: (HaPortsRequireInternalStandardLoadBalancer) Load-balancing rule ha is an"
                + " HA ports rule");
        assertThat(cli.az.topology().loadBalancers().get("web2").rules()).isEmpty();
        AzResult port = cli.run("network lb probe create -g rg --lb-name web2 -n p --protocol Tcp --port eighty");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("argument --port: invalid int value: 'eighty'");
    }

    @Test
    void a_basic_load_balancer_can_no_longer_be_created_and_the_command_makes_nothing() {
        AzResult basic = cli.run("network lb create -g rg -n old --sku Basic");
        assertThat(basic.exitCode()).isEqualTo(1);
        String message = "Load balancer old cannot be created with SKU Basic: Basic Load Balancer was retired on 30"
                + " September 2025. Use SKU Standard (with Standard public IP addresses).";
        assertThat(basic.err()).isEqualTo("ERROR: (BasicSkuLoadBalancerRetired) " + message
                + "\nCode: BasicSkuLoadBalancerRetired\nMessage: " + message + "\n");
        assertThat(cli.az.topology().loadBalancers().list()).isEmpty();
        assertThat(cli.az.topology().publicIpAddresses().list()).noneMatch(ip -> ip.name().equals("PublicIPold"));
    }

    @Test
    void an_existing_basic_load_balancer_is_shown_updated_and_refuses_an_outbound_rule() {
        basicPublicIp();
        cli.az.topology().loadBalancers().define("legacy").withRegion(io.vnetlab.model.Region.WEST_EUROPE)
                .withExistingResourceGroup("rg").withSku(io.vnetlab.model.LoadBalancerSku.Basic)
                .withPublicFrontend("fe", "basic-ip").withBackendPool("pool").create();
        assertThat(cli.ok("network lb show -g rg -n legacy --query sku.name -o tsv")).isEqualTo("Basic\n");
        assertThat(cli.ok("network lb update -g rg -n legacy --query sku.name -o tsv")).isEqualTo("Basic\n");
        AzResult outbound = cli.run("network lb outbound-rule create -g rg --lb-name legacy -n out --frontend-ip-configs"
                + " fe --address-pool pool --protocol All");
        assertThat(outbound.exitCode()).isEqualTo(1);
        assertThat(outbound.err()).startsWith("ERROR: (OutboundRulesRequireStandardLoadBalancer) Outbound rule out"
                + " cannot be added to Basic load balancer " + LB + "legacy: outbound rules are only available on"
                + " Standard load balancers.");
    }

    @Test
    void a_rule_keeps_outbound_snat_on_unless_told_and_an_outbound_rule_on_its_frontend_needs_it_off() {
        cli.ok("vm create -g rg -n web1 --vnet-name hub --subnet nva --public-ip-address '' --nsg ''");
        cli.ok("network lb create -g rg -n web --frontend-ip-name fe --backend-pool-name pool");
        cli.ok("network nic ip-config address-pool add -g rg --nic-name web1VMNic -n ipconfigweb1 --lb-name web"
                + " --address-pool pool");
        JsonNode rule = cli.json("network lb rule create -g rg --lb-name web -n http --protocol Tcp --frontend-port 80"
                + " --backend-port 80");
        assertThat(rule.get("disableOutboundSnat").asBoolean()).isFalse();
        assertThat(cli.az.topology().outboundAccess("web1").method()).isEqualTo(OutboundAccess.Method.LOAD_BALANCER_RULE);

        AzResult refused = cli.run("network lb outbound-rule create -g rg --lb-name web -n out --frontend-ip-configs fe"
                + " --address-pool pool --protocol All");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("ERROR: (LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIs"
                + "ReferencedByOutboundRule) Load balancing rule " + LB + "web/loadBalancingRules/http must disable SNAT"
                + " since the same frontendIPConfiguration " + LB + "web/frontendIPConfigurations/fe is referenced by"
                + " outbound rule " + LB + "web/outboundRules/out. Set disableOutboundSnat on the rule.\n"
                + "Code: LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIsReferencedByOutboundRule\n"
                + "Message: Load balancing rule " + LB + "web/loadBalancingRules/http must disable SNAT since the same"
                + " frontendIPConfiguration " + LB + "web/frontendIPConfigurations/fe is referenced by outbound rule "
                + LB + "web/outboundRules/out. Set disableOutboundSnat on the rule.\n");

        assertThat(cli.ok("network lb rule update -g rg --lb-name web -n http --disable-outbound-snat --query"
                + " disableOutboundSnat -o tsv")).isEqualTo("true\n");
        assertThat(cli.az.topology().outboundAccess("web1").method()).isEqualTo(OutboundAccess.Method.NONE);
        cli.ok("network lb outbound-rule create -g rg --lb-name web -n out --frontend-ip-configs fe --address-pool pool"
                + " --protocol All");
        assertThat(cli.az.topology().outboundAccess("web1").method())
                .isEqualTo(OutboundAccess.Method.LOAD_BALANCER_OUTBOUND_RULE);
    }

    @Test
    void parts_are_shown_updated_and_deleted_by_name() {
        cli.ok("network lb create -g rg -n web");
        cli.ok("network lb inbound-nat-rule create -g rg --lb-name web -n ssh1 --protocol Tcp --frontend-port 4221"
                + " --backend-port 22");
        cli.ok("network lb inbound-nat-rule update -g rg --lb-name web -n ssh1 --frontend-port 4222");
        assertThat(cli.ok("network lb inbound-nat-rule show -g rg --lb-name web -n ssh1 --query frontendPort -o tsv"))
                .isEqualTo("4222\n");
        cli.ok("network lb inbound-nat-rule delete -g rg --lb-name web -n ssh1");
        assertThat(cli.ok("network lb inbound-nat-rule list -g rg --lb-name web")).isEqualTo("[]\n");
        AzResult missing = cli.run("network lb probe show -g rg --lb-name web -n nope");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).startsWith("ERROR: (NotFound) Resource " + LB + "web/probes/nope not found.");
        cli.ok("network lb delete -g rg -n web");
        assertThat(cli.ok("network lb list -g rg")).isEqualTo("[]\n");
    }

    @Test
    void nic_create_joins_the_pools_and_nat_rules_it_names_and_the_internet_reaches_the_vm_through_them() {
        cli.ok("network lb create -g rg -n web --frontend-ip-name fe --backend-pool-name pool");
        cli.ok("network lb probe create -g rg --lb-name web -n http --protocol tcp --port 80");
        cli.ok("network lb rule create -g rg --lb-name web -n http --protocol tcp --frontend-port 80 --backend-port 80"
                + " --frontend-ip-name fe --backend-pool-name pool --probe-name http");
        cli.ok("network lb inbound-nat-rule create -g rg --lb-name web -n ssh1 --protocol tcp --frontend-port 4221"
                + " --backend-port 22 --frontend-ip-name fe");
        cli.ok("network nsg create -g rg -n web-nsg");
        cli.ok("network nsg rule create -g rg --nsg-name web-nsg -n ssh --priority 1000 --protocol tcp"
                + " --destination-port-ranges 22 --access allow");
        cli.ok("network nsg rule create -g rg --nsg-name web-nsg -n http --priority 1001 --protocol tcp"
                + " --destination-port-ranges 80 --access allow");

        JsonNode nic = cli.json("network nic create -g rg -n web1 --vnet-name hub --subnet nva"
                + " --network-security-group web-nsg --lb-name web --lb-address-pools pool"
                + " --lb-inbound-nat-rules ssh1").get("NewNIC");
        String config = nic.at("/ipConfigurations/0/id").asText();
        assertThat(nic.at("/ipConfigurations/0/loadBalancerBackendAddressPools/0/id").asText())
                .isEqualTo(LB + "web/backendAddressPools/pool");
        assertThat(nic.at("/ipConfigurations/0/loadBalancerInboundNatRules/0/id").asText())
                .isEqualTo(LB + "web/inboundNatRules/ssh1");
        assertThat(cli.ok("network lb show -g rg -n web --query backendAddressPools[0].backendIPConfigurations[].id"
                + " -o tsv")).isEqualTo(config + "\n");
        cli.ok("vm create -g rg -n web1 --nics web1 --image Ubuntu2204 --admin-username azureuser --generate-ssh-keys");

        String frontend = cli.ok("network public-ip show -g rg -n PublicIPweb --query ipAddress -o tsv").trim();
        io.vnetlab.dataplane.Verdict ssh = cli.az.topology().evaluate(io.vnetlab.dataplane.Flow
                .from(io.vnetlab.dataplane.Endpoint.address("203.0.113.9"))
                .to(io.vnetlab.dataplane.Endpoint.address(frontend)).on(io.vnetlab.model.Protocol.Tcp, 4221));
        assertThat(ssh.reachable()).isTrue();
        assertThat(ssh.hops()).flatExtracting(h -> h.detail(io.vnetlab.dataplane.HopDetail.LoadBalanced.class)
                .stream().toList()).singleElement().satisfies(lb -> {
                    assertThat(lb.rule().name()).isEqualTo("ssh1");
                    assertThat(lb.backendPort()).isEqualTo(22);
                });
        io.vnetlab.dataplane.Verdict http = cli.az.topology().evaluate(io.vnetlab.dataplane.Flow
                .from(io.vnetlab.dataplane.Endpoint.address("203.0.113.9"))
                .to(io.vnetlab.dataplane.Endpoint.address(frontend)).on(io.vnetlab.model.Protocol.Tcp, 80));
        assertThat(http.reachable()).isTrue();
    }

    @Test
    void nic_create_with_a_pool_that_does_not_exist_creates_no_interface() {
        cli.ok("network lb create -g rg -n web --frontend-ip-name fe --backend-pool-name pool");
        AzResult missing = cli.run("network nic create -g rg -n web1 --vnet-name hub --subnet nva --lb-name web"
                + " --lb-address-pools nope");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("ERROR: (InvalidResourceReference) Resource " + LB
                + "web/backendAddressPools/nope referenced by resource /subscriptions/00000000-0000-0000-0000-"
                + "000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/web1 was not found.");
        assertThat(cli.run("network nic show -g rg -n web1").exitCode()).isEqualTo(3);

        AzResult noLb = cli.run("network nic create -g rg -n web1 --vnet-name hub --subnet nva --lb-address-pools pool");
        assertThat(noLb.exitCode()).isEqualTo(2);
        assertThat(noLb.err()).isEqualTo("ERROR: usage error: --lb-address-pools ID [ID ...] | --lb-address-pools"
                + " NAME [NAME ...] --lb-name NAME\n");
        AzResult ipv6 = cli.run("network nic create -g rg -n web1 --vnet-name hub --subnet nva"
                + " --private-ip-address-version IPv6");
        assertThat(ipv6.exitCode()).isEqualTo(1);
        assertThat(ipv6.err()).isEqualTo("ERROR: A network interface's primary IP configuration is IPv4: create the"
                + " interface with IPv4, then add the IPv6 address with 'az network nic ip-config create"
                + " --private-ip-address-version IPv6'.\n");
    }

    /**
     * A Basic public IP address, as made before the SKU's retirement: the az emulation refuses new ones
     * (docs/azure/network-security-groups.md#public-ip-sku-rules), the Java DSL still builds them.
     */
    private void basicPublicIp() {
        cli.az.topology().publicIpAddresses().define("basic-ip").withRegion(io.vnetlab.model.Region.WEST_EUROPE)
                .withExistingResourceGroup("rg").withSku(io.vnetlab.model.PublicIpAddressSku.Basic).create();
    }

    // docs/azure/cli-and-network-watcher.md#generic-update
    @Test
    void the_parts_updates_take_the_generic_set_for_what_vnetlab_simulates_and_refuse_the_rest_by_name() {
        cli.ok("network public-ip create -g rg -n pip2");
        cli.ok("network lb create -g rg -n web");
        cli.ok("network lb probe create -g rg --lb-name web -n p --protocol tcp --port 80");
        cli.ok("network lb rule create -g rg --lb-name web -n r --protocol tcp --frontend-port 80 --backend-port 80"
                + " --probe-name p");
        assertThat(cli.ok("network lb probe update -g rg --lb-name web -n p --set port=8080 --query port"))
                .isEqualTo("8080\n");
        assertThat(cli.ok("network lb rule update -g rg --lb-name web -n r --set frontendPort=81 enableFloatingIP=true"
                + " --query [frontendPort,enableFloatingIP] -o tsv")).isEqualTo("81\ntrue\n");
        String pip2 = cli.ok("network public-ip show -g rg -n pip2 --query id -o tsv").trim();
        assertThat(cli.ok("network lb frontend-ip update -g rg --lb-name web -n LoadBalancerFrontEnd --set"
                + " publicIPAddress.id=" + pip2 + " --query publicIPAddress.id -o tsv")).isEqualTo(pip2 + "\n");
        AzResult behaviour = cli.run("network lb probe update -g rg --lb-name web -n p --set"
                + " noHealthyBackendsBehavior=AllProbedUp");
        assertThat(behaviour.exitCode()).isEqualTo(2);
        assertThat(behaviour.err()).isEqualTo("ERROR: argument --set: vnetlab does not emulate changing"
                + " 'noHealthyBackendsBehavior' with 'az network lb probe update'; the properties it changes with --set,"
                + " --add and --remove are: intervalInSeconds, numberOfProbes, port, probeThreshold, protocol,"
                + " requestPath, tags.\n");
        assertThat(cli.ok("network lb probe show -g rg --lb-name web -n p --query noHealthyBackendsBehavior"))
                .isEqualTo("");
    }

    // docs/azure/load-balancers.md#backend-pools
    @Test
    void list_nic_lists_the_interfaces_in_the_pools_and_behind_the_nat_rules_once_each() {
        cli.ok("network lb create -g rg -n ilb --vnet-name hub --subnet nva --private-ip-address 10.0.1.100"
                + " --backend-pool-name nvas");
        assertThat(cli.ok("network lb list-nic -g rg -n ilb")).isEqualTo("[]\n");
        cli.ok("network lb inbound-nat-rule create -g rg --lb-name ilb -n ssh2 --protocol tcp --frontend-port 2202"
                + " --backend-port 22");
        cli.ok("network nic ip-config address-pool add -g rg --nic-name nva1VMNic -n ipconfignva1 --lb-name ilb"
                + " --address-pool nvas");
        cli.ok("network nic ip-config inbound-nat-rule add -g rg --nic-name nva2VMNic -n ipconfignva2 --lb-name ilb"
                + " --inbound-nat-rule ssh2");
        cli.ok("network nic ip-config address-pool add -g rg --nic-name nva2VMNic -n ipconfignva2 --lb-name ilb"
                + " --address-pool nvas");
        assertThat(cli.ok("network lb list-nic -g rg -n ilb --query [].name -o tsv"))
                .isEqualTo("nva1VMNic\nnva2VMNic\n");
        assertThat(cli.ok("network lb list-nic -g rg -n ilb --query [0].ipConfigurations[0]"
                + ".loadBalancerBackendAddressPools[0].id -o tsv")).isEqualTo(LB + "ilb/backendAddressPools/nvas\n");
        assertThat(cli.run("network lb list-nic -g rg -n nope").exitCode()).isEqualTo(3);
    }
}
