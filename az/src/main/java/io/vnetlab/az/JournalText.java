package io.vnetlab.az;

import java.util.List;

/**
 * The text of a state file's journal, written without the JSON library: byte for byte what
 * {@code Json.cliText} prints for {@code {"format": ..., "commands": [[...], ...]}} (keys sorted, two-space indent,
 * JSON escapes only where JSON requires them), so that a snapshot can tell, by comparing texts, whether it was made
 * for the journal in the file.
 */
final class JournalText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JournalText() {
    }

    static String of(String format, List<List<String>> commands) {
        StringBuilder out = new StringBuilder(64 + commands.size() * 256);
        out.append("{\n  \"commands\": [");
        for (int i = 0; i < commands.size(); i++) {
            out.append(i == 0 ? "\n    [" : ",\n    [");
            List<String> words = commands.get(i);
            for (int w = 0; w < words.size(); w++) {
                out.append(w == 0 ? "\n      " : ",\n      ");
                quoted(out, words.get(w));
            }
            out.append(words.isEmpty() ? "]" : "\n    ]");
        }
        out.append(commands.isEmpty() ? "],\n  \"format\": " : "\n  ],\n  \"format\": ");
        quoted(out, format);
        return out.append("\n}\n").toString();
    }

    private static void quoted(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
