package io.vnetlab.katas;

import io.vnetlab.Topology;
import io.vnetlab.diagram.MermaidDiagram;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kata's text shows the picture of its starting topology, links Microsoft's docs and says how to run it, with
 * the script and with Maven alone.
 */
class KataTextsTest {

    private static final Map<String, Supplier<Topology>> STARTS = Map.of(
            "01-peer-two-networks.md", Start::twoNetworks,
            "02-peering-is-not-transitive.md", Start::learnModule,
            "03-global-peering.md", Start::twoRegions,
            "04-overlapping-address-spaces.md", Start::overlapping,
            "05-resize-and-sync.md", Start::resized,
            "06-gateway-transit.md", Start::gatewayHub,
            "07-forwarded-traffic-through-an-appliance.md", Start::applianceHub,
            "08-route-preference.md", Start::competingRoutes,
            "09-nsg-service-tags.md", Start::researchWithAzCliDefaults);

    @Test
    void every_kata_text_shows_its_topology_links_the_docs_and_says_how_to_run_it_with_the_script_and_with_maven() throws IOException {
        for (Map.Entry<String, Supplier<Topology>> kata : STARTS.entrySet()) {
            String text = Files.readString(Path.of(kata.getKey()));
            int number = Integer.parseInt(kata.getKey().substring(0, 2));
            assertThat(text).as(kata.getKey())
                    .contains(MermaidDiagram.markdown(kata.getValue().get().state()))
                    .contains("https://learn.microsoft.com/")
                    .contains("./vnetlab kata " + number)
                    .contains(String.format("-Dvnetlab.katas=learner -Dtest=K%02d*Test", number))
                    .startsWith("# Kata " + number + ": ");
        }
    }
}
