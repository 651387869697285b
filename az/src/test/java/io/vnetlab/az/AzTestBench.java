package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** One emulated CLI and the checks the command tests share: a command that must succeed, its JSON, its result. */
final class AzTestBench {

    final Az az = Az.create();

    AzResult run(String line) {
        return az.run(line.split(" "));
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
