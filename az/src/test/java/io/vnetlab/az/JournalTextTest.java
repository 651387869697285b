package io.vnetlab.az;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal's text, written without the JSON library, is what the JSON library writes. */
class JournalTextTest {

    private static String viaJackson(List<List<String>> commands) {
        ObjectNode root = Json.object();
        root.put("format", StateFile.FORMAT);
        ArrayNode list = root.putArray("commands");
        commands.forEach(c -> list.add(Json.strings(c)));
        return Json.cliText(root);
    }

    @Test
    void an_empty_journal_is_written_as_the_json_library_writes_it() {
        assertThat(JournalText.of(StateFile.FORMAT, List.of())).isEqualTo(viaJackson(List.of()));
    }

    @Test
    void words_with_quotes_escapes_control_characters_and_unicode_are_written_as_the_json_library_writes_them() {
        List<List<String>> commands = List.of(
                List.of("group", "create", "-n", "rg", "-l", "westeurope"),
                List.of("network", "nsg", "rule", "create", "--description", "say \"hi\" \\ back\nthen\ttab\r\b\f"),
                List.of("group", "create", "-n", "ünïcödé-€-𝄞", "--tags", "a=\u0001\u001f\u007f"),
                List.of("x", ""));

        assertThat(JournalText.of(StateFile.FORMAT, commands)).isEqualTo(viaJackson(commands));
    }
}
