package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.vnetlab.arm.Functions.eager;
import static io.vnetlab.arm.Functions.str;

/**
 * The date functions {@code utcNow}, {@code dateTimeAdd}, {@code dateTimeFromEpoch}, {@code dateTimeToEpoch}, and
 * {@code newGuid}, which like {@code utcNow} differs between deployments and so is allowed only in a parameter's
 * default value (docs/azure/arm-templates.md#functions). Formats are .NET's, as ARM's are.
 */
final class DateFunctions {

    private static final Pattern DURATION = Pattern.compile(
            "([-+]?)P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");

    private DateFunctions() {
    }

    static void register() {
        eager("utcNow", 0, 1, (n, a, ev) -> {
            onlyInParameterDefault(n, ev);
            return TextNode.valueOf(format(n, ev.scope().deployedAt().atOffset(ZoneOffset.UTC),
                    a.isEmpty() ? "yyyyMMddTHHmmssZ" : str(n, a, 0)));
        });
        eager("newGuid", 0, 0, (n, a, ev) -> {
            onlyInParameterDefault(n, ev);
            return TextNode.valueOf(ev.scope().newGuid().toString());
        });
        eager("dateTimeAdd", 2, 3, (n, a, ev) -> {
            OffsetDateTime base = parse(n, str(n, a, 0));
            OffsetDateTime sum = add(n, base, str(n, a, 1));
            return TextNode.valueOf(a.size() == 3 ? format(n, sum, str(n, a, 2)) : format(n, sum, "M/d/yyyy h:mm:ss tt"));
        });
        eager("dateTimeFromEpoch", 1, 1, (n, a, ev) -> TextNode.valueOf(DateTimeFormatter.ISO_INSTANT
                .format(Instant.ofEpochSecond(Functions.integer(n, a, 0)))));
        eager("dateTimeToEpoch", 1, 1, (n, a, ev) -> Functions.number(parse(n, str(n, a, 0)).toEpochSecond()));
    }

    /** ARM evaluates {@code utcNow()} and {@code newGuid()} once per deployment: only parameter defaults may. */
    private static void onlyInParameterDefault(String name, Evaluator ev) {
        if (!ev.inParameterDefault()) {
            throw new TemplateError("The template function '" + name + "' is not expected at this location. The"
                    + " function can only be used within the default value of a parameter. Please see"
                    + " https://aka.ms/arm-template-expressions for usage details.");
        }
    }

    static OffsetDateTime parse(String name, String text) {
        String t = text.trim();
        List<DateTimeFormatter> forms = List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX"), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX"));
        for (DateTimeFormatter f : forms) {
            try {
                return OffsetDateTime.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        // .NET's general form, which dateTimeAdd answers without a format: its result feeds dateTimeToEpoch (UTC)
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
                DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.ROOT))) {
            try {
                return LocalDateTime.parse(t, f).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        throw new TemplateError("Unable to evaluate template language function '" + name + "': the string '"
                + JsonProblems.excerpt(text) + "' is not a date and time in ISO 8601 form such as"
                + " '2020-04-07T14:53:14Z'.");
    }

    private static OffsetDateTime add(String name, OffsetDateTime base, String duration) {
        Matcher m = DURATION.matcher(duration.trim());
        if (!m.matches() || duration.trim().matches("[-+]?PT?")) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': the duration '"
                    + JsonProblems.excerpt(duration) + "' is not an ISO 8601 duration such as 'P1Y2M3DT4H5M6S'.");
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        Period period = Period.of(sign * n(m.group(2)), sign * n(m.group(3)), sign * (n(m.group(4)) * 7 + n(m.group(5))));
        Duration time = Duration.ofHours(n(m.group(6))).plusMinutes(n(m.group(7)))
                .plusMillis(m.group(8) == null ? 0 : Math.round(Double.parseDouble(m.group(8)) * 1000));
        return base.plus(period).plus(sign < 0 ? time.negated() : time);
    }

    private static int n(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    /**
     * A .NET date format: a standard one-letter format ({@code u}, {@code s}, {@code o}, {@code d}, ...) or a custom
     * pattern such as {@code yyyy-MM-ddTHH:mm:ssZ}, where letters that are no .NET specifier are literal.
     */
    static String format(String name, OffsetDateTime time, String dotNet) {
        String pattern = switch (dotNet) {
            case "d" -> "M/d/yyyy";
            case "D" -> "dddd, MMMM d, yyyy";
            case "t" -> "h:mm tt";
            case "T" -> "h:mm:ss tt";
            case "f" -> "dddd, MMMM d, yyyy h:mm tt";
            case "F" -> "dddd, MMMM d, yyyy h:mm:ss tt";
            case "g" -> "M/d/yyyy h:mm tt";
            case "G" -> "M/d/yyyy h:mm:ss tt";
            case "M", "m" -> "MMMM d";
            case "o", "O" -> "yyyy-MM-ddTHH:mm:ss.fffffffK";
            case "r", "R" -> "ddd, dd MMM yyyy HH:mm:ss 'GMT'";
            case "s" -> "yyyy-MM-ddTHH:mm:ss";
            case "u" -> "yyyy-MM-dd HH:mm:ssZ";
            case "U" -> "dddd, MMMM d, yyyy h:mm:ss tt";
            case "Y", "y" -> "MMMM yyyy";
            default -> dotNet;
        };
        try {
            return DateTimeFormatter.ofPattern(javaPattern(pattern), Locale.US).format(time);
        } catch (IllegalArgumentException e) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': the format '"
                    + JsonProblems.excerpt(dotNet) + "' is not a valid date and time format.");
        }
    }

    /** Translates .NET's custom date specifiers to java.time's; everything else is quoted as a literal. */
    private static String javaPattern(String dotNet) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < dotNet.length()) {
            char c = dotNet.charAt(i);
            int run = 1;
            while (i + run < dotNet.length() && dotNet.charAt(i + run) == c) {
                run++;
            }
            String mapped = switch (c) {
                case 'y' -> run <= 2 ? "yy" : "yyyy";
                case 'M' -> "M".repeat(Math.min(run, 4));
                case 'd' -> run <= 2 ? "d".repeat(run) : run == 3 ? "EEE" : "EEEE";
                case 'H' -> "H".repeat(Math.min(run, 2));
                case 'h' -> "h".repeat(Math.min(run, 2));
                case 'm' -> "m".repeat(Math.min(run, 2));
                case 's' -> "s".repeat(Math.min(run, 2));
                case 'f', 'F' -> "S".repeat(Math.min(run, 9));
                case 't' -> "a";
                case 'K' -> "XXX";
                case 'z' -> run == 1 ? "x" : "xxx";
                default -> null;
            };
            if (c == '\'' || c == '"') {
                int end = dotNet.indexOf(c, i + 1);
                end = end < 0 ? dotNet.length() : end;
                literal.append(dotNet, i + 1, end);
                i = end + 1;
                continue;
            }
            if (mapped == null) {
                literal.append(String.valueOf(c).repeat(run));
            } else {
                flush(out, literal);
                out.append(mapped);
            }
            i += run;
        }
        flush(out, literal);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder literal) {
        if (!literal.isEmpty()) {
            out.append('\'').append(literal.toString().replace("'", "''")).append('\'');
            literal.setLength(0);
        }
    }

    /** A value for {@code newGuid()} that a test can predict: derived from the deployment and a counter. */
    static UUID guid(String seed, int counter) {
        return UUID.nameUUIDFromBytes((seed + "#" + counter).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

}
