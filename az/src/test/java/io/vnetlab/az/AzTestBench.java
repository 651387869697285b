package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** One emulated CLI and the checks the command tests share: a command that must succeed, its JSON, its result. */
final class AzTestBench {

    /** The id of resource group {@code rg} in the emulation's subscription. */
    static final String RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg";

    final Az az = Az.create();

    /** Runs {@code line}, split at spaces; a word {@code ''} is an empty value, as a shell passes it. */
    AzResult run(String line) {
        String[] words = line.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("''")) {
                words[i] = "";
            }
        }
        return az.run(words);
    }

    String ok(String line) {
        AzResult r = run(line);
        assertThat(r.err()).as(line).isEmpty();
        assertThat(r.exitCode()).as(line).isZero();
        return r.out();
    }

    JsonNode json(String line) {
        return Json.parse(ok(line));
    }
}
