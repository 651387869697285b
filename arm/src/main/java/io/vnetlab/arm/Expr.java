package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** A parsed template language expression: the part between {@code [} and {@code ]}. */
sealed interface Expr {

    /** Each function call in an expression, outer calls before the calls in their arguments. */
    static void forEachCall(Expr e, java.util.function.Consumer<Call> sink) {
        if (e instanceof Call c) {
            sink.accept(c);
            c.arguments().forEach(a -> forEachCall(a, sink));
        } else if (e instanceof Member m) {
            forEachCall(m.target(), sink);
        } else if (e instanceof Index i) {
            forEachCall(i.target(), sink);
            forEachCall(i.index(), sink);
        }
    }

    /** A string or integer literal. */
    record Literal(JsonNode value) implements Expr {
    }

    /** A function call, such as {@code concat('a', parameters('b'))}. */
    record Call(String name, List<Expr> arguments) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** Property access: {@code target.name}. */
    record Member(Expr target, String name) implements Expr {
    }

    /** Index access: {@code target[index]}, on an array (by number) or an object (by name). */
    record Index(Expr target, Expr index) implements Expr {
    }
}
