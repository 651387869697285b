package io.vnetlab.dataplane;

import java.util.List;

/**
 * Plain-text tables in the Azure CLI's style (knack's table output through tabulate, AZURE-SEMANTICS §6.1.6): a
 * column is as wide as its header plus two, or its widest value if that is wider; a rule of dashes under each
 * header; columns separated by two spaces; trailing spaces trimmed. The Learn module's unit 4 output shows it:
 * {@code Source} heads 8 dashes, {@code Next Hop Type} 17 when a value is {@code VNetGlobalPeering}.
 */
public final class TextTable {

    /** tabulate's MIN_PADDING: what a header gets beyond its own width. */
    private static final int HEADER_PADDING = 2;

    private TextTable() {
    }

    public static String render(List<String> headers, List<String[]> rows) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length() + HEADER_PADDING;
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i] == null ? 0 : row[i].length());
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

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cells[i] == null ? "" : cells[i];
            line.append(cell);
            if (i < widths.length - 1) {
                line.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
