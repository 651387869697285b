package io.vnetlab.controlplane;

import java.util.regex.Pattern;

/**
 * Azure's naming rules, one row per resource type vnetlab models (docs/azure/naming.md#rules): the length, the
 * characters a name may hold, and the characters it may begin and end with. {@link Names} checks a name against its
 * row and answers with the row's words.
 */
enum NamingRule {
    RESOURCE_GROUP("resource group", 1, 90, Chars.GROUP, Chars.GROUP, Chars.GROUP_LAST,
            "letters, digits, '_', '-', '.', '(' and ')'; it must not end with '.'"),
    VIRTUAL_NETWORK("virtual network", 2, 64, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    SUBNET("subnet", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST, Chars.NETWORK_TEXT),
    PEERING("virtual network peering", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    NETWORK_INTERFACE("network interface", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    NETWORK_MANAGER("network manager", 1, 64, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    NETWORK_MANAGER_CHILD("network manager resource", 1, 64, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    NETWORK_SECURITY_GROUP("network security group", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT,
            Chars.NETWORK_LAST, Chars.NETWORK_TEXT),
    SECURITY_RULE("security rule", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    APPLICATION_SECURITY_GROUP("application security group", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT,
            Chars.NETWORK_LAST, Chars.NETWORK_TEXT),
    PUBLIC_IP_ADDRESS("public IP address", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    BASTION_HOST("Bastion host", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    NAT_GATEWAY("NAT gateway", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    PUBLIC_IP_PREFIX("public IP prefix", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    ROUTE_TABLE("route table", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST, Chars.NETWORK_TEXT),
    ROUTE("route", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST, Chars.NETWORK_TEXT),
    VIRTUAL_NETWORK_GATEWAY("virtual network gateway", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT,
            Chars.NETWORK_LAST, Chars.NETWORK_TEXT),
    LOCAL_NETWORK_GATEWAY("local network gateway", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    LOAD_BALANCER("load balancer", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    LOAD_BALANCER_PART("load balancer child resource", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT,
            Chars.NETWORK_LAST, Chars.NETWORK_TEXT),
    CONNECTION("connection", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST, Chars.NETWORK_TEXT),
    // docs/azure/azure-firewall.md#rule-collections: the firewall family's names follow the network resources' rule
    AZURE_FIREWALL("Azure Firewall", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    FIREWALL_POLICY("firewall policy", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    RULE_COLLECTION_GROUP("rule collection group", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    RULE_COLLECTION("rule collection", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    FIREWALL_RULE("firewall rule", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST,
            Chars.NETWORK_TEXT),
    IP_GROUP("IP group", 1, 80, Chars.NETWORK, Chars.LETTER_OR_DIGIT, Chars.NETWORK_LAST, Chars.NETWORK_TEXT),
    VIRTUAL_MACHINE("virtual machine", 1, 64, Chars.MACHINE, Chars.LETTER_OR_DIGIT, Chars.MACHINE_LAST,
            "any character but spaces, control characters and ~ ! @ # $ % ^ & * ( ) = + _ [ ] { } \\ | ; : . ' \" ,"
                    + " < > / ?; it must begin with a letter or digit and must not end with '-'");

    final String kind;
    final int minLength;
    final int maxLength;
    final CharacterClass allowed;
    final CharacterClass first;
    final CharacterClass last;
    /** The characters rule in words, completing "A {kind} name is {min} to {max} characters long: ...". */
    final String characters;

    NamingRule(String kind, int minLength, int maxLength, String allowed, String first, String last,
               String characters) {
        this.kind = kind;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.allowed = new CharacterClass(allowed);
        this.first = new CharacterClass(first);
        this.last = new CharacterClass(last);
        this.characters = characters;
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

    /** The character classes the rows share, each matching one character (a code point). */
    private static final class Chars {
        static final String LETTER_OR_DIGIT = "[A-Za-z0-9]";
        static final String NETWORK = "[A-Za-z0-9_.-]";
        static final String NETWORK_LAST = "[A-Za-z0-9_]";
        static final String NETWORK_TEXT = "letters, digits, '_', '.' and '-'; it must begin with a letter or digit"
                + " and end with a letter, digit or '_'";
        /** Letters and digits as .NET's Char.IsLetterOrDigit counts them, which Azure's rule refers to. */
        static final String GROUP = "[\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Lo}\\p{Nd}_().-]";
        static final String GROUP_LAST = "[^.]";
        static final String MACHINE = "[^\\s\\p{Cntrl}~!@#$%^&*()=+_\\[\\]{}\\\\|;:.'\",<>/?]";
        static final String MACHINE_LAST = "[^-]";
    }
}
