package io.vnetlab.az;

import io.vnetlab.render.CliTable;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The CLI's output formats (knack {@code output.py}): {@code json} and {@code jsonc} (colour only on a terminal,
 * which a script never is), {@code yaml}, {@code table}, {@code tsv} and {@code none}.
 */
final class Output {

    static final List<String> FORMATS = List.of("json", "jsonc", "none", "table", "tsv", "yaml", "yamlc");
    private static final Set<String> SKIP_KEYS = Set.of("id", "type", "etag");

    private Output() {
    }

    /**
     * Formats a command's result. {@code transformer} is the command's table transformer, used only for
     * {@code table} and only when no {@code --query} is active, as knack does.
     */
    static String format(JsonNode result, String format, boolean queryActive, UnaryOperator<JsonNode> transformer) {
        switch (format) {
            case "json":
            case "jsonc":
                return Json.cliText(result);
            case "yaml":
            case "yamlc":
                return Yaml.dump(result);
            case "none":
                return "";
            case "tsv":
                return tsv(result, queryActive);
            default:
                return table(result, queryActive, transformer);
        }
    }

    // ------------------------------------------------------------------ table (knack _TableOutput + tabulate)

    static String table(JsonNode result, boolean queryActive, UnaryOperator<JsonNode> transformer) {
        JsonNode data = result;
        if (transformer != null && !queryActive) {
            data = transformer.apply(result);
        }
        boolean sortKeys = !queryActive && transformer == null;
        List<JsonNode> items = new ArrayList<>();
        if (data.isArray()) {
            data.forEach(items::add);
        } else {
            items.add(data);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode item : items) {
            rows.add(row(item, sortKeys));
        }
        if (rows.isEmpty()) {
            return "\n";
        }
        Set<String> headers = new LinkedHashSet<>();
        rows.forEach(r -> headers.addAll(r.keySet()));
        if (headers.isEmpty()) {
            throw AzError.command("Table output unavailable. Use the --query option to specify an appropriate query."
                    + " Use --debug for more info.");
        }
        List<String> header = new ArrayList<>(headers);
        List<String[]> cells = new ArrayList<>();
        for (Map<String, String> r : rows) {
            String[] line = new String[header.size()];
            for (int i = 0; i < line.length; i++) {
                line[i] = r.getOrDefault(header.get(i), "");
            }
            cells.add(line);
        }
        return CliTable.render(header, cells);
    }

    private static Map<String, String> row(JsonNode item, boolean sortKeys) {
        Map<String, String> row = new LinkedHashMap<>();
        if (item.isObject()) {
            List<String> keys = Json.keys(item);
            if (sortKeys) {
                keys.sort(null);
            }
            for (String k : keys) {
                JsonNode v = item.get(k);
                if (SKIP_KEYS.contains(k) || v.isNull() || v.isContainerNode()) {
                    continue;
                }
                row.put(k.isEmpty() ? k : Character.toUpperCase(k.charAt(0)) + k.substring(1), Json.pythonStr(v));
            }
        } else if (item.isArray()) {
            int col = 1;
            for (JsonNode v : item) {
                row.put("Column" + col++, Json.pythonStr(v));
            }
        } else {
            row.put("Result", Json.pythonStr(item));
        }
        return row;
    }

    // ------------------------------------------------------------------ tsv (knack _TsvOutput)

    static String tsv(JsonNode result, boolean queryActive) {
        List<JsonNode> items = new ArrayList<>();
        if (result.isArray()) {
            result.forEach(items::add);
        } else {
            items.add(result);
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode item : items) {
            if (item.isObject()) {
                List<String> keys = Json.keys(item);
                if (!queryActive) {
                    keys.sort(null);
                }
                List<String> cells = new ArrayList<>();
                for (String k : keys) {
                    cells.add(tsvCell(item.get(k)));
                }
                out.append(String.join("\t", cells));
            } else if (item.isArray()) {
                List<String> cells = new ArrayList<>();
                item.forEach(v -> cells.add(tsvCell(v)));
                out.append(String.join("\t", cells));
            } else if (item.isBoolean()) {
                out.append(item.booleanValue() ? "true" : "false");
            } else {
                out.append(tsvCell(item));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String tsvCell(JsonNode v) {
        if (v.isArray()) {
            return String.valueOf(v.size());
        }
        if (v.isObject()) {
            return "";
        }
        return Json.pythonStr(v);
    }
}
