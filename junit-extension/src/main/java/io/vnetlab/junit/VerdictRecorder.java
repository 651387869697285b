package io.vnetlab.junit;

import io.vnetlab.dataplane.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Keeps the first verdicts a test evaluated on its fork, and counts them all. */
final class VerdictRecorder implements Consumer<Verdict> {

    private final int limit;
    private final List<Verdict> kept = new ArrayList<>();
    private long count;

    VerdictRecorder(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void accept(Verdict verdict) {
        count++;
        if (kept.size() < limit) {
            kept.add(verdict);
        }
    }

    synchronized List<Verdict> kept() {
        return List.copyOf(kept);
    }

    synchronized long count() {
        return count;
    }
}
