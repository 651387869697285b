package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** A parsed template language expression: the part between {@code [} and {@code ]}. */
sealed interface Expr {

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
