package io.vnetlab.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vnetlab.Topology;
import io.vnetlab.arm.ArmDeployment;
import io.vnetlab.model.Region;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A {@link TopologyFactory} that deploys ARM templates from the class path, for
 * {@code @TestTopology(factory = ...)} of the JUnit extension: extend it, name the templates with
 * {@link ArmTemplate @ArmTemplate} (in deployment order), and the extension builds the topology once and hands each
 * test its own fork. Needs {@code io.vnetlab:vnetlab-arm} on the test class path (an optional dependency of this
 * module, so that only users of templates carry it).
 *
 * <pre>{@code
 * @ArmTemplate(value = "templates/prereq.json")
 * @ArmTemplate(value = "templates/peering.json", parameterValues = "allowForwardedTraffic=true")
 * public class PeeredNetworks extends ArmTopology {
 * }
 *
 * @VnetlabTest
 * class PeeringTemplateTest {
 *     @TestTopology(factory = PeeredNetworks.class)
 *     static Topology azure;
 * }
 * }</pre>
 *
 * <p>Override {@link #create()} (calling {@code super.create()}) to change the topology further after the
 * deployments.
 */
@API(status = STABLE, since = "0.1")
public abstract class ArmTopology implements TopologyFactory {

    /** Deploys the {@link ArmTemplate @ArmTemplate}s of this class, in order, into a new topology. */
    @Override
    public Topology create() {
        ArmTemplate[] templates = getClass().getAnnotationsByType(ArmTemplate.class);
        if (templates.length == 0) {
            throw new IllegalStateException(getClass().getName() + " names no template: annotate it with"
                    + " @ArmTemplate(\"templates/your-template.json\").");
        }
        Topology topology = Topology.create();
        for (ArmTemplate template : templates) {
            deploy(topology, template);
        }
        return topology;
    }

    private static void deploy(Topology topology, ArmTemplate template) {
        boolean exists = topology.resourceGroups().list().stream()
                .anyMatch(g -> g.name().equalsIgnoreCase(template.resourceGroup()));
        if (!exists) {
            topology.resourceGroups().define(template.resourceGroup()).withRegion(Region.fromName(template.location()))
                    .create();
        }
        ArmDeployment deployment = ArmDeployment.into(topology, template.resourceGroup())
                .templateResource(template.value());
        if (!template.parameters().isEmpty()) {
            deployment.parametersResource(template.parameters());
        }
        for (String pair : template.parameterValues()) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("@ArmTemplate(\"" + template.value() + "\") has parameter value '"
                        + pair + "'; write it as name=value.");
            }
            deployment.parameter(pair.substring(0, eq).trim(), value(pair.substring(eq + 1)));
        }
        if (!template.name().isEmpty()) {
            deployment.named(template.name());
        }
        deployment.deploy();
    }

    private static Object value(String text) {
        String t = text.trim();
        if (t.startsWith("[") || t.startsWith("{")) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(t);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Parameter value '" + text + "' starts like JSON but is not: "
                        + e.getOriginalMessage(), e);
            }
        }
        return text;
    }
}
