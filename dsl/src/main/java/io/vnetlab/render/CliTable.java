package io.vnetlab.render;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Plain-text tables as the Azure CLI prints {@code -o table}: knack hands the rows to tabulate's {@code simple}
 * format with number parsing off, so every column is left-aligned. A column is as wide as its header plus two
 * (tabulate's minimum padding) or its widest cell if that is wider; a rule of dashes runs under each header;
 * columns are separated by two spaces; cells are stripped of surrounding whitespace and each line of trailing
 * spaces; a missing ({@code null}) cell is empty. Widths are display columns, as tabulate measures them with
 * {@code wcwidth}: an East Asian wide character or an emoji takes two, a combining mark none.
 *
 * <pre>{@code
 * CliTable.render(List.of("Source", "State"), List.of(new String[] {"Default", "Active"}));
 * // Source    State
 * // --------  -------
 * // Default   Active
 * }</pre>
 *
 * The effective routes of unit 4 of the peering Learn module show the format
 * (<a href="https://learn.microsoft.com/training/modules/integrate-vnets-with-vnet-peering/">Connect services by
 * using virtual network peering</a>): {@code Source} heads a column of 8 dashes.
 */
@API(status = INTERNAL, since = "0.1")
public final class CliTable {

    /** tabulate's MIN_PADDING: what a header gets beyond its own width. */
    private static final int HEADER_PADDING = 2;
    private static final String SEPARATOR = "  ";

    private CliTable() {
    }

    /** The table, each line (header, rule, one per row) ending in a newline. */
    public static String render(List<String> headers, List<String[]> rows) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = DisplayWidth.of(headers.get(i)) + HEADER_PADDING;
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(cell(row, i)));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers.toArray(new String[0]), widths);
        String[] rule = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        line(out, rule, widths);
        for (String[] row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static String cell(String[] row, int column) {
        return column < row.length && row[column] != null ? row[column].strip() : "";
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cell(cells, i);
            if (i > 0) {
                line.append(SEPARATOR);
            }
            line.append(cell).append(" ".repeat(widths[i] - DisplayWidth.of(cell)));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
