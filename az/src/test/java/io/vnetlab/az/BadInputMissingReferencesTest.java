package io.vnetlab.az;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every option of every registered command that names an existing resource gets a name or id of something absent,
 * of the wrong type, in a group or subscription that does not exist: the command must fail, change nothing and say
 * so in the surface's words.
 */
class BadInputMissingReferencesTest {

    private static final String SUB = "/subscriptions/00000000-0000-0000-0000-000000000000";

    /** The references, by class. */
    static final Map<String, String> REFERENCES = new LinkedHashMap<>();

    static {
        REFERENCES.put("absent-name", "ghost");
        REFERENCES.put("absent-id", SUB + "/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/ghost");
        // (a route table's id where a public IP is expected)
        REFERENCES.put("wrong-type-id", SUB + "/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/pip2");
        REFERENCES.put("absent-group-id", SUB + "/resourceGroups/nogroup/providers/Microsoft.Network/"
                + "networkSecurityGroups/nsg1");
        REFERENCES.put("other-subscription-id", "/subscriptions/99999999-9999-9999-9999-999999999999/resourceGroups/"
                + "rg/providers/Microsoft.Network/networkSecurityGroups/nsg1");
    }

    /** Options that name an existing resource. */
    private static final Set<String> REFERENCE_OPTIONS = Set.of("resource_group", "vnet_name", "nsg_name",
            "route_table_name", "remote_vnet", "vm", "nic", "vnet", "source_resource", "dest_resource", "nsg",
            "route_table", "asgs", "source_asgs", "destination_asgs", "public_ips", "public_ip", "gateway1",
            "gateway2", "site", "subnet");
    /** What vm create and lb create make when it does not exist yet, as the CLI does. */
    private static final Set<String> MADE_WHEN_ABSENT = Set.of("vnet_name", "subnet", "nsg", "public_ip");

    @Test
    void references_to_what_is_not_there_are_refused_and_change_nothing() {
        Findings findings = new Findings("missing references");
        Registry registry = Registry.standard();
        registry.commands().forEach((command, azCommand) -> {
            for (Param param : azCommand.params()) {
                if (!isReference(command, param)) {
                    continue;
                }
                REFERENCES.forEach((referenceClass, reference) -> {
                    String value = referenceClass.equals("wrong-type-id") && param.dest().startsWith("public_ip")
                            ? SUB + "/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt1" : reference;
                    AzProbe.Case c = new AzProbe.Case(findings.family(), command, param.dest(), referenceClass,
                            CommandBases.withValue(command, param, value), expect(command, param, referenceClass));
                    findings.countCase();
                    findings.addAll(BadInputWorld.probe(c));
                });
            }
        });
        findings.assertKept();
    }

    private static boolean isReference(String command, Param param) {
        if (command.equals("group create")) {
            return false;
        }
        boolean namesExisting = param.dest().equals("name") && !command.endsWith(" create")
                && !command.endsWith(" add-filter-collection") && !command.endsWith(" add-nat-collection")
                && !command.endsWith(" delete") && !command.equals("account show")
                && !command.startsWith("network lb address-pool address ")   // an address's own name, not a reference
                && !command.equals("vm list-ip-addresses")
                // a record set's add-record and set-record create the record set when it is absent, as the CLI does
                && !(command.startsWith("network private-dns record-set ")
                        && (command.endsWith(" add-record") || command.endsWith(" set-record")));
        return REFERENCE_OPTIONS.contains(param.dest()) || namesExisting;
    }

    private static AzProbe.Expect expect(String command, Param param, String referenceClass) {
        if ((command.equals("vm create") || command.equals("network lb create")) && MADE_WHEN_ABSENT.contains(param.dest())
                && (referenceClass.equals("absent-name") || referenceClass.equals("absent-id"))) {
            return AzProbe.Expect.ANY;
        }
        return AzProbe.Expect.MISSING_REFERENCE;
    }
}
