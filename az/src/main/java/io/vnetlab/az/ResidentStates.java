package io.vnetlab.az;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The states a resident server ({@link AzServer}) keeps in memory between calls, each with the journal text it was
 * made from: a call whose state file still holds exactly that text starts from it instead of decoding the file's
 * snapshot, and a call that changes the state writes its journal only, the snapshot being written once, when the
 * server stops ({@link #keepSnapshots}). The file stays the truth: a journal written since by anyone else does not
 * match, and the call reads the file as a JVM of its own would.
 *
 * <p>A state is taken out for the duration of a call and put back only when the call ended with its journal on
 * disk, so a call that fails half-way (a full disk) can never leave a state that differs from its file. The least
 * recently used states are dropped beyond {@link #CAPACITY} files.
 */
final class ResidentStates {

    static final int CAPACITY = 16;

    private record Kept(String journalText, Az az) {
    }

    private final Map<Path, Kept> states = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Kept> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The state kept for {@code stateFile} if it was made from exactly {@code journalText}; it is the caller's now. */
    synchronized Optional<Az> take(Path stateFile, String journalText) {
        Kept kept = states.remove(stateFile);
        return kept != null && kept.journalText().equals(journalText) ? Optional.of(kept.az()) : Optional.empty();
    }

    /** Keeps {@code az} as the state of {@code stateFile}, whose journal on disk is {@code journalText}. */
    synchronized void put(Path stateFile, String journalText, Az az) {
        states.put(stateFile, new Kept(journalText, az));
    }

    /**
     * Writes the snapshot of every state kept whose file still holds its journal, so that the JVM a later call starts
     * (when no server runs) does not replay the journal; forgets them all.
     */
    synchronized void keepSnapshots() {
        for (Map.Entry<Path, Kept> e : new ArrayList<>(states.entrySet())) {
            try {
                if (Files.readString(e.getKey(), StandardCharsets.UTF_8).equals(e.getValue().journalText())) {
                    new JournalSnapshot(e.getKey()).keep(e.getValue().az());
                }
            } catch (IOException | RuntimeException gone) {
                // a file removed or rewritten since: its snapshot would not match it anyway
            }
        }
        states.clear();
    }
}
