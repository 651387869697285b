package io.vnetlab.az;

import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.ResourceId;

import java.util.Optional;
import java.util.function.Function;

/**
 * The options the rules of a load balancer share ({@code az network lb rule}, {@code inbound-nat-rule},
 * {@code outbound-rule}), and how a load-balancing rule and an inbound NAT rule read the ones that send a frontend's
 * port to a backend port (docs/azure/load-balancers.md#inbound-nat-rules), and the settings both record
 * (docs/azure/load-balancers.md#rule-settings): an update keeps what it does not give.
 */
final class LbRuleOptions {

    static final Param PROTOCOL = Param.value("protocol", "--protocol").choices("All", "Tcp", "Udp").mandatory();
    static final Param FRONTEND_PORT = Param.value("frontend_port", "--frontend-port").mandatory();
    static final Param BACKEND_PORT = Param.value("backend_port", "--backend-port").mandatory();
    static final Param FRONTEND_IP = Param.value("frontend_ip", "--frontend-ip-name", "--frontend-ip");
    static final Param FLOATING_IP = Param.bool("floating_ip", "--floating-ip", "--enable-floating-ip");
    static final Param IDLE_TIMEOUT = Param.value("idle_timeout", "--idle-timeout", "--idle-timeout-in-minutes");
    static final Param TCP_RESET = Param.bool("tcp_reset", "--enable-tcp-reset");

    private LbRuleOptions() {
    }

    /** The frontend given, else the rule's own on an update, else the load balancer's only one (as the CLI does). */
    static <R> ResourceId frontend(Args a, LoadBalancer lb, Optional<R> existing, Function<R, ResourceId> frontendOf) {
        return a.has("frontend_ip") || existing.isEmpty() ? LoadBalancerCommands.frontend(lb, a.value("frontend_ip"))
                : frontendOf.apply(existing.get());
    }

    static String protocol(Args a, Optional<String> existing) {
        return a.value("protocol").orElseGet(() -> existing.orElse(null));
    }

    static int frontendPort(Args a, Optional<Integer> existing) {
        return LbPartCommands.number(a, "frontend_port", "--frontend-port", existing.orElse(0));
    }

    static int backendPort(Args a, Optional<Integer> existing) {
        return LbPartCommands.number(a, "backend_port", "--backend-port", existing.orElse(0));
    }

    /** The idle timeout given, else the rule's own on an update, else Azure's default. */
    static int idleTimeout(Args a, Optional<Integer> existing) {
        return LbPartCommands.number(a, "idle_timeout", "--idle-timeout",
                existing.orElse(LoadBalancer.DEFAULT_IDLE_TIMEOUT_IN_MINUTES));
    }

    static boolean floatingIp(Args a, Optional<Boolean> existing) {
        return LbPartCommands.bool(a, "floating_ip", existing.orElse(false));
    }

    static boolean tcpReset(Args a, Optional<Boolean> existing) {
        return LbPartCommands.bool(a, "tcp_reset", existing.orElse(false));
    }
}
