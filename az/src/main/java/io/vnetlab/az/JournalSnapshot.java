package io.vnetlab.az;

import io.vnetlab.Topology;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.controlplane.TopologyState.StoredResource;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subscription;
import io.vnetlab.model.Tenant;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a journal's replay made, kept beside the state file ({@code <state>.snapshot}) so that the next call starts
 * from it instead of replaying every command: a call then costs the same however long the journal is.
 *
 * <p>The journal stays the truth; the snapshot is a cache of it, used only when all of these hold, and otherwise
 * ignored (the journal is replayed and a new snapshot written):
 * <ul>
 *   <li>it is in this snapshot format and was written by this build (the same class path, file sizes and times:
 *   a rebuilt vnetlab may replay a command differently);</li>
 *   <li>the journal it carries is, character for character, the journal in the state file (so a journal written
 *   since, by another version or by hand, is never paired with an older snapshot);</li>
 *   <li>every class it names still has the components it was written with ({@link ValueCodec}).</li>
 * </ul>
 * It holds the topology's state as its stored resources (any record type, see {@link TopologyState#rebuilt}), the
 * current subscription, the VM details and the journal. A state that holds a value the codec cannot write gets no
 * snapshot: those calls replay, as before.
 */
final class JournalSnapshot {

    /** The snapshot format this version writes and reads. */
    static final String FORMAT = "vnetlab-az-snapshot/1";

    /** Everything a CLI keeps between calls, as values. */
    record Saved(List<Tenant> tenants, List<Subscription> subscriptions, List<StoredResource> resources,
                 String currentSubscriptionId, Map<ResourceId, Session.VmDetails> vmDetails,
                 List<List<String>> journal) {
    }

    private static final String BUILD = BuildFingerprint.current();

    private final Path file;

    /** The snapshot of the state file {@code stateFile} (a real path). */
    JournalSnapshot(Path stateFile) {
        this.file = stateFile.resolveSibling(stateFile.getFileName() + ".snapshot");
    }

    Path file() {
        return file;
    }

    /** The CLI the snapshot holds, if it is this build's snapshot of exactly {@code journalText}. */
    Optional<Az> restore(String journalText) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(BUILD)) {
                return Optional.empty();
            }
            Saved saved = (Saved) new ValueCodec.Reader(in).read();
            if (!JournalText.of(StateFile.FORMAT, saved.journal()).equals(journalText)) {
                return Optional.empty();
            }
            Topology topology = Topology.create();
            topology.restore(TopologyState.rebuilt(saved.tenants(), saved.subscriptions(), saved.resources()));
            topology.useSubscription(saved.currentSubscriptionId());
            return Optional.of(Az.restored(topology, saved.vmDetails(), saved.journal()));
        } catch (IOException | RuntimeException unusable) {
            // damaged, truncated, or written by other classes: the journal is replayed instead
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code az}'s state as the snapshot of its journal, atomically; when it cannot (a value the codec does
     * not write, a full disk), removes the old one, which no longer matches the journal anyway. Never throws.
     */
    void keep(Az az) {
        TopologyState state = az.topology().state();
        Saved saved = new Saved(List.copyOf(state.tenants()), List.copyOf(state.subscriptions()),
                state.storedResources(), az.topology().currentSubscriptionId(), az.vmDetails(), az.journal());
        Path tmp = null;
        try {
            tmp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
            try (OutputStream stream = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
                out.writeUTF(FORMAT);
                out.writeUTF(BUILD);
                new ValueCodec.Writer(out).write(saved);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException | RuntimeException notKept) {
            // a cache that cannot be written must not fail the call whose change the journal already holds
            discard();
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Removes the snapshot, if any: the next call replays the journal. */
    void discard() {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a snapshot left behind is never used for another journal: its journal text does not match
        }
    }
}
