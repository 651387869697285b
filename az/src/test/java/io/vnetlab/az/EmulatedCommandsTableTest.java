package io.vnetlab.az;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmulatedCommandsTableTest {

    private static final Path PAGE = Path.of("..", "docs", "emulated-commands.md");

    @Test
    void the_emulated_commands_page_lists_exactly_what_the_registry_emulates() throws IOException {
        String generated = EmulatedCommandsTable.markdown(Registry.standard());
        if (Boolean.getBoolean("vnetlab.writeDocs")) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }
        assertThat(PAGE).as("docs/emulated-commands.md is stale: regenerate it as its header says").exists();
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("docs/emulated-commands.md is stale: regenerate it as its header says").isEqualTo(generated);
    }

    @Test
    void every_emulated_command_is_a_command_of_the_real_cli() {
        assertThat(Registry.standard().commands().keySet())
                .allSatisfy(name -> assertThat(AzureCliTable.standard().knows(name)).as(name).isTrue());
    }
}
