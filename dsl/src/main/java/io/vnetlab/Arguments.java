package io.vnetlab;

/** The checks of the DSL's own arguments, named as a user of the DSL reads them. */
final class Arguments {

    private Arguments() {
    }

    static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + what + "' cannot be null or blank.");
        }
    }
}
