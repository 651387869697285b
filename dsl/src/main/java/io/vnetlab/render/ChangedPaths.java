package io.vnetlab.render;

import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.Place;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.diff.FlowChange;
import io.vnetlab.diff.ReachabilityDiff;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The changed flows of a {@link ReachabilityDiff} as a Mermaid flowchart: each flow class that opened or closed is
 * drawn along the path it takes on the side where it gets through (after for an opened one, before for a closed
 * one), network by network — gateways as hexagons, sites and the Internet as rounded nodes, a flow within one network
 * as a loop on it — with opened paths green and closed ones red and dashed, each edge labelled with the traffic that
 * changed on it.
 *
 * <pre>{@code
 * String mermaid = ChangedPaths.mermaid(diff);
 * // flowchart LR
 * //   p0["spoke1"]
 * //   p1{{"hub-vpn"}}
 * //   p2(["OnPrem"])
 * //   p0 -->|"opened: any"| p1
 * //   ...
 * //   linkStyle 0,1 stroke:#2da44e,stroke-width:3px
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class ChangedPaths {

    private ChangedPaths() {
    }

    /** The flowchart text, without the Markdown code fence; a flowchart with no edge when nothing changed. */
    public static String mermaid(ReachabilityDiff diff) {
        Map<String, String> nodes = new LinkedHashMap<>();   // node text -> declaration
        Map<String, String> ids = new LinkedHashMap<>();     // place key -> node id
        Map<List<String>, Set<String>> opened = new LinkedHashMap<>();
        Map<List<String>, Set<String>> closed = new LinkedHashMap<>();
        for (FlowChange f : diff.flows()) {
            boolean isOpened = f.direction() == FlowChange.Direction.OPENED;
            List<String> path = path(isOpened ? f.after() : f.before(), ids, nodes);
            if (path.size() == 1) {
                path.add(path.get(0));   // a flow within one network: a loop on it, or the picture would not show it
            }
            for (int i = 0; i + 1 < path.size(); i++) {
                (isOpened ? opened : closed).computeIfAbsent(List.of(path.get(i), path.get(i + 1)),
                        k -> new LinkedHashSet<>()).add(DiffReport.traffic(f));
            }
        }
        StringBuilder out = new StringBuilder("flowchart LR\n");
        nodes.values().forEach(n -> out.append("  ").append(n).append('\n'));
        List<Integer> green = new ArrayList<>();
        List<Integer> red = new ArrayList<>();
        int link = 0;
        for (Map.Entry<List<String>, Set<String>> e : opened.entrySet()) {
            out.append("  ").append(e.getKey().get(0)).append(" -->|\"opened: ")
                    .append(String.join(", ", e.getValue())).append("\"| ").append(e.getKey().get(1)).append('\n');
            green.add(link++);
        }
        for (Map.Entry<List<String>, Set<String>> e : closed.entrySet()) {
            out.append("  ").append(e.getKey().get(0)).append(" -.->|\"closed: ")
                    .append(String.join(", ", e.getValue())).append("\"| ").append(e.getKey().get(1)).append('\n');
            red.add(link++);
        }
        style(out, green, "stroke:#2da44e,stroke-width:3px");
        style(out, red, "stroke:#cf222e,stroke-width:3px");
        return out.toString();
    }

    private static void style(StringBuilder out, List<Integer> links, String style) {
        if (!links.isEmpty()) {
            out.append("  linkStyle ").append(String.join(",", links.stream().map(String::valueOf).toList()))
                    .append(' ').append(style).append('\n');
        }
    }

    /** The node ids along a verdict's path, consecutive repeats removed. */
    private static List<String> path(Verdict verdict, Map<String, String> ids, Map<String, String> nodes) {
        List<String> path = new ArrayList<>();
        for (Hop hop : verdict.hops()) {
            add(path, hop.at(), ids, nodes);
            add(path, hop.next(), ids, nodes);
        }
        return path;
    }

    private static void add(List<String> path, Place place, Map<String, String> ids, Map<String, String> nodes) {
        if (place == null) {
            return;
        }
        String key;
        String shape;
        switch (place.kind()) {
            case GATEWAY -> {
                key = "g " + place.id();
                shape = "{{\"" + escape(place.id().name()) + "\"}}";
            }
            case SITE -> {
                key = "s " + place.id();
                shape = "([\"" + escape(place.id().name()) + "\"])";
            }
            case INTERNET -> {
                key = "internet";
                shape = "([\"Internet\"])";
            }
            default -> {
                ResourceId network = place.subnetId() != null ? place.subnetId().parent().orElse(place.subnetId())
                        : place.kind() == Place.Kind.NETWORK ? place.id() : null;
                if (network == null) {
                    return;   // an endpoint's own place: its network is already on the path
                }
                key = "n " + network;
                shape = "[\"" + escape(network.name()) + "\"]";
            }
        }
        String id = ids.computeIfAbsent(key, k -> "p" + ids.size());
        nodes.putIfAbsent(key, id + shape);
        if (path.isEmpty() || !path.get(path.size() - 1).equals(id)) {
            path.add(id);
        }
    }

    private static String escape(String text) {
        return text.replace("\"", "#quot;");
    }
}
