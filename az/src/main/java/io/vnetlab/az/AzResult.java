package io.vnetlab.az;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * What one {@code az} command (or one script) printed and how it ended, as the Azure CLI would: the standard
 * output, the standard error, and the exit code (0 success, 1 a service or command error, 2 a usage error, 3 a
 * resource that does not exist).
 *
 * <pre>{@code
 * AzResult r = az.run("network", "vnet", "show", "-g", "learn-rg", "-n", "SalesVNet", "--query", "id", "-o", "tsv");
 * r.exitCode();   // 0
 * r.out();        // "/subscriptions/.../virtualNetworks/SalesVNet\n"
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public record AzResult(int exitCode, String out, String err) {

    public AzResult {
        out = out == null ? "" : out;
        err = err == null ? "" : err;
    }

    public boolean succeeded() {
        return exitCode == 0;
    }
}
