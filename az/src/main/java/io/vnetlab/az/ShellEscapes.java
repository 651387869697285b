package io.vnetlab.az;

/**
 * The backslash escapes bash decodes in {@code $'...'} (ANSI-C quoting) and in {@code echo -e}. The two sets differ
 * only at their edges, as bash's: octal is {@code \nnn} in {@code $'...'} but {@code \0nnn} for echo, {@code \c}
 * makes a control character in {@code $'...'} but ends echo's output, and only {@code $'...'} knows {@code \'},
 * {@code \"} and {@code \?}. An escape neither knows stays as written, backslash included.
 */
final class ShellEscapes {

    /** What a decoded text is and whether {@code echo}'s {@code \c} ended it (no newline follows then). */
    record Decoded(String text, boolean stopped) {
    }

    private ShellEscapes() {
    }

    /** The body of {@code $'...'} (between the quotes), decoded. */
    static String ansiC(String body) {
        return decode(body, false).text();
    }

    /** An {@code echo -e} argument, decoded. */
    static Decoded echo(String text) {
        return decode(text, true);
    }

    private static Decoded decode(String s, boolean echo) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'e', 'E' -> out.append('\u001b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '\\' -> out.append('\\');
                case 'x', 'u', 'U' -> {
                    int max = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int end = digits(s, i, max, 16);
                    long value = end == i ? -1 : Long.parseLong(s.substring(i, end), 16);
                    if (value < 0 || !Character.isValidCodePoint((int) value)) {
                        out.append('\\').append(e);
                    } else {
                        out.appendCodePoint((int) value);
                        i = end;
                    }
                }
                case 'c' -> {
                    if (echo) {
                        return new Decoded(out.toString(), true);
                    }
                    if (i < s.length()) {
                        out.append((char) (s.charAt(i) & 0x1f));
                        i++;
                    } else {
                        out.append("\\c");
                    }
                }
                default -> {
                    if (echo && e == '0' || !echo && e >= '0' && e <= '7') {
                        int start = echo ? i : i - 1;
                        int end = digits(s, start, 3, 8);
                        out.append((char) (start == end ? 0 : Integer.parseInt(s.substring(start, end), 8) & 0xFF));
                        i = end;
                    } else if (!echo && (e == '\'' || e == '"' || e == '?')) {
                        out.append(e);
                    } else {
                        out.append('\\').append(e);
                    }
                }
            }
        }
        return new Decoded(out.toString(), false);
    }

    /** The end of the run of up to {@code max} digits in {@code radix} starting at {@code from}. */
    private static int digits(String s, int from, int max, int radix) {
        int end = from;
        while (end < s.length() && end - from < max && Character.digit(s.charAt(end), radix) >= 0) {
            end++;
        }
        return end;
    }
}
