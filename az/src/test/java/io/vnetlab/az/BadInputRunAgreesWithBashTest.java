package io.vnetlab.az;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A small sample of hostile commands, as a script, run by {@code vnetlab run} ({@link ScriptRunner}) and by real
 * bash with {@code az} calling {@code bin/az}'s resident server on a state file: both print the same and end alike.
 * It runs where bash is installed.
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
        BashWithAz.Outcome bashed = BashWithAz.run(dir, "script.sh", SCRIPT);

        assertThat(new AzResult(bashed.exitCode(), bashed.out(), bashed.err())).isEqualTo(run);
        findings.assertKept();
    }
}
