package io.vnetlab.address;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A set of ports (0–65535) kept as sorted, disjoint, non-adjacent ranges, so that NSG rules are evaluated over
 * ranges rather than port by port. Immutable.
 *
 * <pre>{@code
 * PortRangeSet open = PortRangeSet.parse("80-443").union(PortRangeSet.of(22));
 * open.toString();                                  // "22, 80-443"
 * open.minus(PortRangeSet.parse("100-200"));        // 22, 80-99, 201-443
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public final class PortRangeSet {

    public static final int MAX_PORT = 65535;

    /** No port. */
    public static final PortRangeSet NONE = new PortRangeSet(new int[0]);
    /** Every port, 0–65535. */
    public static final PortRangeSet ALL = new PortRangeSet(new int[] {0, MAX_PORT});

    /** Pairs lo0, hi0, lo1, hi1, ... sorted, disjoint and not touching. */
    private final int[] bounds;

    private PortRangeSet(int[] bounds) {
        this.bounds = bounds;
    }

    /** One port. */
    public static PortRangeSet of(int port) {
        return range(port, port);
    }

    /** The ports {@code from} to {@code to}, both included. */
    public static PortRangeSet range(int from, int to) {
        if (from < 0 || to > MAX_PORT || from > to) {
            throw new IllegalArgumentException("Port range " + from + "-" + to + " is not within 0-65535 with its"
                    + " start before its end.");
        }
        return new PortRangeSet(new int[] {from, to});
    }

    /** The most digits a port has. */
    private static final int PORT_DIGITS = 5;

    /** Parses {@code *}, {@code 22} or {@code 1000-2000}, as Azure writes a port range. */
    public static Optional<PortRangeSet> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        if (t.equals("*")) {
            return Optional.of(ALL);
        }
        // one to five ASCII digits, optionally a dash and one to five more, nothing else (no spaces around the
        // dash): Integer.parseInt alone would also read fullwidth digits and a sign. Scanned rather than matched
        // with a regular expression, since every walk through an NSG reads its rules' port ranges.
        int fromEnd = asciiDigitsEnd(t, 0);
        if (fromEnd == 0 || fromEnd > PORT_DIGITS) {
            return Optional.empty();
        }
        int from = Integer.parseInt(t, 0, fromEnd, 10);
        int to = from;
        if (fromEnd < t.length()) {
            int toEnd = asciiDigitsEnd(t, fromEnd + 1);
            int toDigits = toEnd - (fromEnd + 1);
            if (t.charAt(fromEnd) != '-' || toDigits == 0 || toDigits > PORT_DIGITS || toEnd != t.length()) {
                return Optional.empty();
            }
            to = Integer.parseInt(t, fromEnd + 1, toEnd, 10);
        }
        return to <= MAX_PORT && from <= to ? Optional.of(range(from, to)) : Optional.empty();
    }

    /** The index after the run of ASCII digits that starts at {@code start}. */
    private static int asciiDigitsEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /**
     * Parses one port range as {@link #tryParse(String)} does.
     *
     * @throws IllegalArgumentException if it is none of {@code *}, a port or a range within 0–65535
     */
    public static PortRangeSet parse(String text) {
        Optional<PortRangeSet> parsed = tryParse(text);
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' is not a port range:"
                    + " write *, a port such as 22, or a range such as 1000-2000, within 0-65535.");
        }
        return parsed.get();
    }

    /** The union of several port ranges as Azure writes them. */
    public static PortRangeSet parseAll(List<String> ranges) {
        PortRangeSet result = NONE;
        for (String r : ranges) {
            result = result.union(parse(r));
        }
        return result;
    }

    public boolean isEmpty() {
        return bounds.length == 0;
    }

    public boolean isAll() {
        return bounds.length == 2 && bounds[0] == 0 && bounds[1] == MAX_PORT;
    }

    public boolean contains(int port) {
        for (int i = 0; i < bounds.length; i += 2) {
            if (port >= bounds[i] && port <= bounds[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether every port of {@code other} is in this set. */
    public boolean containsAll(PortRangeSet other) {
        return other.minus(this).isEmpty();
    }

    /** How many ports the set holds. */
    public int size() {
        int n = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            n += bounds[i + 1] - bounds[i] + 1;
        }
        return n;
    }

    public PortRangeSet union(PortRangeSet other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<int[]> all = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            all.add(new int[] {bounds[i], bounds[i + 1]});
        }
        for (int i = 0; i < other.bounds.length; i += 2) {
            all.add(new int[] {other.bounds[i], other.bounds[i + 1]});
        }
        all.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : all) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        return fromPairs(merged);
    }

    public PortRangeSet intersect(PortRangeSet other) {
        List<int[]> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < bounds.length && j < other.bounds.length) {
            int lo = Math.max(bounds[i], other.bounds[j]);
            int hi = Math.min(bounds[i + 1], other.bounds[j + 1]);
            if (lo <= hi) {
                result.add(new int[] {lo, hi});
            }
            if (bounds[i + 1] < other.bounds[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return fromPairs(result);
    }

    /** The ports of this set that are not in {@code other}. */
    public PortRangeSet minus(PortRangeSet other) {
        return intersect(other.complement());
    }

    /** The ports 0–65535 not in this set. */
    public PortRangeSet complement() {
        List<int[]> result = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            if (bounds[i] > next) {
                result.add(new int[] {next, bounds[i] - 1});
            }
            next = bounds[i + 1] + 1;
        }
        if (next <= MAX_PORT) {
            result.add(new int[] {next, MAX_PORT});
        }
        return fromPairs(result);
    }

    /** The ranges, each as Azure writes one: {@code 22} or {@code 80-443}. */
    public List<String> ranges() {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            result.add(bounds[i] == bounds[i + 1] ? Integer.toString(bounds[i]) : bounds[i] + "-" + bounds[i + 1]);
        }
        return result;
    }

    private static PortRangeSet fromPairs(List<int[]> pairs) {
        if (pairs.isEmpty()) {
            return NONE;
        }
        int[] b = new int[pairs.size() * 2];
        for (int k = 0; k < pairs.size(); k++) {
            b[2 * k] = pairs.get(k)[0];
            b[2 * k + 1] = pairs.get(k)[1];
        }
        return new PortRangeSet(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortRangeSet other && Arrays.equals(bounds, other.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    /** {@code 22, 80-443}; {@code 0-65535} for all; {@code none} when empty. */
    @Override
    public String toString() {
        return isEmpty() ? "none" : String.join(", ", ranges());
    }
}
