package io.vnetlab.arm;

import com.fasterxml.jackson.databind.node.POJONode;

/**
 * A value the simulator cannot know: a property of a resource it does not simulate (a storage account's blob
 * endpoint, a public IP's address). Property and index access on it give it back, so such expressions still
 * evaluate; a simulated resource that needs it refuses it with a clear message.
 */
final class Unknown extends POJONode {

    private static final long serialVersionUID = 1L;

    private final String description;

    Unknown(String description) {
        super("<not simulated: " + description + ">");
        this.description = description;
    }

    String description() {
        return description;
    }

    @Override
    public String asText() {
        return (String) getPojo();
    }

    @Override
    public String toString() {
        return asText();
    }
}
