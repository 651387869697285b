package io.vnetlab.az;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hostile values the suite puts into every value-taking option, by class, and which options can never take
 * them: a class an option cannot take must be refused; any other value may be taken, as long as every promise of
 * {@link AzProbe} holds.
 */
final class MalformedValues {

    static final Map<String, List<String>> CLASSES = new LinkedHashMap<>();

    static {
        CLASSES.put("blank", List.of(""));
        CLASSES.put("whitespace", List.of("   ", "\t"));
        CLASSES.put("huge-number", List.of("99999999999999999999", "4294967296"));
        CLASSES.put("negative", List.of("-1", "-2147483649"));
        CLASSES.put("fullwidth-digits", List.of("２２", "１０.０.０.０/１６"));
        CLASSES.put("mask-form-prefix", List.of("10.7.0.0/255.255.0.0"));
        CLASSES.put("bad-prefix-length", List.of("10.0.0.0/2147483648", "/24", "10.0.0.0/33"));
        CLASSES.put("slash-in-name", List.of("x/hub", "a/subnets/b"));
        CLASSES.put("overlong", List.of("n".repeat(300)));
        CLASSES.put("unicode", List.of("ünïcödé", "名前", "\uD83D\uDE00"));
        CLASSES.put("control-characters", List.of("a\u0000b", "a\nb", "\u001b[31m"));
    }

    /** For {@code --query} only: JMESPath that does not parse, fails on the result, or nests without bound. */
    static final Map<String, List<String>> QUERY_CLASSES = new LinkedHashMap<>();

    static {
        QUERY_CLASSES.put("jmespath-syntax", List.of("[[[", "a..b", "`unterminated", "&&"));
        QUERY_CLASSES.put("jmespath-runtime", List.of("abs(name)", "to_number(@) + 1", "max_by(@, &name)"));
        QUERY_CLASSES.put("jmespath-deep", List.of("(".repeat(2000) + "name" + ")".repeat(2000),
                "[".repeat(1000) + "]".repeat(1000), "a" + ".a".repeat(3000)));
    }

    /** For {@code --output} only. */
    static final Map<String, List<String>> OUTPUT_CLASSES = Map.of("output-unknown", List.of("bogus", "json5"),
            "output-text", List.of("table", "tsv", "TABLE", "yamlc"));

    /** Names a create command gives to what it makes. */
    private static final Set<String> NEW_NAMES = Set.of("name", "subnet_name");
    private static final Set<String> NAME_CLASSES = Set.of("blank", "whitespace", "slash-in-name", "overlong",
            "control-characters");
    /** Options that are addresses, prefixes, ports or numbers: no hostile class is ever one of those. */
    private static final Set<String> STRICT = Set.of("address_prefixes", "subnet_prefixes", "address_prefix",
            "prefixes", "source_address_prefixes", "destination_address_prefixes",
            "source_ip", "dest_ip", "next_hop_ip", "gateway_ip", "source_port_ranges",
            "destination_port_ranges", "priority", "asn", "access", "direction",
            "protocol", "allocation_method", "version", "public_ip_sku", "authentication_type", "next_hop_type",
            "gateway_type", "vpn_type", "output", "local", "remote");
    /**
     * Options of argparse's {@code type=int}: Python's {@code int()} takes fullwidth digits, signs and any size, so
     * only text that is no number at all is the CLI's to refuse.
     */
    private static final Set<String> INTS = Set.of("dest_port", "source_port");
    private static final Set<String> NOT_INTS = Set.of("blank", "whitespace", "mask-form-prefix", "bad-prefix-length",
            "slash-in-name", "overlong", "unicode", "control-characters");
    /** Options that find an existing resource by name. */
    private static final Set<String> LOOKUPS = Set.of("resource_group", "vnet_name", "nsg_name",
            "route_table_name", "remote_vnet", "vm", "nic", "vnet", "source_resource");

    private MalformedValues() {
    }

    /** What {@code param} of {@code command} must do with a value of {@code valueClass}. */
    static AzProbe.Expect expect(String command, Param param, String valueClass) {
        String dest = param.dest();
        // an address added to a pool is named anew, as a created resource is; add-filter-collection and
        // add-nat-collection create their collection, a private DNS add-record or set-record its record set
        boolean creates = command.endsWith(" create") || command.equals("network lb address-pool address add")
                || command.endsWith(" add-filter-collection") || command.endsWith(" add-nat-collection")
                || command.startsWith("network private-dns record-set ")
                && (command.endsWith(" add-record") || command.endsWith(" set-record"));
        if (valueClass.equals("output-text") || valueClass.equals("jmespath-runtime")
                || valueClass.equals("jmespath-deep")) {
            return AzProbe.Expect.ANY;
        }
        if (param.kind() == Param.Kind.BOOLEAN || valueClass.equals("jmespath-syntax")) {
            return AzProbe.Expect.REFUSAL;
        }
        if (INTS.contains(dest)) {
            return NOT_INTS.contains(valueClass) ? AzProbe.Expect.REFUSAL : AzProbe.Expect.ANY;
        }
        if (STRICT.contains(dest)) {
            return AzProbe.Expect.REFUSAL;
        }
        if (creates && NEW_NAMES.contains(dest)) {
            return NAME_CLASSES.contains(valueClass) ? AzProbe.Expect.REFUSAL : AzProbe.Expect.ANY;
        }
        boolean groupOfCreate = command.equals("group create");
        // ARM answers a DELETE of what does not exist with 204, so the CLI's delete succeeds
        boolean deletes = command.endsWith(" delete");
        // account show --name and vm list-ip-addresses --name filter what they list
        boolean lists = command.equals("account show") || command.equals("vm list-ip-addresses");
        // vm create and lb create make the network --vnet-name names when it is missing, as the CLI's templates do
        boolean makesItsNetwork = (command.equals("vm create") || command.equals("network lb create"))
                && dest.equals("vnet_name");
        if ((LOOKUPS.contains(dest) && !groupOfCreate && !makesItsNetwork)
                || (dest.equals("name") && !creates && !deletes && !lists)) {
            return AzProbe.Expect.MISSING_REFERENCE;
        }
        return AzProbe.Expect.ANY;
    }

    /** The hostile classes for {@code param}. */
    static Map<String, List<String>> classesFor(Param param) {
        Map<String, List<String>> classes = new LinkedHashMap<>(CLASSES);
        if (param.dest().equals("query")) {
            classes.putAll(QUERY_CLASSES);
        }
        if (param.dest().equals("output")) {
            classes.putAll(OUTPUT_CLASSES);
        }
        return classes;
    }
}
