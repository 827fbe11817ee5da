package dev.citegraph.queries.query.saved;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query kept in a {@code .kgq} file. The file is a valid query: its header is comments. The first comment lines
 * describe it; {@code # param NAME: what it is} declares a parameter, {@code # param NAME = VALUE: ...} with a
 * default.
 * <pre>
 * # Training cost of a model, by stage.
 * # param model = DeepSeek-V3: the model
 * match $model training_cost ?cost order by ?cost desc
 * </pre>
 */
public record SavedQuery(String name, String description, Map<String, Param> params, String text, String origin) {
    private static final Pattern PARAM = Pattern.compile(
            "#\\s*param\\s+([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=\\s*([^:]*?))?\\s*(?::\\s*(.*))?");

    /** A declared parameter: its description and default value (empty when it must be given). */
    public record Param(String name, String description, String defaultValue) {
    }

    public SavedQuery {
        Objects.requireNonNull(name, "name");
        params = Map.copyOf(params);
    }

    public static SavedQuery parse(String name, String text, String origin) {
        List<String> description = new ArrayList<>();
        Map<String, Param> params = new LinkedHashMap<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (!line.startsWith("#")) {
                if (line.isEmpty()) continue;
                break;
            }
            Matcher param = PARAM.matcher(line);
            if (param.matches()) {
                String value = param.group(2) == null ? "" : param.group(2).strip();
                params.put(param.group(1).toLowerCase(java.util.Locale.ROOT), new Param(param.group(1),
                        param.group(3) == null ? "" : param.group(3).strip(), value));
            } else if (params.isEmpty()) {
                description.add(line.substring(1).strip());
            }
        }
        return new SavedQuery(name, String.join(" ", description).strip(), params, text, origin);
    }

    /** The parameters given, with defaults for those left out. */
    public Map<String, String> withDefaults(Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        params.values().forEach(p -> {
            if (!p.defaultValue().isEmpty()) values.put(p.name().toLowerCase(java.util.Locale.ROOT), p.defaultValue());
        });
        given.forEach((k, v) -> values.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return values;
    }
}
