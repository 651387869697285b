package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A template's user-defined functions (its {@code functions} section): members of namespaces, called as
 * {@code namespace.member(...)}, each with typed parameters and a typed output whose value is evaluated with only
 * the function's own arguments in reach. Microsoft's limitations are checked when the template is validated, before
 * anything deploys: no {@code variables()}, no {@code reference()} or {@code list*()}, no parameter default values,
 * and calls to other user-defined functions only in a languageVersion 2.0 template, which is how Bicep compiles its
 * functions (namespace {@code __bicep}) (docs/azure/arm-templates.md#user-defined-functions).
 */
final class UserFunctions {

    static final UserFunctions NONE = new UserFunctions(Map.of(), Values.object());

    private static final String LIMITATIONS = "https://learn.microsoft.com/azure/azure-resource-manager/templates/"
            + "user-defined-functions#limitations";

    /** A function's body may not read the deployment's state or the template's variables. */
    private static final Set<String> OUT_OF_REACH = Set.of("variables", "reference", "references");

    /** One member of a namespace. */
    record Definition(String name, List<String> parameters, List<JsonNode> parameterTypes, JsonNode output,
                      String path) {
    }

    private final Map<String, Definition> byName;
    private final JsonNode definitions;

    private UserFunctions(Map<String, Definition> byName, JsonNode definitions) {
        this.byName = byName;
        this.definitions = definitions;
    }

    /**
     * The template's functions, validated as ARM validates them.
     *
     * @param prefix the template path of this template ("" at the top, else the nested deployment's, ending in '.')
     */
    static UserFunctions of(JsonNode template, String prefix) {
        JsonNode section = Values.property(template, "functions").orElse(null);
        if (section == null || section.isNull()) {
            return NONE;
        }
        String at = prefix + "functions";
        if (!section.isArray()) {
            throw new PathError(at, "The template's 'functions' must be an array of namespaces, each with a"
                    + " 'namespace' and 'members'; it is '" + JsonProblems.excerpt(Values.text(section)) + "' ("
                    + Values.typeName(section) + ").");
        }
        JsonNode definitions = Values.property(template, "definitions").orElse(Values.object());
        Map<String, Definition> byName = new LinkedHashMap<>();
        for (int i = 0; i < section.size(); i++) {
            JsonNode namespace = section.get(i);
            String nsAt = at + "[" + i + "]";
            String ns = Values.string(namespace, "namespace").filter(n -> n.matches("[A-Za-z_][A-Za-z0-9_]*"))
                    .orElseThrow(() -> new PathError(nsAt + ".namespace", "A user-defined function namespace needs a"
                            + " 'namespace': a name of letters, digits and underscores."));
            JsonNode members = Values.property(namespace, "members").filter(JsonNode::isObject)
                    .orElseThrow(() -> new PathError(nsAt + ".members", "The user-defined function namespace '" + ns
                            + "' needs 'members': an object of functions by name."));
            for (Map.Entry<String, JsonNode> member : members.properties()) {
                String name = ns + "." + member.getKey();
                Definition d = definition(name, member.getValue(), nsAt + ".members." + member.getKey(), definitions);
                if (byName.put(name.toLowerCase(Locale.ROOT), d) != null) {
                    throw new PathError(d.path(), "The user-defined function '" + name + "' is declared twice;"
                            + " function names compare case-insensitively.");
                }
            }
        }
        UserFunctions functions = new UserFunctions(byName, definitions);
        functions.checkBodies(SymbolicResources.symbolic(template));
        return functions;
    }

    private static Definition definition(String name, JsonNode member, String at, JsonNode definitions) {
        if (!member.isObject()) {
            throw new PathError(at, "The user-defined function '" + name + "' must be a JSON object with"
                    + " 'parameters' and an 'output'.");
        }
        List<String> parameters = new ArrayList<>();
        List<JsonNode> types = new ArrayList<>();
        JsonNode declared = Values.property(member, "parameters").orElse(Values.NODES.arrayNode());
        if (!declared.isArray()) {
            throw new PathError(at + ".parameters", "The parameters of the user-defined function '" + name
                    + "' must be an array of {\"name\": ..., \"type\": ...}.");
        }
        for (int p = 0; p < declared.size(); p++) {
            JsonNode parameter = declared.get(p);
            String pAt = at + ".parameters[" + p + "]";
            String pName = Values.string(parameter, "name").orElseThrow(() -> new PathError(pAt + ".name",
                    "A parameter of the user-defined function '" + name + "' has no 'name'."));
            if (Values.property(parameter, "defaultValue").isPresent()) {
                throw new PathError(pAt + ".defaultValue", "The parameter '" + pName + "' of the user-defined"
                        + " function '" + name + "' has a default value; parameters of a user-defined function can't"
                        + " have default values. Please see " + LIMITATIONS + " for usage details.");
            }
            if (parameters.stream().anyMatch(pName::equalsIgnoreCase)) {
                throw new PathError(pAt + ".name", "The user-defined function '" + name + "' declares the parameter '"
                        + pName + "' twice.");
            }
            parameters.add(pName);
            types.add(UserDefinedTypes.resolve(parameter, definitions, pAt, new HashSet<>()));
        }
        JsonNode output = Values.property(member, "output").filter(JsonNode::isObject)
                .filter(o -> Values.property(o, "value").isPresent())
                .orElseThrow(() -> new PathError(at + ".output", "The user-defined function '" + name + "' needs an"
                        + " 'output' with a 'type' and a 'value'."));
        return new Definition(name, List.copyOf(parameters), List.copyOf(types),
                UserDefinedTypes.resolve(output, definitions, at + ".output", new HashSet<>()), at);
    }

    /**
     * Every function's output value, read once: no function ARM keeps out of reach, calls only to functions that
     * exist (and, before languageVersion 2.0, none at all), and no function that ends up calling itself.
     */
    private void checkBodies(boolean languageVersion2) {
        Map<String, Set<String>> calls = new LinkedHashMap<>();
        for (Definition d : byName.values()) {
            Set<String> called = new java.util.LinkedHashSet<>();
            forEachCall(Values.property(d.output(), "value").orElseThrow(), d.path() + ".output.value", call -> {
                String fn = call.name();
                if (OUT_OF_REACH.stream().anyMatch(fn::equalsIgnoreCase)
                        || fn.length() > 4 && fn.regionMatches(true, 0, "list", 0, 4) && fn.indexOf('.') < 0) {
                    throw new PathError(d.path() + ".output.value", "The template function '" + fn + "' is not"
                            + " expected at this location: the user-defined function '" + d.name() + "' can't use it."
                            + " Please see " + LIMITATIONS + " for usage details.");
                }
                if (fn.indexOf('.') >= 0) {
                    if (!languageVersion2) {
                        throw new PathError(d.path() + ".output.value", "The user-defined function '" + d.name()
                                + "' calls '" + fn + "': a user-defined function can't call other user-defined"
                                + " functions (a languageVersion 2.0 template can). Please see " + LIMITATIONS
                                + " for usage details.");
                    }
                    called.add(fn.toLowerCase(Locale.ROOT));
                }
            });
            calls.put(d.name().toLowerCase(Locale.ROOT), called);
        }
        for (String start : calls.keySet()) {
            List<String> cycle = cycleFrom(start, calls, new ArrayList<>());
            if (cycle != null) {
                Definition d = byName.get(start);
                throw new PathError(d.path() + ".output.value", "The user-defined function '" + d.name() + "' calls"
                        + " itself: " + String.join(" -> ", cycle.stream().map(n -> byName.get(n).name()).toList())
                        + ". A user-defined function can't be recursive.");
            }
        }
    }

    private static List<String> cycleFrom(String name, Map<String, Set<String>> calls, List<String> path) {
        if (path.contains(name)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            cycle.add(name);
            return cycle.get(0).equals(path.get(0)) ? cycle : null;
        }
        path.add(name);
        for (String next : calls.getOrDefault(name, Set.of())) {
            List<String> cycle = cycleFrom(next, calls, path);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        return null;
    }

    /** Each function call in the expressions of a JSON value. */
    private static void forEachCall(JsonNode node, String at, java.util.function.Consumer<Expr.Call> sink) {
        if (node.isTextual() && ExpressionParser.isExpression(node.textValue())) {
            String text = node.textValue();
            Expr parsed;
            try {
                parsed = ExpressionParser.parse(text.substring(1, text.length() - 1));
            } catch (TemplateError e) {
                throw new PathError(at, e.getMessage(), text);
            }
            Expr.forEachCall(parsed, sink);
        } else if (node.isContainerNode()) {
            node.forEach(child -> forEachCall(child, at, sink));
        }
    }

    /**
     * {@code namespace.member(args)}: the arguments evaluated where the call is, checked against the parameters'
     * types, then the output value evaluated with those arguments as its only parameters.
     */
    JsonNode call(Expr.Call call, Evaluator caller) {
        Definition d = byName.get(call.name().toLowerCase(Locale.ROOT));
        if (d == null) {
            throw new TemplateError("The template function '" + call.name() + "' is not valid. Please see"
                    + " https://aka.ms/arm-template-expressions for usage details.");
        }
        Functions.arity(call.name(), call.arguments().size(), d.parameters().size(), d.parameters().size());
        Map<String, JsonNode> arguments = new LinkedHashMap<>();
        for (int i = 0; i < d.parameters().size(); i++) {
            JsonNode value = caller.eval(call.arguments().get(i));
            String parameter = d.parameters().get(i);
            check(d.parameterTypes().get(i), value, () -> "The value of the parameter '" + parameter + "' of the"
                    + " user-defined function '" + d.name() + "'");
            arguments.put(parameter.toLowerCase(Locale.ROOT), value);
        }
        JsonNode result;
        try {
            result = caller.inUserFunction(arguments)
                    .value(Values.property(d.output(), "value").orElseThrow(), d.path() + ".output.value");
        } catch (PathError e) {
            // reported where the function was called, which is what the caller can fix or look up
            throw new TemplateError("The user-defined function '" + d.name() + "' failed at '" + e.path() + "': "
                    + e.getMessage());
        }
        check(d.output(), result, () -> "The output of the user-defined function '" + d.name() + "'");
        return result;
    }

    /** A value against a declared type: its JSON type, allowed values, and a user-defined type's shape. */
    private void check(JsonNode schema, JsonNode value, java.util.function.Supplier<String> what) {
        if (value instanceof Unknown || value.isNull() && UserDefinedTypes.nullable(schema)) {
            return;
        }
        String type = Values.string(schema, "type").orElse(null);
        if (type != null && !UserDefinedTypes.fits(type, value)) {
            throw new TemplateError(what.get() + " is of type '" + Values.typeName(value) + "'; a value of type '"
                    + ParameterBinder.expected(type.toLowerCase(Locale.ROOT)) + "' is expected.");
        }
        TypeConstraints.checkWhole(what.get() + " is not valid", schema, value, definitions);
    }
}
