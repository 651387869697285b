package io.vnetlab.dataplane;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every endpoint against every other: one verdict per ordered pair, in the order the endpoints were given.
 *
 * <pre>{@code
 * ReachabilityMatrix matrix = topology.reachabilityMatrix();
 * System.out.println(Tables.reachability(matrix));   // io.vnetlab.render
 * matrix.blocked().forEach(System.out::println);     // each blocked pair, explained
 * }</pre>
 */
public final class ReachabilityMatrix {

    private final List<Endpoint> endpoints;
    private final Verdict[][] verdicts;

    private ReachabilityMatrix(List<Endpoint> endpoints, Verdict[][] verdicts) {
        this.endpoints = List.copyOf(endpoints);
        this.verdicts = verdicts;
    }

    /** Evaluates every ordered pair of distinct endpoints. */
    public static ReachabilityMatrix of(DataPlane plane, List<Endpoint> endpoints) {
        Verdict[][] verdicts = new Verdict[endpoints.size()][endpoints.size()];
        for (int i = 0; i < endpoints.size(); i++) {
            for (int j = 0; j < endpoints.size(); j++) {
                if (i != j) {
                    verdicts[i][j] = plane.evaluate(Flow.from(endpoints.get(i)).to(endpoints.get(j)));
                }
            }
        }
        return new ReachabilityMatrix(endpoints, verdicts);
    }

    /**
     * Evaluates every ordered pair of distinct endpoints for one protocol and destination port, such as SSH
     * ({@code Protocol.Tcp, 22}).
     */
    public static ReachabilityMatrix of(DataPlane plane, List<Endpoint> endpoints, io.vnetlab.model.Protocol protocol,
                                        int port) {
        Verdict[][] verdicts = new Verdict[endpoints.size()][endpoints.size()];
        for (int i = 0; i < endpoints.size(); i++) {
            for (int j = 0; j < endpoints.size(); j++) {
                if (i != j) {
                    verdicts[i][j] = plane.evaluate(Flow.from(endpoints.get(i)).to(endpoints.get(j)).on(protocol, port));
                }
            }
        }
        return new ReachabilityMatrix(endpoints, verdicts);
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** The verdict from the {@code i}-th endpoint to the {@code j}-th ({@code i != j}). */
    public Verdict verdict(int from, int to) {
        if (from == to) {
            throw new IllegalArgumentException("An endpoint is not paired with itself in a reachability matrix.");
        }
        return verdicts[from][to];
    }

    /** Every verdict, row by row. */
    public List<Verdict> verdicts() {
        List<Verdict> all = new ArrayList<>();
        for (int i = 0; i < endpoints.size(); i++) {
            for (int j = 0; j < endpoints.size(); j++) {
                if (i != j) {
                    all.add(verdicts[i][j]);
                }
            }
        }
        return all;
    }

    /** The verdicts of the pairs that do not get through. */
    public List<Verdict> blocked() {
        return verdicts().stream().filter(v -> !v.reachable()).collect(Collectors.toList());
    }

    @Override
    public String toString() {
        return "reachability of " + endpoints.stream().map(Endpoint::shortName).collect(Collectors.joining(", "))
                + " (" + blocked().size() + " of " + verdicts().size() + " pairs blocked)";
    }
}
