package io.vnetlab.dataplane;

import io.vnetlab.model.Protocol;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Every endpoint against every other, in the order the endpoints were given: whether each ordered pair gets through,
 * decided by {@link AllPairsReachability} (one walk per pair of equivalence classes), and the full verdict of a pair
 * walked only when it is asked for. Memory grows with the classes, not with the pairs: 5,002 VMs in 503 classes keep
 * about 250,000 answers, not 25 million verdicts.
 *
 * <pre>{@code
 * ReachabilityMatrix matrix = topology.reachabilityMatrix();
 * System.out.println(Tables.reachability(matrix));   // io.vnetlab.render
 * matrix.reachable(0, 1);                            // one pair, from the classes
 * matrix.blocked().forEach(System.out::println);     // each blocked pair, explained as it is read
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public final class ReachabilityMatrix {

    private final AllPairsReachability pairs;
    private final Function<Flow, Verdict> explain;

    private ReachabilityMatrix(AllPairsReachability pairs, Function<Flow, Verdict> explain) {
        this.pairs = pairs;
        this.explain = explain;
    }

    /** Every ordered pair of distinct endpoints, any protocol. */
    public static ReachabilityMatrix of(DataPlane plane, List<Endpoint> endpoints) {
        return new ReachabilityMatrix(AllPairsReachability.of(plane, endpoints), plane::evaluate);
    }

    /**
     * Every ordered pair of distinct endpoints for one protocol and destination port, such as SSH
     * ({@code Protocol.Tcp, 22}).
     */
    public static ReachabilityMatrix of(DataPlane plane, List<Endpoint> endpoints, Protocol protocol, int port) {
        Objects.requireNonNull(protocol, "'protocol' cannot be null.");
        return new ReachabilityMatrix(AllPairsReachability.of(plane, endpoints, protocol, port), plane::evaluate);
    }

    /**
     * The same matrix, its pairs explained through {@code evaluator} instead of the data plane directly: a topology
     * passes its own {@code evaluate}, so that its verdict listeners see each pair a caller asks to see explained.
     */
    public ReachabilityMatrix explainedBy(Function<Flow, Verdict> evaluator) {
        Objects.requireNonNull(evaluator, "'evaluator' cannot be null.");
        return new ReachabilityMatrix(pairs, evaluator);
    }

    public List<Endpoint> endpoints() {
        return pairs.endpoints();
    }

    /** Whether the {@code from}-th endpoint reaches the {@code to}-th ({@code from != to}), without walking. */
    public boolean reachable(int from, int to) {
        requirePair(from, to);
        return pairs.reachable(from, to);
    }

    /** The verdict from the {@code from}-th endpoint to the {@code to}-th ({@code from != to}), walked now. */
    public Verdict verdict(int from, int to) {
        requirePair(from, to);
        return explain.apply(pairs.flow(from, to));
    }

    /** How many ordered pairs of distinct endpoints get through. */
    public long reachableCount() {
        return pairs.reachableCount();
    }

    /** How many ordered pairs of distinct endpoints there are. */
    public long pairCount() {
        return pairs.pairCount();
    }

    /**
     * Every verdict, row by row, each walked as it is read: a view, so reading a few pairs of a large matrix walks
     * only those.
     */
    public List<Verdict> verdicts() {
        int n = endpoints().size();
        return new AbstractList<>() {
            @Override
            public Verdict get(int index) {
                if (index < 0 || index >= size()) {
                    throw new IndexOutOfBoundsException(index);
                }
                int from = index / (n - 1);
                int to = index % (n - 1);
                return verdict(from, to >= from ? to + 1 : to);
            }

            @Override
            public int size() {
                return (int) Math.min(Integer.MAX_VALUE, pairCount());
            }
        };
    }

    /** The verdicts of the pairs that do not get through, row by row, each walked as it is read. */
    public List<Verdict> blocked() {
        long count = pairCount() - reachableCount();
        return new AbstractList<>() {
            @Override
            public Verdict get(int index) {
                Iterator<Verdict> it = iterator();
                for (int i = 0; i < index && it.hasNext(); i++) {
                    it.next();
                }
                if (index < 0 || !it.hasNext()) {
                    throw new IndexOutOfBoundsException(index);
                }
                return it.next();
            }

            @Override
            public int size() {
                return (int) Math.min(Integer.MAX_VALUE, count);
            }

            @Override
            public Iterator<Verdict> iterator() {
                return new BlockedPairs();
            }
        };
    }

    /** The blocked pairs in row order, skipping the rows that block nothing. */
    private final class BlockedPairs implements Iterator<Verdict> {
        private int from;
        private int to = -1;

        BlockedPairs() {
            advance();
        }

        private void advance() {
            int n = endpoints().size();
            while (from < n) {
                if (pairs.blockedFrom(from) > 0) {   // skips the rows that block nothing
                    for (to = to + 1; to < n; to++) {
                        if (to != from && !pairs.reachable(from, to)) {
                            return;
                        }
                    }
                }
                from++;
                to = -1;
            }
        }

        @Override
        public boolean hasNext() {
            return from < endpoints().size();
        }

        @Override
        public Verdict next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Verdict verdict = verdict(from, to);
            advance();
            return verdict;
        }
    }

    private void requirePair(int from, int to) {
        if (from == to) {
            throw new IllegalArgumentException("An endpoint is not paired with itself in a reachability matrix.");
        }
    }

    @Override
    public String toString() {
        return "reachability of " + endpoints().stream().map(Endpoint::shortName).collect(Collectors.joining(", "))
                + " (" + (pairCount() - reachableCount()) + " of " + pairCount() + " pairs blocked)";
    }
}
