package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.Topology;
import io.vnetlab.model.Subscription;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code az account show|set}. The simulator is always signed in, to tenant {@link Topology#DEFAULT_TENANT_ID}
 * with subscription {@link Topology#DEFAULT_SUBSCRIPTION_ID}; {@code az account set} to a subscription id it has
 * not seen adds that subscription (a script written for two subscriptions then runs unchanged).
 */
final class AccountCommands {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

    private AccountCommands() {
    }

    static final class Show implements AzCommand {
        public String name() {
            return "account show";
        }

        public List<Param> params() {
            return List.of(Param.value("name", "--name", "-n", "--subscription", "-s"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            Subscription sub = a.value("name").map(n -> find(s, n))
                    .orElseGet(() -> s.topology().state().subscription(s.topology().currentSubscriptionId()).orElseThrow());
            return Shapes.account(sub, sub.tenantId());
        }
    }

    static final class Set implements AzCommand {
        public String name() {
            return "account set";
        }

        public List<Param> params() {
            return List.of(Param.value("account", "--subscription", "-s", "--name", "-n").mandatory());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String wanted = a.required("account");
            Subscription sub = s.topology().state().subscriptions().stream()
                    .filter(x -> x.id().equalsIgnoreCase(wanted) || x.name().equalsIgnoreCase(wanted)).findFirst()
                    .orElse(null);
            if (sub == null && GUID.matcher(wanted).matches()) {
                sub = s.topology().subscriptions().add(wanted, wanted, Topology.DEFAULT_TENANT_ID);
            }
            if (sub == null) {
                throw AzError.command("The subscription of '" + wanted + "' doesn't exist in cloud 'AzureCloud'.");
            }
            s.topology().useSubscription(sub.id());
            return null;
        }
    }

    static Subscription find(Session s, String wanted) {
        return s.topology().state().subscriptions().stream()
                .filter(x -> x.id().equalsIgnoreCase(wanted) || x.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> AzError.command("Subscription '" + wanted + "' not found. Check the spelling and"
                        + " casing and try again."));
    }
}
