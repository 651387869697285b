package io.vnetlab.controlplane;

import java.util.regex.Pattern;

/**
 * Azure's naming rules, one row per resource type vnetlab models (docs/azure/naming.md#rules): the length, the
 * characters a name may hold, and the characters it may begin and end with. {@link Names} checks a name against its
 * row and answers with the row's words.
 */
enum NamingRule {
    RESOURCE_GROUP("resource group", 1, 90, Characters.GROUP),
    VIRTUAL_NETWORK("virtual network", 2, 64, Characters.NETWORK),
    SUBNET("subnet", 1, 80, Characters.NETWORK),
    PEERING("virtual network peering", 1, 80, Characters.NETWORK),
    NETWORK_INTERFACE("network interface", 1, 80, Characters.NETWORK),
    NETWORK_MANAGER("network manager", 1, 64, Characters.NETWORK),
    NETWORK_MANAGER_CHILD("network manager resource", 1, 64, Characters.NETWORK),
    NETWORK_SECURITY_GROUP("network security group", 1, 80, Characters.NETWORK),
    SECURITY_RULE("security rule", 1, 80, Characters.NETWORK),
    APPLICATION_SECURITY_GROUP("application security group", 1, 80, Characters.NETWORK),
    PUBLIC_IP_ADDRESS("public IP address", 1, 80, Characters.NETWORK),
    BASTION_HOST("Bastion host", 1, 80, Characters.NETWORK),
    PRIVATE_ENDPOINT("private endpoint", 2, 64, Characters.NETWORK),
    PRIVATE_DNS_ZONE_LINK("virtual network link", 1, 80, Characters.NETWORK),
    PRIVATE_DNS_ZONE_GROUP("private DNS zone group", 1, 80, Characters.NETWORK),
    NAT_GATEWAY("NAT gateway", 1, 80, Characters.NETWORK),
    PUBLIC_IP_PREFIX("public IP prefix", 1, 80, Characters.NETWORK),
    ROUTE_TABLE("route table", 1, 80, Characters.NETWORK),
    ROUTE("route", 1, 80, Characters.NETWORK),
    VIRTUAL_NETWORK_GATEWAY("virtual network gateway", 1, 80, Characters.NETWORK),
    LOCAL_NETWORK_GATEWAY("local network gateway", 1, 80, Characters.NETWORK),
    LOAD_BALANCER("load balancer", 1, 80, Characters.NETWORK),
    LOAD_BALANCER_PART("load balancer child resource", 1, 80, Characters.NETWORK),
    CONNECTION("connection", 1, 80, Characters.NETWORK),
    // docs/azure/azure-firewall.md#rule-collections: the firewall family's names follow the network resources' rule
    AZURE_FIREWALL("Azure Firewall", 1, 80, Characters.NETWORK),
    FIREWALL_POLICY("firewall policy", 1, 80, Characters.NETWORK),
    RULE_COLLECTION_GROUP("rule collection group", 1, 80, Characters.NETWORK),
    RULE_COLLECTION("rule collection", 1, 80, Characters.NETWORK),
    FIREWALL_RULE("firewall rule", 1, 80, Characters.TEXT),
    IP_GROUP("IP group", 1, 80, Characters.NETWORK),
    NETWORK_WATCHER("Network Watcher", 1, 80, Characters.NETWORK),
    VIRTUAL_MACHINE("virtual machine", 1, 64, Characters.MACHINE);

    final String kind;
    final int minLength;
    final int maxLength;
    final CharacterClass allowed;
    final CharacterClass first;
    final CharacterClass last;
    /** The characters rule in words, completing "A {kind} name is {min} to {max} characters long: ...". */
    final String characters;

    NamingRule(String kind, int minLength, int maxLength, Characters characters) {
        this.kind = kind;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.allowed = characters.allowed;
        this.first = characters.first;
        this.last = characters.last;
        this.characters = characters.text;
    }

    /**
     * A regular-expression character class, answered from a table for ASCII: every PUT checks its name character by
     * character, and a matcher per character made long scripts of creates slow.
     */
    static final class CharacterClass {

        private final Pattern pattern;
        private final boolean[] ascii = new boolean[128];

        CharacterClass(String regex) {
            this.pattern = Pattern.compile(regex);
            for (int c = 0; c < ascii.length; c++) {
                ascii[c] = pattern.matcher(Character.toString(c)).matches();
            }
        }

        boolean matches(int codePoint) {
            return codePoint < ascii.length ? ascii[codePoint]
                    : pattern.matcher(Character.toString(codePoint)).matches();
        }
    }

    /**
     * The characters a name may hold, begin and end with, and the words that say so. Azure's network resources share
     * one rule; resource groups and virtual machines have their own.
     */
    private static final class Characters {
        private static final String LETTER_OR_DIGIT = "[A-Za-z0-9]";
        /** Letters and digits as .NET's Char.IsLetterOrDigit counts them, which Azure's rule refers to. */
        private static final String GROUP_CHARACTER = "[\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Lo}\\p{Nd}_().-]";

        static final Characters NETWORK = new Characters("[A-Za-z0-9_.-]", LETTER_OR_DIGIT, "[A-Za-z0-9_]",
                "letters, digits, '_', '.' and '-'; it must begin with a letter or digit and end with a letter, digit"
                        + " or '_'");
        static final Characters GROUP = new Characters(GROUP_CHARACTER, GROUP_CHARACTER, "[^.]",
                "letters, digits, '_', '-', '.', '(' and ')'; it must not end with '.'");
        static final Characters MACHINE = new Characters("[^\\s\\p{Cntrl}~!@#$%^&*()=+_\\[\\]{}\\\\|;:.'\",<>/?]",
                LETTER_OR_DIGIT, "[^-]",
                "any character but spaces, control characters and ~ ! @ # $ % ^ & * ( ) = + _ [ ] { } \\ | ; : . ' \""
                        + " , < > / ?; it must begin with a letter or digit and must not end with '-'");

        /**
         * A rule inside a rule collection has no resource id of its own, so its name is never a URL segment: Azure
         * takes words with spaces; a '/' stays refused as in every name (docs/azure/decisions.md#firewall-rule-names).
         */
        static final Characters TEXT = new Characters("[^\\p{Cntrl}/]", "[^\\s\\p{Cntrl}/]", "[^\\s\\p{Cntrl}/]",
                "any characters but control characters and '/'; it must not begin or end with a space");

        final CharacterClass allowed;
        final CharacterClass first;
        final CharacterClass last;
        final String text;

        private Characters(String allowed, String first, String last, String text) {
            this.allowed = new CharacterClass(allowed);
            this.first = new CharacterClass(first);
            this.last = new CharacterClass(last);
            this.text = text;
        }
    }
}
