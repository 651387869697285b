package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.jackson.JacksonRuntime;

/**
 * A {@code --query} JMESPath expression, compiled as azure-cli's {@code jmespath_type} does, within bounds: the
 * parser and the search recurse once per level, so an expression nested deeper than {@link #MAX_NESTING} levels or
 * chaining more than {@link #MAX_OPERATORS} operators is refused as an invalid value before it is compiled
 * (docs/azure/decisions.md#query-bounds).
 *
 * <pre>{@code
 * Query q = Query.compile("[].name");
 * JsonNode names = q.search(result);
 * }</pre>
 */
final class Query {

    /** Brackets, parentheses, braces and function calls inside one another. */
    static final int MAX_NESTING = 256;
    /** Sub-expressions, pipes, comparisons and logical operators in one expression. */
    static final int MAX_OPERATORS = 1000;

    /** On the one mapper of {@link Json}: a second one would cost a fresh JVM as much again to make. */
    private static final JacksonRuntime JMESPATH = new JacksonRuntime(
            io.burt.jmespath.RuntimeConfiguration.defaultConfiguration(), Json.mapper());

    private final Expression<JsonNode> expression;

    private Query(Expression<JsonNode> expression) {
        this.expression = expression;
    }

    /** The compiled expression, or the CLI's usage error for a value that is not a (bounded) JMESPath expression. */
    static Query compile(String text) {
        if (!withinBounds(text)) {
            throw invalid(text);
        }
        try {
            return new Query(JMESPATH.compile(text));
        } catch (JmesPathException e) {
            throw invalid(text);
        }
    }

    /** The query's result on {@code result}; a function applied to the wrong type fails as the CLI reports it. */
    JsonNode search(JsonNode result) {
        try {
            return expression.search(result);
        } catch (JmesPathException e) {
            throw AzError.command("Invalid jmespath query supplied for `--query`: " + e.getMessage());
        }
    }

    private static AzError invalid(String text) {
        return AzError.usage("argument --query: invalid jmespath_type value: '" + text + "'");
    }

    /** Counts nesting and operators outside quoted identifiers, raw strings and literals. */
    static boolean withinBounds(String text) {
        int depth = 0;
        int operators = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '\'', '"', '`' -> quote = c;
                case '[', '(', '{' -> {
                    depth++;
                    if (depth > MAX_NESTING) {
                        return false;
                    }
                }
                case ']', ')', '}' -> depth = Math.max(0, depth - 1);
                case '.', '|', '&', '!', '<', '>', '=', ',' -> {
                    operators++;
                    if (operators > MAX_OPERATORS) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }
}
