package io.vnetlab.az;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A small sample of hostile commands, as a script, run by {@code vnetlab run} ({@link ScriptRunner}) and by real
 * bash with {@code az} calling {@code bin/az}'s entry point on a state file: both print the same and end alike.
 * Each bash command starts a JVM, so the sample stays small; it runs where bash is installed.
 */
class BadInputRunAgreesWithBashTest {

    private static final String SCRIPT = """
            az group create -n rg -l westeurope --query name -o tsv
            az network vnet create -g rg -n hub --address-prefixes 10.0.0.0/16 --subnet-name app --subnet-prefixes 10.0.1.0/24 --query newVNet.name -o tsv
            az network vnet subnet update -g rg --vnet-name hub -n app --network-security-group nope
            az network vnet list -g rg --query "[].subnets[].networkSecurityGroup" -o json
            """;

    @TempDir
    Path dir;

    @Test
    void a_hostile_script_prints_and_ends_the_same_under_run_and_under_bash() throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "bash is not installed");
        Findings findings = new Findings("run and bash agree");
        findings.countCase();

        AzResult run = new ScriptRunner(Az.create()).run(SCRIPT);
        Process process = bash(bash).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();

        assertThat(new AzResult(exit, out, err)).isEqualTo(run);
        findings.assertKept();
    }

    /** bash running the script with {@code az} on its PATH: a shim into this JVM's class path and state file. */
    private ProcessBuilder bash(Path bash) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path az = bin.resolve("az");
        String java = ProcessHandle.current().info().command().orElse("java");
        // a quick-starting JVM: each command is one
        Files.writeString(az, "#!/bin/bash\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC " + AzMain.class.getName() + " az \"$@\"\n", StandardCharsets.UTF_8);
        assertThat(az.toFile().setExecutable(true)).isTrue();
        Path script = Files.writeString(dir.resolve("script.sh"), SCRIPT, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(List.of(bash.toString(), script.toString())).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("VNETLAB_STATE", dir.resolve("state.json").toString());
        return builder;
    }
}
