package io.vnetlab.arm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongBinaryOperator;

/**
 * The template functions vnetlab evaluates, by name (case-insensitive, as ARM's are). The generated table
 * docs/azure/arm-functions.md lists them; any other name is ARM's "The template function 'x' is not valid".
 */
final class Functions {

    @FunctionalInterface
    interface Fn {
        /** Arguments come unevaluated, so that {@code if} evaluates only the branch it takes. */
        JsonNode apply(String name, List<Expr> args, Evaluator ev);
    }

    private static final Map<String, Fn> ALL = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        // deployment values
        eager("parameters", 1, 1, (n, a, ev) -> ev.parameter(str(n, a, 0)));
        eager("variables", 1, 1, (n, a, ev) -> ev.scope().variable(str(n, a, 0)));
        eager("resourceGroup", 0, 0, (n, a, ev) -> ev.scope().resourceGroup());
        eager("subscription", 0, 0, (n, a, ev) -> ev.scope().subscription());
        eager("deployment", 0, 0, (n, a, ev) -> ev.scope().deployment());
        eager("copyIndex", 0, 2, Functions::copyIndex);
        eager("resourceId", 2, 20, (n, a, ev) -> TextNode.valueOf(ResourceIds.resourceId(n, texts(n, a), ev.scope())));
        eager("subscriptionResourceId", 2, 20, (n, a, ev) ->
                TextNode.valueOf(ResourceIds.subscriptionResourceId(n, texts(n, a), ev.scope())));
        // a resource named by a value vnetlab cannot know (a private endpoint's interface) has unknown properties too
        eager("reference", 1, 3, (n, a, ev) -> a.get(0) instanceof Unknown u ? new Unknown(n + "(" + u.description()
                + ")") : ev.scope().reference(str(n, a, 0), a.size() == 3 && Values.text(a.get(2)).equalsIgnoreCase("Full")));
        // logic
        ALL.put("if", (n, args, ev) -> {
            arity(n, args.size(), 3, 3);
            JsonNode condition = ev.eval(args.get(0));
            if (condition instanceof Unknown u) {
                // which branch Azure takes depends on a value vnetlab cannot know
                return new Unknown(n + "(" + u.description() + ")");
            }
            return bool(n, condition) ? ev.eval(args.get(1)) : ev.eval(args.get(2));
        });
        eager("equals", 2, 2, (n, a, ev) -> BooleanNode.valueOf(a.get(0).equals(a.get(1))));
        eager("not", 1, 1, (n, a, ev) -> BooleanNode.valueOf(!bool(n, a.get(0))));
        // and/or stop at the first argument that decides, as ARM does: and(contains(o, 'p'), o.p) reads o.p only
        // when o has it (Bicep's modules test optional properties so)
        ALL.put("and", (n, args, ev) -> shortCircuit(n, args, ev, false));
        ALL.put("or", (n, args, ev) -> shortCircuit(n, args, ev, true));
        eager("true", 0, 0, (n, a, ev) -> BooleanNode.TRUE);
        eager("false", 0, 0, (n, a, ev) -> BooleanNode.FALSE);
        eager("null", 0, 0, (n, a, ev) -> NullNode.getInstance());
        eager("bool", 1, 1, Functions::toBool);
        eager("empty", 1, 1, (n, a, ev) -> BooleanNode.valueOf(isEmpty(a.get(0))));
        eager("coalesce", 1, 64, (n, a, ev) -> a.stream().filter(v -> !v.isNull()).findFirst()
                .orElse(NullNode.getInstance()));
        // comparison
        eager("greater", 2, 2, (n, a, ev) -> BooleanNode.valueOf(compare(n, a) > 0));
        eager("greaterOrEquals", 2, 2, (n, a, ev) -> BooleanNode.valueOf(compare(n, a) >= 0));
        eager("less", 2, 2, (n, a, ev) -> BooleanNode.valueOf(compare(n, a) < 0));
        eager("lessOrEquals", 2, 2, (n, a, ev) -> BooleanNode.valueOf(compare(n, a) <= 0));
        // numbers
        eager("add", 2, 2, (n, a, ev) -> arithmetic(n, a, "+", Math::addExact));
        eager("sub", 2, 2, (n, a, ev) -> arithmetic(n, a, "-", Math::subtractExact));
        eager("mul", 2, 2, (n, a, ev) -> arithmetic(n, a, "*", Math::multiplyExact));
        eager("div", 2, 2, (n, a, ev) -> arithmetic(n, a, "/", (x, y) -> {
            // the one quotient of 64-bit integers that does not fit: MIN / -1
            if (nonZero(n, y) == -1 && x == Long.MIN_VALUE) {
                throw new ArithmeticException();
            }
            return x / y;
        }));
        eager("mod", 2, 2, (n, a, ev) -> number(integer(n, a, 0) % nonZero(n, integer(n, a, 1))));
        eager("int", 1, 1, Functions::toInt);
        eager("min", 1, 64, (n, a, ev) -> number(ints(n, a).stream().mapToLong(Long::longValue).min().orElseThrow()));
        eager("max", 1, 64, (n, a, ev) -> number(ints(n, a).stream().mapToLong(Long::longValue).max().orElseThrow()));
        eager("range", 2, 2, Functions::range);
        // strings
        eager("concat", 1, 64, Functions::concat);
        eager("format", 1, 64, Functions::format);
        eager("string", 1, 1, (n, a, ev) -> TextNode.valueOf(Values.text(a.get(0))));
        eager("toLower", 1, 1, (n, a, ev) -> TextNode.valueOf(str(n, a, 0).toLowerCase(Locale.ROOT)));
        eager("toUpper", 1, 1, (n, a, ev) -> TextNode.valueOf(str(n, a, 0).toUpperCase(Locale.ROOT)));
        eager("trim", 1, 1, (n, a, ev) -> TextNode.valueOf(str(n, a, 0).trim()));
        eager("padLeft", 2, 3, Functions::padLeft);
        eager("replace", 3, 3, Functions::replace);
        eager("substring", 1, 3, Functions::substring);
        eager("startsWith", 2, 2, (n, a, ev) -> BooleanNode.valueOf(lower(n, a, 0).startsWith(lower(n, a, 1))));
        eager("endsWith", 2, 2, (n, a, ev) -> BooleanNode.valueOf(lower(n, a, 0).endsWith(lower(n, a, 1))));
        eager("split", 2, 2, Functions::split);
        eager("uniqueString", 1, 64, (n, a, ev) -> TextNode.valueOf(UniqueString.of(texts(n, a))));
        eager("guid", 1, 64, (n, a, ev) -> TextNode.valueOf(UUID.nameUUIDFromBytes(String.join("-", texts(n, a))
                .getBytes(StandardCharsets.UTF_8)).toString()));
        eager("json", 1, 1, Functions::json);
        // arrays and objects
        eager("length", 1, 1, Functions::length);
        eager("createArray", 0, 64, (n, a, ev) -> array(a));
        eager("array", 1, 1, (n, a, ev) -> a.get(0).isArray() ? a.get(0) : array(List.of(a.get(0))));
        eager("createObject", 0, 64, Functions::createObject);
        eager("union", 1, 64, Functions::union);
        eager("contains", 2, 2, Functions::contains);
        eager("first", 1, 1, (n, a, ev) -> firstOrLast(n, a.get(0), true));
        eager("last", 1, 1, (n, a, ev) -> firstOrLast(n, a.get(0), false));
        eager("take", 2, 2, (n, a, ev) -> slice(n, a.get(0), 0, clamp(integer(n, a, 1))));
        eager("skip", 2, 2, (n, a, ev) -> slice(n, a.get(0), clamp(integer(n, a, 1)), Integer.MAX_VALUE));
        // the further families, each in its own class
        CollectionFunctions.register();
        EncodingFunctions.register();
        DateFunctions.register();
        CidrFunctions.register();
        LambdaFunctions.register();
        DeploymentFunctions.register();
        ResourceFunctions.register();
    }

    /** A function whose arguments it evaluates itself (a lambda's body, {@code if}'s branches). */
    static void lazy(String name, Fn fn) {
        ALL.put(name, fn);
    }

    private Functions() {
    }

    /** The names of every supported function, for the documentation. */
    static List<String> names() {
        List<String> names = new ArrayList<>(ALL.keySet());
        names.add("list*");
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return List.copyOf(names);
    }

    static JsonNode call(Expr.Call call, Evaluator ev) {
        if (call.name().indexOf('.') >= 0) {
            return ev.scope().functions().call(call, ev);   // only a user-defined function has a namespace
        }
        Fn fn = ALL.get(call.name());
        if (fn == null && call.name().equalsIgnoreCase("listOutputsWithSecureValues")) {
            arity(call.name(), call.arguments().size(), 2, 3);
            return ev.scope().outputsWithSecureValues(Values.text(ev.eval(call.arguments().get(0))));
        }
        if (fn == null && call.name().length() > 4 && call.name().regionMatches(true, 0, "list", 0, 4)) {
            return ResourceFunctions.list(call.name(), ev.evalAll(call.arguments()));
        }
        if (fn == null) {
            throw new TemplateError("The template function '" + call.name() + "' is not valid. Please see"
                    + " https://aka.ms/arm-template-expressions for usage details.");
        }
        return fn.apply(call.name(), call.arguments(), ev);
    }

    @FunctionalInterface
    interface EagerFn {
        JsonNode apply(String name, List<JsonNode> args, Evaluator ev);
    }

    static void eager(String name, int min, int max, EagerFn fn) {
        ALL.put(name, (n, args, ev) -> {
            arity(n, args.size(), min, max);
            List<JsonNode> values = ev.evalAll(args);
            if (!BUILDS_WITH_UNKNOWN.contains(n)) {
                for (JsonNode v : values) {
                    if (v instanceof Unknown u) {
                        // what is computed from a value the simulator cannot know is not known either
                        return new Unknown(n + "(" + u.description() + ")");
                    }
                }
            }
            return fn.apply(n, values, ev);
        });
    }

    /**
     * The functions that keep an unknown value as a part of what they build (text, an array, an object) rather than
     * making their whole result unknown, and those that answer without reading it.
     */
    private static final Set<String> BUILDS_WITH_UNKNOWN = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        BUILDS_WITH_UNKNOWN.addAll(List.of("concat", "format", "createArray", "createObject", "union",
                "coalesce", "reference", "resourceId", "subscriptionResourceId", "extensionResourceId",
                "tenantResourceId", "uri", "base64", "uniqueString", "guid", "toLower", "toUpper", "trim", "replace",
                "array", "empty", "equals", "contains", "length", "parameters", "variables"));
    }

    /** {@code and} ({@code decisive} false) or {@code or} (true): the arguments in order until one decides. */
    private static JsonNode shortCircuit(String name, List<Expr> args, Evaluator ev, boolean decisive) {
        arity(name, args.size(), 2, 64);
        for (Expr arg : args) {
            JsonNode v = ev.eval(arg);
            if (v instanceof Unknown u) {
                return new Unknown(name + "(" + u.description() + ")");
            }
            if (bool(name, v) == decisive) {
                return BooleanNode.valueOf(decisive);
            }
        }
        return BooleanNode.valueOf(!decisive);
    }

    static void arity(String name, int count, int min, int max) {
        // 64 stands for "any number": ARM sets no upper bound on concat, format, union and their like
        if (count < min || (count > max && max < 64)) {
            String expected = min == max ? String.valueOf(min) : max >= 64 ? "at least " + min : min + " to " + max;
            throw new TemplateError("Unable to evaluate template language function '" + name + "': function"
                    + " requires " + expected + " argument(s) while " + count + " were provided. Please see"
                    + " https://aka.ms/arm-template-expressions for usage details.");
        }
    }

    static TemplateError badArgument(String name, JsonNode value, String expected) {
        return new TemplateError("Unable to evaluate template language function '" + name + "': the argument '"
                + JsonProblems.excerpt(Values.text(value)) + "' is of type '" + Values.typeName(value) + "' where " + expected
                + " is expected. Please see https://aka.ms/arm-template-expressions for usage details.");
    }

    static String str(String name, List<JsonNode> args, int i) {
        JsonNode v = args.get(i);
        if (v.isTextual() || v instanceof Unknown) {
            return v instanceof Unknown u ? u.asText() : v.textValue();
        }
        throw badArgument(name, v, "a string");
    }

    private static String lower(String name, List<JsonNode> args, int i) {
        return str(name, args, i).toLowerCase(Locale.ROOT);
    }

    static List<String> texts(String name, List<JsonNode> args) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            JsonNode v = args.get(i);
            result.add(v.isTextual() || v instanceof Unknown ? Values.text(v)
                    : v.isNumber() || v.isBoolean() ? Values.text(v) : str(name, args, i));
        }
        return result;
    }

    static boolean bool(String name, JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && (v.textValue().equalsIgnoreCase("true") || v.textValue().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(v.textValue().toLowerCase(Locale.ROOT));
        }
        throw badArgument(name, v, "a boolean");
    }

    static long integer(String name, List<JsonNode> args, int i) {
        JsonNode v = args.get(i);
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isIntegralNumber()) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': the integer '"
                    + v.asText() + "' is outside the range of ARM's 64-bit integers (" + Long.MIN_VALUE + " to "
                    + Long.MAX_VALUE + ").");
        }
        throw badArgument(name, v, "an integer");
    }

    /**
     * Integer arithmetic as ARM does it: on 64-bit integers, where a result that does not fit is an error
     * (docs/azure/arm-templates.md#integers).
     */
    private static JsonNode arithmetic(String name, List<JsonNode> args, String operator, LongBinaryOperator exact) {
        long left = integer(name, args, 0);
        long right = integer(name, args, 1);
        try {
            return number(exact.applyAsLong(left, right));
        } catch (ArithmeticException overflow) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': the result of "
                    + left + " " + operator + " " + right + " is outside the range of ARM's 64-bit integers ("
                    + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ").");
        }
    }

    /** An index or count given as a 64-bit integer, for functions that clamp it to a string's or array's bounds. */
    private static int clamp(long v) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    private static List<Long> ints(String name, List<JsonNode> args) {
        List<JsonNode> values = args.size() == 1 && args.get(0).isArray() ? list(args.get(0)) : args;
        List<Long> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            result.add(integer(name, values, i));
        }
        if (result.isEmpty()) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': the array is empty.");
        }
        return result;
    }

    private static long nonZero(String name, long v) {
        if (v == 0) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': division by zero.");
        }
        return v;
    }

    static JsonNode number(long v) {
        return v == (int) v ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> result = new ArrayList<>();
        array.forEach(result::add);
        return result;
    }

    static ArrayNode array(List<JsonNode> items) {
        ArrayNode a = Values.NODES.arrayNode();
        items.forEach(a::add);
        return a;
    }

    private static int compare(String name, List<JsonNode> a) {
        if (a.get(0).isIntegralNumber() && a.get(1).isIntegralNumber()) {
            return Long.compare(a.get(0).longValue(), a.get(1).longValue());
        }
        return str(name, a, 0).compareTo(str(name, a, 1));
    }

    private static boolean isEmpty(JsonNode v) {
        return v.isNull() || (v.isTextual() && v.textValue().isEmpty()) || (v.isContainerNode() && v.isEmpty());
    }

    private static JsonNode copyIndex(String name, List<JsonNode> a, Evaluator ev) {
        Optional<String> loop = Optional.empty();
        long offset = 0;
        if (a.size() == 2) {
            loop = Optional.of(str(name, a, 0));
            offset = integer(name, a, 1);
        } else if (a.size() == 1) {
            if (a.get(0).isTextual()) {
                loop = Optional.of(a.get(0).textValue());
            } else {
                offset = integer(name, a, 0);
            }
        }
        try {
            return number(Math.addExact(ev.copyIndex(loop), offset));
        } catch (ArithmeticException overflow) {
            throw new TemplateError("Unable to evaluate template language function 'copyIndex': the offset " + offset
                    + " takes the index outside the range of ARM's 64-bit integers (" + Long.MIN_VALUE + " to "
                    + Long.MAX_VALUE + ").");
        }
    }

    private static JsonNode toBool(String name, List<JsonNode> a, Evaluator ev) {
        JsonNode v = a.get(0);
        if (v.isIntegralNumber()) {
            return BooleanNode.valueOf(v.longValue() != 0);
        }
        return BooleanNode.valueOf(bool(name, v));
    }

    private static JsonNode toInt(String name, List<JsonNode> a, Evaluator ev) {
        JsonNode v = a.get(0);
        if (v.isIntegralNumber()) {
            return number(integer(name, a, 0));
        }
        if (v.isTextual()) {
            try {
                return number(Long.parseLong(v.textValue().trim()));
            } catch (NumberFormatException e) {
                throw new TemplateError("Unable to evaluate template language function 'int': the string '"
                        + v.textValue() + "' is not an integer.");
            }
        }
        throw badArgument(name, v, "a string or an integer");
    }

    private static JsonNode range(String name, List<JsonNode> a, Evaluator ev) {
        long start = integer(name, a, 0);
        long count = integer(name, a, 1);
        if (count < 0 || count > TemplateLimits.ARRAY_ITEMS) {
            throw new TemplateError("Unable to evaluate template language function 'range': the count must be from 0"
                    + " to " + TemplateLimits.ARRAY_ITEMS + "; it is " + count + ".");
        }
        if (start > Integer.MAX_VALUE - count) {
            throw new TemplateError("Unable to evaluate template language function 'range': the sum of the start"
                    + " index and the count must be no greater than " + Integer.MAX_VALUE + "; it is " + start
                    + " + " + count + ".");
        }
        ArrayNode result = Values.NODES.arrayNode();
        for (long i = 0; i < count; i++) {
            result.add(number(start + i));
        }
        return result;
    }

    private static JsonNode concat(String name, List<JsonNode> a, Evaluator ev) {
        if (a.get(0).isArray()) {
            long items = 0;
            for (JsonNode v : a) {
                if (!v.isArray()) {
                    throw badArgument(name, v, "an array (all arguments of concat must be arrays, or none)");
                }
                items += v.size();
            }
            TemplateLimits.checkItems(name, items);
            ArrayNode result = Values.NODES.arrayNode();
            a.forEach(v -> result.addAll((ArrayNode) v));
            return result;
        }
        List<String> parts = new ArrayList<>();
        long length = 0;
        for (JsonNode v : a) {
            if (v.isContainerNode()) {
                throw badArgument(name, v, "a string (all arguments of concat must be strings, or arrays)");
            }
            parts.add(Values.text(v));
            length += parts.get(parts.size() - 1).length();
        }
        TemplateLimits.checkLength(name, length);
        return TextNode.valueOf(String.join("", parts));
    }

    /** .NET composite formatting: {@code {0}}, {@code {1:D2}}, and {@code {{ }}} for braces. */
    private static JsonNode format(String name, List<JsonNode> a, Evaluator ev) {
        String pattern = str(name, a, 0);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
                sb.append('{');
                i++;
            } else if (c == '}' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '}') {
                sb.append('}');
                i++;
            } else if (c == '{') {
                int end = pattern.indexOf('}', i);
                if (end < 0) {
                    throw new TemplateError("Unable to evaluate template language function 'format': the format"
                            + " string '" + pattern + "' has a '{' that is not closed.");
                }
                String spec = pattern.substring(i + 1, end);
                String[] parts = spec.split(":", 2);
                int index;
                try {
                    index = Integer.parseInt(parts[0].trim());
                } catch (NumberFormatException e) {
                    throw new TemplateError("Unable to evaluate template language function 'format': '{" + spec
                            + "}' is not a valid placeholder in '" + pattern + "'.");
                }
                if (index < 0 || index >= a.size() - 1) {
                    throw new TemplateError("Unable to evaluate template language function 'format': placeholder {"
                            + index + "} has no argument; " + (a.size() - 1) + " were given.");
                }
                JsonNode v = a.get(index + 1);
                String text = Values.text(v);
                if (parts.length == 2 && v.isIntegralNumber() && parts[1].matches("[dD]\\d{1,9}")) {
                    int width = Integer.parseInt(parts[1].substring(1));
                    TemplateLimits.checkLength(name, (long) sb.length() + width);
                    text = String.format(Locale.ROOT, "%0" + width + "d", v.longValue());
                } else if (parts.length == 2 && v.isNumber() && parts[1].matches("[nN]\\d{0,2}")) {
                    // .NET's number format: group separators and the given count of decimals (two by default)
                    int decimals = parts[1].length() == 1 ? 2 : Integer.parseInt(parts[1].substring(1));
                    text = String.format(Locale.US, "%,." + decimals + "f", v.decimalValue());
                } else if (parts.length == 2 && v.isIntegralNumber() && parts[1].matches("[xX]\\d{0,2}")) {
                    String hex = Long.toHexString(v.longValue());
                    hex = parts[1].startsWith("X") ? hex.toUpperCase(Locale.ROOT) : hex;
                    int width = parts[1].length() == 1 ? 0 : Integer.parseInt(parts[1].substring(1));
                    text = "0".repeat(Math.max(0, width - hex.length())) + hex;
                }
                TemplateLimits.checkLength(name, (long) sb.length() + text.length());
                sb.append(text);
                i = end;
            } else {
                sb.append(c);
            }
        }
        return TextNode.valueOf(sb.toString());
    }

    private static JsonNode padLeft(String name, List<JsonNode> a, Evaluator ev) {
        JsonNode v = a.get(0);
        if (v.isContainerNode()) {
            throw badArgument(name, v, "a string or an integer");
        }
        String text = Values.text(v);
        long total = integer(name, a, 1);
        String pad = a.size() == 3 ? str(name, a, 2) : " ";
        if (pad.length() != 1) {
            throw new TemplateError("Unable to evaluate template language function 'padLeft': the padding must be"
                    + " one character; it is '" + pad + "'.");
        }
        if (total <= text.length()) {
            return TextNode.valueOf(text);
        }
        TemplateLimits.checkLength(name, total);
        return TextNode.valueOf(pad.repeat((int) total - text.length()) + text);
    }

    /**
     * .NET's String.Replace: every occurrence; an empty string to replace is an error there too
     * (docs/azure/decisions.md#arm-bounds). The result's length is known before it is made, so it is bounded first.
     */
    private static JsonNode replace(String name, List<JsonNode> a, Evaluator ev) {
        String s = str(name, a, 0);
        String old = str(name, a, 1);
        String replacement = str(name, a, 2);
        if (old.isEmpty()) {
            throw new TemplateError("Unable to evaluate template language function 'replace': the string to replace"
                    + " is empty.");
        }
        long occurrences = 0;
        for (int at = s.indexOf(old); at >= 0; at = s.indexOf(old, at + old.length())) {
            occurrences++;
        }
        TemplateLimits.checkLength(name, s.length() + occurrences * (replacement.length() - old.length()));
        return TextNode.valueOf(s.replace(old, replacement));
    }

    private static JsonNode substring(String name, List<JsonNode> a, Evaluator ev) {
        String s = str(name, a, 0);
        long start = a.size() > 1 ? integer(name, a, 1) : 0;
        long length = a.size() > 2 ? integer(name, a, 2) : s.length() - start;
        if (start < 0 || length < 0 || start > s.length() || length > s.length() - start) {
            throw new TemplateError("Unable to evaluate template language function 'substring': the index and"
                    + " length must lie within the string '" + s + "'.");
        }
        return TextNode.valueOf(s.substring((int) start, (int) (start + length)));
    }

    private static JsonNode split(String name, List<JsonNode> a, Evaluator ev) {
        String s = str(name, a, 0);
        List<String> delimiters = new ArrayList<>();
        if (a.get(1).isArray()) {
            a.get(1).forEach(d -> delimiters.add(d.asText()));
        } else {
            delimiters.add(str(name, a, 1));
        }
        List<String> parts = new ArrayList<>(List.of(s));
        for (String d : delimiters) {
            List<String> next = new ArrayList<>();
            for (String p : parts) {
                next.addAll(List.of(p.split(java.util.regex.Pattern.quote(d), -1)));
                TemplateLimits.checkItems(name, next.size());
            }
            parts = next;
        }
        ArrayNode result = Values.NODES.arrayNode();
        parts.forEach(result::add);
        return result;
    }

    private static JsonNode json(String name, List<JsonNode> a, Evaluator ev) {
        return parseJson(name, str(name, a, 0));
    }

    static JsonNode parseJson(String name, String text) {
        try {
            return Values.INPUT.readTree(text);
        } catch (JsonProcessingException e) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': the string '"
                    + JsonProblems.excerpt(text) + "' is not valid JSON: " + JsonProblems.describe(e) + ".");
        }
    }

    private static JsonNode length(String name, List<JsonNode> a, Evaluator ev) {
        JsonNode v = a.get(0);
        if (v instanceof Unknown u) {
            // the length of an unknown value is unknown; an array holding one has a length
            return new Unknown(name + "(" + u.description() + ")");
        }
        if (v.isTextual()) {
            return IntNode.valueOf(v.textValue().length());
        }
        if (v.isContainerNode()) {
            return IntNode.valueOf(v.size());
        }
        throw badArgument(name, v, "a string, an array or an object");
    }

    private static JsonNode createObject(String name, List<JsonNode> a, Evaluator ev) {
        if (a.size() % 2 != 0) {
            throw new TemplateError("Unable to evaluate template language function 'createObject': it takes pairs of"
                    + " key and value; " + a.size() + " arguments were given.");
        }
        ObjectNode result = Values.object();
        for (int i = 0; i < a.size(); i += 2) {
            result.set(str(name, a, i), a.get(i + 1));
        }
        return result;
    }

    private static JsonNode union(String name, List<JsonNode> a, Evaluator ev) {
        if (a.get(0).isArray()) {
            Set<JsonNode> items = new LinkedHashSet<>();
            for (JsonNode v : a) {
                if (!v.isArray()) {
                    throw badArgument(name, v, "an array (all arguments of union must be arrays, or objects)");
                }
                v.forEach(items::add);
                TemplateLimits.checkItems(name, items.size());
            }
            return array(new ArrayList<>(items));
        }
        ObjectNode result = Values.object();
        for (JsonNode v : a) {
            if (!v.isObject()) {
                throw badArgument(name, v, "an object (all arguments of union must be objects, or arrays)");
            }
            merge(result, (ObjectNode) v);
        }
        return result;
    }

    /** Objects merge deeply; any other value of a later argument wins. */
    private static void merge(ObjectNode into, ObjectNode from) {
        Iterator<Map.Entry<String, JsonNode>> fields = from.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode old = into.get(f.getKey());
            if (old != null && old.isObject() && f.getValue().isObject()) {
                ObjectNode merged = ((ObjectNode) old).deepCopy();
                merge(merged, (ObjectNode) f.getValue());
                into.set(f.getKey(), merged);
            } else {
                into.set(f.getKey(), f.getValue());
            }
        }
    }

    private static JsonNode contains(String name, List<JsonNode> a, Evaluator ev) {
        JsonNode container = a.get(0);
        JsonNode item = a.get(1);
        if (container.isTextual()) {
            return BooleanNode.valueOf(container.textValue().contains(Values.text(item)));
        }
        if (container.isArray()) {
            return BooleanNode.valueOf(list(container).contains(item));
        }
        if (container.isObject()) {
            return BooleanNode.valueOf(Values.property(container, Values.text(item)).isPresent());
        }
        throw badArgument(name, container, "a string, an array or an object");
    }

    private static JsonNode firstOrLast(String name, JsonNode v, boolean first) {
        if (v.isTextual()) {
            String s = v.textValue();
            return TextNode.valueOf(s.isEmpty() ? "" : first ? s.substring(0, 1) : s.substring(s.length() - 1));
        }
        if (v.isArray()) {
            return v.isEmpty() ? NullNode.getInstance() : v.get(first ? 0 : v.size() - 1);
        }
        throw badArgument(name, v, "a string or an array");
    }

    private static JsonNode slice(String name, JsonNode v, int from, int to) {
        if (v.isTextual()) {
            String s = v.textValue();
            int start = Math.max(0, Math.min(from, s.length()));
            int end = Math.max(start, Math.min(to, s.length()));
            return TextNode.valueOf(s.substring(start, end));
        }
        if (v.isArray()) {
            List<JsonNode> items = list(v);
            int start = Math.max(0, Math.min(from, items.size()));
            int end = Math.max(start, Math.min(to, items.size()));
            return array(items.subList(start, end));
        }
        throw badArgument(name, v, "a string or an array");
    }
}
