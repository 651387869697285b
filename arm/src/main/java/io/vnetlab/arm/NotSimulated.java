package io.vnetlab.arm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The warnings that list what a deployment accepted without simulating: one per resource type, naming each
 * resource, so that nothing a template declares disappears unremarked (docs/azure/arm-templates.md#not-simulated).
 */
final class NotSimulated {

    private NotSimulated() {
    }

    static List<String> warnings(List<DeployedResource> resources) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (DeployedResource r : resources) {
            if (r.outcome() == DeployedResource.Outcome.NOT_SIMULATED) {
                byType.computeIfAbsent(r.type().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(r.type() + "\u0000" + r.id().name());
            }
        }
        List<String> warnings = new ArrayList<>();
        byType.values().forEach(entries -> {
            String type = entries.get(0).substring(0, entries.get(0).indexOf('\u0000'));
            List<String> names = entries.stream().map(e -> "'" + e.substring(e.indexOf('\u0000') + 1) + "'").toList();
            warnings.add(type + " " + String.join(", ", names) + ": not simulated; deployed as a record, with no"
                    + " effect on the network.");
        });
        return warnings;
    }
}
