package io.vnetlab.az;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the real Azure CLI knows, from its command table: its commands (exactly, or a whole group of them) and the
 * options of the commands vnetlab emulates. It tells a real command or option that vnetlab does not emulate from one
 * the real CLI does not know either (a typo), so each gets its own answer
 * (docs/azure/cli-and-network-watcher.md#not-emulated).
 */
final class AzureCliTable {

    private static final AzureCliTable STANDARD = load("azure-cli-commands.txt", "azure-cli-arguments.txt");

    private final Set<String> commands;
    /** Groups listed as {@code GROUP *}: every command under them is real. */
    private final Set<String> wholeGroups;
    /** Every group a listed command belongs to. */
    private final Set<String> groups;
    private final Map<String, Set<String>> options;

    private AzureCliTable(Set<String> commands, Set<String> wholeGroups, Map<String, Set<String>> options) {
        this.commands = commands;
        this.wholeGroups = wholeGroups;
        this.options = options;
        this.groups = new HashSet<>(wholeGroups);
        for (String command : commands) {
            addParents(command);
        }
        for (String group : wholeGroups) {
            addParents(group);
        }
    }

    private void addParents(String path) {
        int space = path.lastIndexOf(' ');
        while (space > 0) {
            path = path.substring(0, space);
            groups.add(path);
            space = path.lastIndexOf(' ');
        }
    }

    static AzureCliTable standard() {
        return STANDARD;
    }

    /** Whether {@code path} (the words after {@code az}) is a command or a group of the real CLI. */
    boolean knows(String path) {
        return commands.contains(path) || groups.contains(path) || underWholeGroup(path);
    }

    private boolean underWholeGroup(String path) {
        for (String group : wholeGroups) {
            if (path.startsWith(group + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code option} ({@code --nics}) is an option of the real CLI's {@code command}. */
    boolean hasOption(String command, String option) {
        return options.getOrDefault(command, Set.of()).contains(option);
    }

    private static AzureCliTable load(String commandsResource, String argumentsResource) {
        Set<String> commands = new HashSet<>();
        Set<String> wholeGroups = new HashSet<>();
        for (String line : lines(commandsResource)) {
            if (line.endsWith(" *")) {
                wholeGroups.add(line.substring(0, line.length() - 2));
            } else {
                commands.add(line);
            }
        }
        Map<String, Set<String>> options = new HashMap<>();
        for (String line : lines(argumentsResource)) {
            int colon = line.indexOf(':');
            options.put(line.substring(0, colon).trim(), Set.of(line.substring(colon + 1).trim().split("\\s+")));
        }
        return new AzureCliTable(Set.copyOf(commands), Set.copyOf(wholeGroups), Map.copyOf(options));
    }

    private static List<String> lines(String resource) {
        try (InputStream in = AzureCliTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
