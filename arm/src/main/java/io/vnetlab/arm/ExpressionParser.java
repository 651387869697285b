package io.vnetlab.arm;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses ARM's template language: function calls with nested arguments, string literals in single quotes (a
 * quote inside is doubled: {@code 'it''s'}), integers, property access {@code .name} and index access
 * {@code [expr]}. A recursive-descent parser, not regular expressions.
 */
final class ExpressionParser {

    private final String text;
    private int pos;
    private int depth;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /** Whether a JSON string value is an expression: {@code [...]}, but not {@code [[...]} (an escaped literal). */
    static boolean isExpression(String value) {
        return value.length() >= 2 && value.charAt(0) == '[' && value.charAt(value.length() - 1) == ']'
                && value.charAt(1) != '[';
    }

    /** The literal a JSON string stands for when it starts with {@code [[}: the first bracket removed. */
    static String unescape(String value) {
        return value.startsWith("[[") ? value.substring(1) : value;
    }

    /** Parses the inside of {@code [ ... ]} (the brackets removed). */
    static Expr parse(String expression) {
        ExpressionParser parser = new ExpressionParser(expression);
        parser.skipSpaces();
        if (parser.atEnd()) {
            throw new TemplateError("The language expression is empty.");
        }
        Expr result = parser.expression();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw parser.error("unexpected '" + parser.text.charAt(parser.pos) + "'");
        }
        return result;
    }

    private Expr expression() {
        // every nesting (an argument, an index) passes through here: bounding it bounds the parser's and the
        // evaluator's recursion, so no expression can exhaust the stack
        if (++depth > TemplateLimits.EXPRESSION_DEPTH) {
            throw error("function calls, property and index accesses nest more than " + TemplateLimits.EXPRESSION_DEPTH
                    + " levels deep");
        }
        try {
            return accesses(primary());
        } finally {
            depth--;
        }
    }

    private Expr accesses(Expr target) {
        Expr e = target;
        while (true) {
            skipSpaces();
            if (peek('.')) {
                pos++;
                skipSpaces();
                e = new Expr.Member(e, identifier());
            } else if (peek('[')) {
                pos++;
                skipSpaces();
                Expr index = expression();
                skipSpaces();
                expect(']');
                e = new Expr.Index(e, index);
            } else {
                return e;
            }
        }
    }

    private Expr primary() {
        skipSpaces();
        if (atEnd()) {
            throw error("the expression ends too early");
        }
        char c = text.charAt(pos);
        if (c == '\'') {
            return new Expr.Literal(TextNode.valueOf(string()));
        }
        if (Character.isDigit(c) || c == '-' || c == '+') {
            return new Expr.Literal(number());
        }
        if (Character.isLetter(c) || c == '_') {
            String name = identifier();
            skipSpaces();
            while (peek('.') && isFunctionNamespace()) {
                pos++;
                name = name + "." + identifier();
                skipSpaces();
            }
            if (!peek('(')) {
                throw error("'" + name + "' must be a function call, such as " + name + "()");
            }
            pos++;
            List<Expr> args = new ArrayList<>();
            skipSpaces();
            if (peek(')')) {
                pos++;
                return new Expr.Call(name, args);
            }
            while (true) {
                args.add(expression());
                skipSpaces();
                if (peek(',')) {
                    pos++;
                } else if (peek(')')) {
                    pos++;
                    return new Expr.Call(name, args);
                } else {
                    throw error(atEnd() ? "a ')' is missing" : "expected ',' or ')' but found '" + text.charAt(pos) + "'");
                }
            }
        }
        throw error("unexpected '" + c + "'");
    }

    /** {@code ns.fn(...)}: a user-defined function name; told apart from property access by the '(' after it. */
    private boolean isFunctionNamespace() {
        int p = pos + 1;
        while (p < text.length() && (Character.isLetterOrDigit(text.charAt(p)) || text.charAt(p) == '_')) {
            p++;
        }
        return p < text.length() && text.charAt(p) == '(';
    }

    private String string() {
        pos++;                                        // the opening quote
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\'') {
                if (pos < text.length() && text.charAt(pos) == '\'') {
                    sb.append('\'');
                    pos++;
                } else {
                    return sb.toString();
                }
            } else {
                sb.append(c);
            }
        }
        throw error("a string literal is not closed with '");
    }

    private com.fasterxml.jackson.databind.JsonNode number() {
        int start = pos;
        if (peek('-') || peek('+')) {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        String digits = text.substring(start, pos);
        try {
            long value = Long.parseLong(digits);
            return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
        } catch (NumberFormatException e) {
            throw error("'" + digits + "' is not an integer");
        }
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '$')) {
            pos++;
        }
        if (start == pos) {
            throw error(atEnd() ? "a name is missing at the end" : "expected a name but found '" + text.charAt(pos) + "'");
        }
        return text.substring(start, pos);
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error(atEnd() ? "a '" + c + "' is missing" : "expected '" + c + "' but found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private TemplateError error(String what) {
        return new TemplateError("The language expression '" + JsonProblems.excerpt(text) + "' is not valid: " + what + " at position "
                + (pos + 1) + ".");
    }
}
