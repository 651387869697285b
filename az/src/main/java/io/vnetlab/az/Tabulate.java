package io.vnetlab.az;

import java.util.List;

/**
 * The "simple" table format of the {@code tabulate} package as knack calls it ({@code disable_numparse=True}, so
 * every column is left-aligned): each column is as wide as its widest cell or its header plus two (tabulate's
 * {@code MIN_PADDING}), columns are separated by two spaces, a line of dashes follows the header, and each line's
 * trailing spaces are stripped. The Learn module's tables show it: {@code Source} heads a column of 8 dashes.
 */
final class Tabulate {

    private static final int MIN_PADDING = 2;

    private Tabulate() {
    }

    static String simple(List<String> headers, List<String[]> rows) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length() + MIN_PADDING;
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
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
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append(cells[i]).append(" ".repeat(widths[i] - cells[i].length()));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
