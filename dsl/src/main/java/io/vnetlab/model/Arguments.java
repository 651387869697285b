package io.vnetlab.model;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The checks of the Java API's own arguments, shared by the model, the control plane and the DSL so that every
 * misuse is answered alike: {@link IllegalArgumentException}, with a message that names the argument as a user of
 * Azure names it ("virtual network name", "address prefix"), never as the Java parameter is called.
 *
 * <pre>{@code
 * Arguments.requireText(cidr, "address prefix");   // "The address prefix cannot be null or blank."
 * Arguments.requireGiven(region, "region");        // "The region cannot be null."
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public final class Arguments {

    private Arguments() {
    }

    /**
     * @param what the argument in Azure's words, such as {@code "subnet name"}
     * @throws IllegalArgumentException if {@code value} is null or blank
     */
    public static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " cannot be null or blank.");
        }
        return value;
    }

    /**
     * @param what the argument in Azure's words, such as {@code "region"}
     * @throws IllegalArgumentException if {@code value} is null
     */
    public static <T> T requireGiven(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("The " + what + " cannot be null.");
        }
        return value;
    }

    /**
     * An immutable copy of {@code values}.
     *
     * @param what the list in Azure's words, such as {@code "address prefixes"}
     * @throws IllegalArgumentException if the list or one of its elements is null
     */
    public static <T> List<T> requireList(List<T> values, String what) {
        if (values == null || values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("The " + what + " cannot be null or hold null.");
        }
        return List.copyOf(values);
    }
}
