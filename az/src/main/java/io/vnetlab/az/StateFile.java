package io.vnetlab.az;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated state between two {@code bin/az} calls: the journal of the commands that changed it, replayed on
 * the next call. A journal (rather than a serialized topology) needs no second model of every resource, stays
 * correct as resource kinds are added, and is readable: the file is the script that rebuilds the state. The
 * subscription switch is in it too, as the {@code az account set} commands themselves.
 *
 * <p>What it guarantees:
 * <ul>
 *   <li><b>Only state changes are journaled.</b> A command is kept with the options that made its change, never
 *   its output options ({@code -o}, {@code --query}, ...), so a command whose printing fails replays cleanly.</li>
 *   <li><b>One writer at a time.</b> Each call reads, runs and writes while holding an exclusive lock on the
 *   sidecar file {@code <state>.lock}, so concurrent {@code az ... &} calls serialise and no update is lost.</li>
 *   <li><b>Nothing foreign is touched.</b> A path that is not a regular file (a directory, a device such as
 *   {@code /dev/full}) and a file that is not a journal of a format this version reads are refused with a message
 *   naming the file and what to do; they are never read as an empty state nor overwritten.</li>
 *   <li><b>A snapshot beside the journal.</b> After a call, what the journal's replay made is kept in
 *   {@code <state>.snapshot} ({@link JournalSnapshot}); the next call starts from it when it was made by this build
 *   for exactly the journal in the file, so a call costs the same however long the journal is. Otherwise (no
 *   snapshot, another build, a journal changed since) the journal is replayed, as the truth it is. A resident
 *   server keeps the states in memory instead and writes their snapshots when it stops ({@link ResidentStates}).</li>
 *   <li><b>Atomic writes.</b> The new journal is written to a temporary file beside the state, flushed to disk and
 *   moved over it in one step: a reader sees the old journal or the new one, never half of one.</li>
 * </ul>
 */
final class StateFile {

    /** The journal format this version writes and reads. */
    static final String FORMAT = "vnetlab-az-journal/1";

    private static final String FORMAT_FAMILY = "vnetlab-az-journal/";

    /** Far beyond any journal a script makes; a bound so that a wrong path cannot exhaust memory. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    /**
     * A file lock belongs to the whole JVM: a second thread asking for it would get an OverlappingFileLockException
     * instead of waiting, so threads of one JVM first queue on this monitor, one per lock file.
     */
    private static final Map<Path, Object> JVM_MONITORS = new ConcurrentHashMap<>();

    private final Path path;
    private final Path workingDirectory;
    private final Optional<ResidentStates> resident;

    StateFile(Path path) {
        this(path, Path.of(""), Optional.empty());
    }

    /**
     * The state file {@code path}, a relative one (and the files commands name) taken relative to
     * {@code workingDirectory}: the caller's directory, which a resident server does not share ({@link AzServer});
     * with {@code resident}, the states the server keeps in memory between calls.
     */
    StateFile(Path path, Path workingDirectory, Optional<ResidentStates> resident) {
        this.path = path;
        this.workingDirectory = workingDirectory;
        this.resident = resident;
    }

    /** {@code $VNETLAB_STATE}, else {@code ./.vnetlab/state.json}. */
    static StateFile fromEnvironment() {
        return of(System.getenv("VNETLAB_STATE"), Path.of(""), Optional.empty());
    }

    /** The state file named by {@code variable} (a caller's $VNETLAB_STATE) for a caller in {@code workingDirectory}. */
    static StateFile of(String variable, Path workingDirectory, Optional<ResidentStates> resident) {
        return new StateFile(Path.of(variable != null && !variable.isBlank() ? variable : ".vnetlab/state.json"),
                workingDirectory, resident);
    }

    Path path() {
        return path;
    }

    /**
     * Runs one command on the state the file holds and keeps what it changed: read, run and write happen under the
     * file's lock, so a concurrent call waits and then sees this change.
     */
    @SuppressWarnings("try") // the file lock is held for the try block's extent: that is its whole use
    AzResult run(List<String> args) {
        Path target = target();
        refuseIfNotRegular(target);
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new StateFileException("The directory of the vnetlab state file " + path + " cannot be made ("
                    + reason(e) + "). Point VNETLAB_STATE at a file in a directory you can write to.");
        }
        target = target();
        Path lockFile = target.resolveSibling(target.getFileName() + ".lock");
        synchronized (JVM_MONITORS.computeIfAbsent(lockFile, k -> new Object())) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                JournalSnapshot snapshot = new JournalSnapshot(target);
                String journal = Files.exists(target) ? read(target) : "";
                Path file = target;
                Optional<Az> restored = journal.isBlank() ? Optional.empty()
                        : resident.flatMap(r -> r.take(file, journal)).or(() -> snapshot.restore(journal));
                Az az = restored.orElseGet(() -> replay(journal)).workingIn(workingDirectory);
                int before = az.journal().size();
                AzResult r = az.run(args);
                String onDisk = journal;
                if (az.journal().size() != before) {
                    onDisk = save(az);
                    if (resident.isEmpty()) {
                        snapshot.keep(az);
                    }
                } else if (restored.isEmpty() && before > 0 && resident.isEmpty()) {
                    snapshot.keep(az);   // the next call starts from it
                }
                String kept = onDisk;
                resident.ifPresent(states -> states.put(file, kept, az));
                return r;
            } catch (IOException e) {
                throw new StateFileException("The vnetlab state file " + path + " cannot be locked (" + lockFile
                        + ": " + reason(e) + "). Point VNETLAB_STATE at a file in a directory you can write to.");
            }
        }
    }

    /**
     * An emulated CLI with the state the file holds (an empty one if there is no file yet, or an empty file): its
     * snapshot when it has one for this very journal, else the journal replayed.
     */
    Az load() {
        Path target = target();
        if (!Files.exists(target)) {
            return Az.create();
        }
        String journal = read(target);
        return (journal.isBlank() ? Optional.<Az>empty() : new JournalSnapshot(target).restore(journal))
                .orElseGet(() -> replay(journal));
    }

    /** The journal's commands run one by one on an empty state. */
    private Az replay(String journal) {
        Az az = Az.create();
        List<List<String>> commands = commands(journal);
        for (int i = 0; i < commands.size(); i++) {
            List<String> args = commands.get(i);
            AzResult r = az.replay(args);
            if (!r.succeeded()) {
                String error = r.err().strip().lines().findFirst().orElse("no error");
                throw refusal("no longer replays: its command " + (i + 1) + " ('az " + String.join(" ", args)
                        + "') fails with " + error, "move it away to start afresh");
            }
        }
        return az;
    }

    /**
     * Writes the journal of {@code az} over the file, atomically (its snapshot is {@link #run}'s to keep), and
     * returns the text written.
     */
    String save(Az az) {
        Path target = target();
        refuseIfNotRegular(target);
        Path tmp = null;
        String text;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                text = JournalText.of(FORMAT, az.journal());
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return text;
        } catch (IOException e) {
            throw new StateFileException("The vnetlab state file " + path + " cannot be written (" + reason(e)
                    + "); it is as it was before this command. Free the space or fix the permissions, or point"
                    + " VNETLAB_STATE at another file.");
        } finally {
            deleteQuietly(tmp);
        }
    }

    // ------------------------------------------------------------------ reading and checking

    /**
     * The file the state lives in, as a real path: a symbolic link's target (so that writing keeps the link), and
     * one name per file however it was reached (so that threads of one JVM share its monitor).
     */
    private Path target() {
        Path absolute = workingDirectory.resolve(path).toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            return Files.isDirectory(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    private void refuseIfNotRegular(Path target) {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            String what = Files.isDirectory(target) ? "a directory" : "not a regular file (a device or another special"
                    + " file)";
            throw refusal("is " + what, "point VNETLAB_STATE at a file path; the file is made on first use");
        }
    }

    private String read(Path target) {
        try {
            if (Files.size(target) > MAX_BYTES) {
                throw refusal("is larger than " + MAX_BYTES / (1024 * 1024) + " MiB, more than any vnetlab journal",
                        "point VNETLAB_STATE at another file");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(target)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw notAJournal("it is not UTF-8 text");
        } catch (IOException e) {
            throw new StateFileException("The vnetlab state file " + path + " cannot be read (" + reason(e)
                    + "). Fix its permissions, or point VNETLAB_STATE at another file.");
        }
    }

    /** The journal's commands; an empty file (as {@code mktemp} makes) is an empty journal. */
    private List<List<String>> commands(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw notAJournal("it is not JSON" + (at == null || at.getLineNr() < 1 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        JsonNode format = root.path("format");
        if (!format.isTextual()) {
            throw notAJournal("it has no \"format\": \"" + FORMAT + "\"");
        }
        if (!format.asText().equals(FORMAT)) {
            if (format.asText().startsWith(FORMAT_FAMILY)) {
                throw refusal("is a journal in format " + format.asText() + ", written by another vnetlab"
                        + " version; this one reads " + FORMAT, "use the vnetlab version that wrote it, or point"
                        + " VNETLAB_STATE at another file");
            }
            throw notAJournal("its format is " + format.asText() + ", not " + FORMAT);
        }
        JsonNode entries = root.path("commands");
        if (!entries.isArray()) {
            throw notAJournal("it has no \"commands\" list");
        }
        List<List<String>> commands = new ArrayList<>();
        for (JsonNode entry : entries) {
            List<String> words = new ArrayList<>();
            entry.forEach(w -> words.add(w.isTextual() ? w.asText() : null));
            if (!entry.isArray() || words.isEmpty() || words.contains(null)) {
                throw notAJournal("its command " + (commands.size() + 1) + " is not a list of words");
            }
            commands.add(words);
        }
        return commands;
    }

    private StateFileException notAJournal(String why) {
        return refusal("is not a vnetlab state file: " + why, "point VNETLAB_STATE at another file, or move this"
                + " one away to start afresh");
    }

    /** "The vnetlab state file F {what}. vnetlab leaves it as it is: {fix}." */
    private StateFileException refusal(String what, String fix) {
        return new StateFileException("The vnetlab state file " + path + " " + what + (what.endsWith(".") ? "" : ".")
                + " vnetlab leaves it as it is: " + fix + ".");
    }

    /** The operating system's reason in its own words ("Permission denied"), never the Java exception's name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : "an input/output error";
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the temporary file is left behind; the state file itself is unchanged
        }
    }

    /** A state file refused or failing, in words for the user: the file, what is wrong, what to do. */
    static final class StateFileException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StateFileException(String message) {
            super(message, null, false, false);
        }
    }
}
