package io.vnetlab.az;

import io.vnetlab.controlplane.LoadBalancerRequest;
import io.vnetlab.controlplane.LoadBalancerRequest.Probe;
import io.vnetlab.model.LoadBalancer;

import java.util.List;
import java.util.Optional;

/**
 * {@code az network lb probe create|show|list|update|delete} (docs/azure/load-balancers.md#health-probes). The
 * interval and thresholds are recorded (docs/azure/load-balancers.md#rule-settings); health is decided by the NSGs
 * the probe crosses.
 */
final class LbProbeCommands extends LbPart<Probe> {

    static List<AzCommand> commands() {
        return LbPartCommands.of(new LbProbeCommands());
    }

    LbProbeCommands() {
        super("probe", "probes", LoadBalancerRequest::probes, LoadBalancerRequest::withProbes, Probe::name);
    }

    public List<Param> params() {
        return List.of(Param.value("protocol", "--protocol").choices("Http", "Https", "Tcp").mandatory(),
                Param.value("port", "--port").mandatory(),
                Param.value("path", "--path", "--request-path").emptyMeansNone(),
                Param.value("interval", "--interval", "--interval-in-seconds"),
                Param.value("threshold", "--threshold", "--number-of-probes"),
                Param.value("probe_threshold", "--probe-threshold"));
    }

    public Probe build(Session s, Args a, LoadBalancer lb, String name, Optional<Probe> existing) {
        return new Probe(name, a.value("protocol").orElseGet(() -> existing.map(Probe::protocol).orElse("Tcp")),
                LbPartCommands.number(a, "port", "--port", existing.map(Probe::port).orElse(0)),
                // --path "" takes the path away, as a TCP probe has none
                a.has("path") ? a.value("path").filter(p -> !p.isEmpty()).orElse(null)
                        : existing.map(Probe::requestPath).orElse(null),
                LbPartCommands.number(a, "interval", "--interval", existing.map(Probe::intervalInSeconds)
                        .orElse(LoadBalancer.Probe.DEFAULT_INTERVAL_IN_SECONDS)),
                LbPartCommands.number(a, "threshold", "--threshold", existing.map(Probe::numberOfProbes)
                        .orElse(LoadBalancer.Probe.DEFAULT_NUMBER_OF_PROBES)),
                LbPartCommands.number(a, "probe_threshold", "--probe-threshold", existing.map(Probe::probeThreshold)
                        .orElse(LoadBalancer.Probe.DEFAULT_PROBE_THRESHOLD)));
    }

    @Override
    List<GenericUpdate.Property> editable() {
        return List.of(GenericUpdate.Property.scalar("protocol", "protocol"),
                GenericUpdate.Property.scalar("port", "port"), GenericUpdate.Property.scalar("requestPath", "path"),
                GenericUpdate.Property.scalar("intervalInSeconds", "interval"),
                GenericUpdate.Property.scalar("numberOfProbes", "threshold"),
                GenericUpdate.Property.scalar("probeThreshold", "probe_threshold"));
    }
}
