package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.vnetlab.arm.Functions.arity;

/**
 * The lambda functions {@code filter}, {@code map}, {@code reduce}, {@code sort}, {@code toObject},
 * {@code groupBy} and {@code mapValues}: each takes {@code lambda('x', body)} whose body reads its parameters with
 * {@code lambdaVariables('x')} (docs/azure/arm-templates.md#functions). A lambda is no value of its own: ARM
 * accepts it only as an argument of these functions.
 */
final class LambdaFunctions {

    private LambdaFunctions() {
    }

    /** A lambda's parameter names and body, still to be evaluated per element. */
    private record Lambda(List<String> parameters, Expr body) {

        JsonNode apply(Evaluator ev, JsonNode... values) {
            Map<String, JsonNode> bound = new LinkedHashMap<>();
            for (int i = 0; i < parameters.size() && i < values.length; i++) {
                bound.put(parameters.get(i), values[i]);
            }
            return ev.withLambdaVariables(bound).eval(body);
        }
    }

    static void register() {
        Functions.lazy("lambda", (n, args, ev) -> {
            throw new TemplateError("The template function 'lambda' is not expected at this location: a lambda is"
                    + " only an argument of filter, map, reduce, sort, toObject, groupBy or mapValues.");
        });
        Functions.eager("lambdaVariables", 1, 1, (n, a, ev) -> ev.lambdaVariable(Functions.str(n, a, 0)));
        Functions.lazy("filter", (n, args, ev) -> {
            arity(n, args.size(), 2, 2);
            Lambda f = lambda(n, args.get(1), 1, 2);
            ArrayNode result = Values.NODES.arrayNode();
            List<JsonNode> items = array(n, ev.eval(args.get(0)));
            for (int i = 0; i < items.size(); i++) {
                if (Functions.bool(n, f.apply(ev, items.get(i), IntNode.valueOf(i)))) {
                    result.add(items.get(i));
                }
            }
            return result;
        });
        Functions.lazy("map", (n, args, ev) -> {
            arity(n, args.size(), 2, 2);
            Lambda f = lambda(n, args.get(1), 1, 2);
            ArrayNode result = Values.NODES.arrayNode();
            List<JsonNode> items = array(n, ev.eval(args.get(0)));
            for (int i = 0; i < items.size(); i++) {
                result.add(f.apply(ev, items.get(i), IntNode.valueOf(i)));
            }
            return result;
        });
        Functions.lazy("reduce", (n, args, ev) -> {
            arity(n, args.size(), 3, 3);
            Lambda f = lambda(n, args.get(2), 2, 3);
            List<JsonNode> items = array(n, ev.eval(args.get(0)));
            JsonNode accumulated = ev.eval(args.get(1));
            for (int i = 0; i < items.size(); i++) {
                accumulated = f.apply(ev, accumulated, items.get(i), IntNode.valueOf(i));
            }
            return accumulated;
        });
        Functions.lazy("sort", (n, args, ev) -> {
            arity(n, args.size(), 2, 2);
            Lambda less = lambda(n, args.get(1), 2, 2);
            List<JsonNode> items = new ArrayList<>(array(n, ev.eval(args.get(0))));
            // the lambda answers "does a come before b"; a stable sort keeps equal elements in their order
            items.sort((a, b) -> Functions.bool(n, less.apply(ev, a, b)) ? -1
                    : Functions.bool(n, less.apply(ev, b, a)) ? 1 : 0);
            return Functions.array(items);
        });
        Functions.lazy("toObject", (n, args, ev) -> {
            arity(n, args.size(), 2, 3);
            Lambda key = lambda(n, args.get(1), 1, 1);
            Lambda value = args.size() == 3 ? lambda(n, args.get(2), 1, 1) : null;
            ObjectNode result = Values.object();
            for (JsonNode item : array(n, ev.eval(args.get(0)))) {
                result.set(Functions.str(n, List.of(key.apply(ev, item)), 0),
                        value == null ? item : value.apply(ev, item));
            }
            return result;
        });
        Functions.lazy("groupBy", (n, args, ev) -> {
            arity(n, args.size(), 2, 2);
            Lambda key = lambda(n, args.get(1), 1, 1);
            ObjectNode result = Values.object();
            for (JsonNode item : array(n, ev.eval(args.get(0)))) {
                String k = Functions.str(n, List.of(key.apply(ev, item)), 0);
                JsonNode group = result.get(k);
                (group == null ? result.putArray(k) : (ArrayNode) group).add(item);
            }
            return result;
        });
        Functions.lazy("mapValues", (n, args, ev) -> {
            arity(n, args.size(), 2, 2);
            Lambda f = lambda(n, args.get(1), 1, 1);
            JsonNode object = ev.eval(args.get(0));
            if (!object.isObject()) {
                throw Functions.badArgument(n, object, "an object");
            }
            ObjectNode result = Values.object();
            object.properties().forEach(e -> result.set(e.getKey(), f.apply(ev, e.getValue())));
            return result;
        });
    }

    private static List<JsonNode> array(String name, JsonNode v) {
        if (!v.isArray()) {
            throw Functions.badArgument(name, v, "an array");
        }
        return Functions.list(v);
    }

    private static Lambda lambda(String name, Expr argument, int min, int max) {
        if (!(argument instanceof Expr.Call call) || !call.name().equalsIgnoreCase("lambda")
                || call.arguments().size() < 2) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': its last argument"
                    + " must be a lambda expression such as lambda('x', equals(lambdaVariables('x'), 1)).");
        }
        List<String> parameters = new ArrayList<>();
        for (Expr p : call.arguments().subList(0, call.arguments().size() - 1)) {
            if (!(p instanceof Expr.Literal l) || !l.value().isTextual()) {
                throw new TemplateError("Unable to evaluate template language function 'lambda': its parameter names"
                        + " must be string literals.");
            }
            parameters.add(l.value().textValue());
        }
        if (parameters.size() < min || parameters.size() > max) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': its lambda takes "
                    + (min == max ? String.valueOf(min) : min + " to " + max) + " parameter(s); it has "
                    + parameters.size() + ".");
        }
        return new Lambda(parameters, call.arguments().get(call.arguments().size() - 1));
    }
}
