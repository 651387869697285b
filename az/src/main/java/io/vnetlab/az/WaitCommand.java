package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The CLI's generic {@code wait} of a resource ({@code az network vnet-gateway wait -g rg -n gw --created}), made from
 * its {@code show}: the same options, and the conditions {@code --created}, {@code --updated}, {@code --exists},
 * {@code --deleted} and {@code --custom JMESPATH}. vnetlab's changes are complete when their command returns, so the
 * answer is known at once: a condition that holds returns nothing, and one that cannot hold any more is answered as
 * the CLI answers when its wait runs out, without waiting (docs/azure/cli-and-network-watcher.md#wait).
 *
 * <pre>{@code
 * az network vnet-gateway create -g rg -n gw --vnet hub --public-ip-address gwip --no-wait
 * az network vnet-gateway wait -g rg -n gw --created      # returns at once, prints nothing
 * }</pre>
 */
final class WaitCommand implements AzCommand {

    private static final String DEFAULT_TIMEOUT = "3600";

    private final AzCommand show;

    WaitCommand(AzCommand show) {
        this.show = show;
    }

    public String name() {
        return show.name().substring(0, show.name().length() - "show".length()) + "wait";
    }

    public List<Param> params() {
        List<Param> params = new ArrayList<>(show.params());
        params.add(Param.flag("created", "--created"));
        params.add(Param.flag("updated", "--updated"));
        params.add(Param.flag("exists", "--exists"));
        params.add(Param.flag("deleted", "--deleted"));
        params.add(Param.value("custom", "--custom"));
        params.add(Param.value("interval", "--interval"));
        params.add(Param.value("timeout", "--timeout"));
        return params;
    }

    public boolean changesState() {
        return false;
    }

    public JsonNode run(Session s, Args a) {
        JsonNode resource;
        try {
            resource = Tags.show(show.run(s, a), s.topology().state());
        } catch (AzError missing) {
            if (missing.exitCode() != AzError.NOT_FOUND) {
                throw missing;
            }
            // the CLI keeps waiting on "not found" for these conditions, and fails at once for --updated alone
            if (a.flag("deleted")) {
                return null;
            }
            if (a.flag("created") || a.flag("exists") || a.has("custom")) {
                throw timedOut(a);
            }
            throw missing;
        }
        // every change vnetlab makes has succeeded when its command returns: provisioningState is Succeeded
        if (a.flag("created") || a.flag("updated") || a.flag("exists")) {
            return null;
        }
        if (a.has("custom") && truthy(Query.compile(a.required("custom")).search(resource))) {
            return null;
        }
        throw timedOut(a);
    }

    /** JMESPath's truth, as the CLI's {@code bool(...)} of the condition's value reads it. */
    private static boolean truthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        return value.size() > 0;
    }

    private static AzError timedOut(Args a) {
        String timeout = a.value("timeout").orElse(DEFAULT_TIMEOUT);
        return AzError.command("Wait operation timed-out after " + timeout + " seconds");
    }
}
