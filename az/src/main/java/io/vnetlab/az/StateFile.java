package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated state between two {@code bin/az} calls: the journal of the commands that changed it, replayed on
 * the next call. A journal (rather than a serialized topology) needs no second model of every resource, stays
 * correct as resource kinds are added, and is readable: the file is the script that rebuilds the state. The
 * subscription switch is in it too, as the {@code az account set} commands themselves.
 */
final class StateFile {

    private final Path path;

    StateFile(Path path) {
        this.path = path;
    }

    /** {@code $VNETLAB_STATE}, else {@code ./.vnetlab/state.json}. */
    static StateFile fromEnvironment() {
        String env = System.getenv("VNETLAB_STATE");
        return new StateFile(Path.of(env != null && !env.isBlank() ? env : ".vnetlab/state.json"));
    }

    Path path() {
        return path;
    }

    /** An emulated CLI with the state the file holds (an empty one if there is no file yet). */
    Az load() {
        Az az = Az.create();
        if (!Files.exists(path)) {
            return az;
        }
        JsonNode root;
        try {
            root = Json.parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vnetlab state file " + path + ": " + e.getMessage(), e);
        }
        for (JsonNode command : root.path("commands")) {
            List<String> args = new ArrayList<>();
            command.forEach(a -> args.add(a.asText()));
            AzResult r = az.run(args);
            if (!r.succeeded()) {
                throw new IllegalStateException("The vnetlab state file " + path + " no longer replays: 'az "
                        + String.join(" ", args) + "' failed with " + r.err().strip() + " Delete the file to start"
                        + " afresh.");
            }
        }
        return az;
    }

    void save(Az az) {
        ObjectNode root = Json.object();
        root.put("format", "vnetlab-az-journal/1");
        ArrayNode commands = root.putArray("commands");
        for (List<String> command : az.journal()) {
            commands.add(Json.strings(command));
        }
        try {
            Path parent = path.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, "state", ".tmp");
            Files.writeString(tmp, Json.cliText(root), StandardCharsets.UTF_8);
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the vnetlab state file " + path + ": " + e.getMessage(), e);
        }
    }
}
