package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates expressions, and whole JSON values with expressions inside them (property loops included), in one
 * scope and with the copy indexes that are current.
 */
final class Evaluator {

    /** The name under which a resource loop's index is kept, for {@code copyIndex()} without a name. */
    static final String RESOURCE_LOOP = "";

    private final Scope scope;
    private final Map<String, Integer> loops;
    private final Map<String, JsonNode> lambdaVariables;
    private final boolean parameterDefault;
    /** Inside a user-defined function's output: its arguments, by lower-case parameter name; else null. */
    private final Map<String, JsonNode> functionArguments;

    Evaluator(Scope scope) {
        this(scope, Map.of(), Map.of(), false, null);
    }

    private Evaluator(Scope scope, Map<String, Integer> loops, Map<String, JsonNode> lambdaVariables,
                      boolean parameterDefault, Map<String, JsonNode> functionArguments) {
        this.scope = scope;
        this.loops = loops;
        this.lambdaVariables = lambdaVariables;
        this.parameterDefault = parameterDefault;
        this.functionArguments = functionArguments;
    }

    /**
     * An evaluator for a user-defined function's output: {@code parameters()} reads the function's arguments only,
     * and no loop index or lambda parameter of the caller is in reach.
     */
    Evaluator inUserFunction(Map<String, JsonNode> arguments) {
        return new Evaluator(scope, Map.of(), Map.of(), false, Map.copyOf(arguments));
    }

    /** {@code parameters('x')}: a template parameter, or inside a user-defined function one of its own. */
    JsonNode parameter(String name) {
        if (functionArguments == null) {
            return scope.parameter(name);
        }
        JsonNode value = functionArguments.get(name.toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new TemplateError("The template parameter '" + name + "' is not found: a user-defined function"
                    + " can only use the parameters it declares. Please see"
                    + " https://aka.ms/arm-syntax-parameters for usage details.");
        }
        return value;
    }

    /**
     * An evaluator for parameter default values: the one place ARM allows {@code utcNow()} and {@code newGuid()},
     * whose values differ between deployments.
     */
    static Evaluator forParameterDefaults(Scope scope) {
        return new Evaluator(scope, Map.of(), Map.of(), true, null);
    }

    boolean inParameterDefault() {
        return parameterDefault;
    }

    /** This evaluator with a lambda's parameters bound (they hide outer ones of the same name). */
    Evaluator withLambdaVariables(Map<String, JsonNode> bound) {
        Map<String, JsonNode> more = new LinkedHashMap<>(lambdaVariables);
        bound.forEach((k, v) -> more.put(k.toLowerCase(Locale.ROOT), v));
        return new Evaluator(scope, loops, more, parameterDefault, functionArguments);
    }

    /** {@code lambdaVariables('x')}: the value a lambda's parameter is bound to. */
    JsonNode lambdaVariable(String name) {
        JsonNode value = lambdaVariables.get(name.toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new TemplateError("The template function 'lambdaVariables' refers to '" + name + "', which is not"
                    + " a parameter of an enclosing lambda. Please see https://aka.ms/arm-template-expressions for"
                    + " usage details.");
        }
        return value;
    }

    Scope scope() {
        return scope;
    }

    /** This evaluator with one more loop index current. */
    Evaluator inLoop(String name, int index) {
        Map<String, Integer> more = new LinkedHashMap<>(loops);
        more.put(name.toLowerCase(Locale.ROOT), index);
        return new Evaluator(scope, more, lambdaVariables, parameterDefault, functionArguments);
    }

    int copyIndex(Optional<String> name) {
        String key = name.map(n -> n.toLowerCase(Locale.ROOT)).orElse(RESOURCE_LOOP);
        Integer index = loops.get(key);
        if (index == null) {
            throw new TemplateError(name.map(n -> "The template function 'copyIndex' has an invalid loop name '" + n
                            + "': no copy loop of that name is being evaluated here.")
                    .orElse("The template function 'copyIndex' is not expected at this location: it needs a copy"
                            + " loop, or a loop name inside a property or variable loop."));
        }
        return index;
    }

    /** A JSON value from a template: strings that are expressions are evaluated, objects and arrays recursively. */
    JsonNode value(JsonNode node, String path) {
        if (node == null) {
            return NullNode.getInstance();
        }
        if (node.isTextual()) {
            String text = node.textValue();
            if (ExpressionParser.isExpression(text)) {
                return expression(text, path);
            }
            return TextNode.valueOf(ExpressionParser.unescape(text));
        }
        if (node.isArray()) {
            ArrayNode result = Values.NODES.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                result.add(value(node.get(i), path + "[" + i + "]"));
            }
            return result;
        }
        if (node.isObject()) {
            ObjectNode result = Values.object();
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String childPath = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                if (f.getKey().equalsIgnoreCase("copy") && f.getValue().isArray()) {
                    propertyLoops(f.getValue(), childPath, result);
                } else {
                    result.set(f.getKey(), value(f.getValue(), childPath));
                }
            }
            return result;
        }
        return node.deepCopy();
    }

    /** {@code "copy": [{"name": p, "count": n, "input": {...}}]}: property {@code p} becomes an array of n inputs. */
    void propertyLoops(JsonNode loopsNode, String path, ObjectNode into) {
        for (int i = 0; i < loopsNode.size(); i++) {
            JsonNode loop = loopsNode.get(i);
            String loopPath = path + "[" + i + "]";
            String name = Values.string(loop, "name").orElseThrow(() -> new PathError(loopPath + ".name",
                    "The copy loop has no 'name': a property loop names the property it makes."));
            int count = count(loop, loopPath);
            JsonNode input = Values.property(loop, "input").orElseThrow(() -> new PathError(loopPath + ".input",
                    "The copy loop '" + name + "' has no 'input'."));
            ArrayNode items = Values.NODES.arrayNode();
            for (int k = 0; k < count; k++) {
                items.add(inLoop(name, k).value(input, loopPath + ".input"));
            }
            into.set(name, items);
        }
    }

    /** A copy loop's {@code count}: a non-negative integer, 800 at most (ARM's limit). */
    int count(JsonNode loop, String loopPath) {
        JsonNode countNode = value(Values.property(loop, "count").orElse(null), loopPath + ".count");
        if (countNode instanceof Unknown u) {
            throw new PathError(loopPath + ".count", "The copy count comes from " + u.description() + ", which vnetlab"
                    + " cannot know: it is a property of a resource it does not simulate.");
        }
        if (!countNode.isIntegralNumber() || !countNode.canConvertToInt() || countNode.intValue() < 0
                || countNode.intValue() > TemplateLimits.COPY_COUNT) {
            throw new PathError(loopPath + ".count", "The copy count must be an integer from 0 to "
                    + TemplateLimits.COPY_COUNT + "; it is '" + Values.text(countNode) + "'.");
        }
        return countNode.intValue();
    }

    /** Evaluates {@code [ ... ]}; errors name the path and the expression. */
    JsonNode expression(String text, String path) {
        if (text.length() > TemplateLimits.EXPRESSION_CHARACTERS) {
            throw new PathError(path, "The template language expression is " + text.length() + " characters long;"
                    + " ARM allows at most " + TemplateLimits.EXPRESSION_CHARACTERS + " characters in an expression.",
                    text);
        }
        try {
            Expr expr = ExpressionParser.parse(text.substring(1, text.length() - 1));
            return eval(expr);
        } catch (TemplateError e) {
            throw new PathError(path, e.getMessage(), text);
        }
    }

    JsonNode eval(Expr expr) {
        if (expr instanceof Expr.Literal l) {
            return l.value();
        }
        if (expr instanceof Expr.Call c) {
            return Functions.call(c, this);
        }
        if (expr instanceof Expr.Member m) {
            return member(eval(m.target()), m.name());
        }
        Expr.Index ix = (Expr.Index) expr;
        JsonNode target = eval(ix.target());
        JsonNode index = eval(ix.index());
        if (target instanceof Unknown) {
            return target;
        }
        if (target instanceof LenientObject.LenientArray lenient && index.canConvertToInt()) {
            return LenientObject.element(lenient, index.intValue(), lenient.description);
        }
        if (target.isArray()) {
            if (!index.isIntegralNumber()) {
                throw new TemplateError("The language expression array index must be an integer; it is '"
                        + Values.text(index) + "' (" + Values.typeName(index) + ").");
            }
            if (!index.canConvertToInt() || index.intValue() < 0 || index.intValue() >= target.size()) {
                throw new TemplateError("The language expression property array index '" + index.asText()
                        + "' is out of bounds: the array has " + target.size() + " elements.");
            }
            return target.get(index.intValue());
        }
        if (target.isObject() && index.isTextual()) {
            return member(target, index.textValue());
        }
        throw new TemplateError("The language expression can't index a value of type '" + Values.typeName(target)
                + "' with '" + Values.text(index) + "'.");
    }

    static JsonNode member(JsonNode target, String name) {
        if (target instanceof Unknown) {
            return target;
        }
        if (!target.isObject()) {
            throw new TemplateError("The language expression property '" + name + "' can't be evaluated, property"
                    + " name must be a string and the value must be an object; it is of type '"
                    + Values.typeName(target) + "'.");
        }
        if (target instanceof LenientObject lenient) {
            return lenient.read(name);
        }
        return Values.property(target, name).orElseThrow(() -> new TemplateError("The language expression"
                + " property '" + name + "' doesn't exist, available properties are '"
                + String.join(", ", Values.names(target)) + "'."));
    }

    List<JsonNode> evalAll(List<Expr> args) {
        return args.stream().map(this::eval).toList();
    }
}
