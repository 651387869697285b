package io.vnetlab.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Azure CLI's {@code -o table} layout, line by line. */
class CliTableTest {

    @Test
    void a_column_is_its_header_plus_two_or_its_widest_cell() {
        String table = CliTable.render(List.of("Name", "Prefix"), List.of(
                new String[] {"app", "10.0.0.0/24"},
                new String[] {"GatewaySubnet", "10.0.255.0/27"}));

        assertThat(table).isEqualTo("""
                Name           Prefix
                -------------  -------------
                app            10.0.0.0/24
                GatewaySubnet  10.0.255.0/27
                """);
    }

    @Test
    void a_missing_or_empty_cell_is_blank_and_no_line_ends_in_spaces() {
        String table = CliTable.render(List.of("Source", "Next Hop IP", "State"), List.of(
                new String[] {"Default", null, "Active"},
                new String[] {"User", "10.0.1.4", ""}));

        assertThat(table).isEqualTo("Source    Next Hop IP    State\n"
                + "--------  -------------  -------\n"
                + "Default" + " ".repeat(18) + "Active\n"
                + "User      10.0.1.4\n");
    }

    @Test
    void widths_are_display_columns_wide_characters_two_combining_marks_none_one_per_code_point() {
        String table = CliTable.render(List.of("Name", "Reachable"), List.of(
                new String[] {"東京", "✅"},
                new String[] {"cafe\u0301", "❌"},
                new String[] {"\uD835\uDD38", "-"}));

        assertThat(table).isEqualTo("Name    Reachable\n"
                + "------  -----------\n"
                + "東京    ✅\n"
                + "cafe\u0301    ❌\n"
                + "\uD835\uDD38       -\n");
    }

    @Test
    void a_table_without_rows_is_its_header_and_rule() {
        assertThat(CliTable.render(List.of("A", "Bc"), List.of())).isEqualTo("A    Bc\n---  ----\n");
    }

    @Test
    void cells_are_stripped_of_surrounding_whitespace_as_tabulate_strips_them() {
        String table = CliTable.render(List.of("Key", "V"), List.<String[]>of(new String[] {"  padded  ", "x"}));

        assertThat(table).isEqualTo("Key     V\n------  ---\npadded  x\n");
    }
}
