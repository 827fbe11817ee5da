package dev.citegraph.mcp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A tool call's arguments as JSON gave them, read with checks that name the argument at fault. */
record Arguments(Map<String, Object> values) {

    String string(String name) {
        return optionalString(name).orElseThrow(() -> new ArgumentException(name + " is required"));
    }

    Optional<String> optionalString(String name) {
        Object value = values.get(name);
        if (value == null) return Optional.empty();
        if (!(value instanceof String text)) throw new ArgumentException(name + " must be a string");
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    int integer(String name, int fallback, int min, int max) {
        Object value = values.get(name);
        if (value == null) return fallback;
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            throw new ArgumentException(name + " must be a whole number");
        }
        long n = number.longValue();
        if (n < min || n > max) throw new ArgumentException(name + " must be between " + min + " and " + max);
        return (int) n;
    }

    List<String> strings(String name) {
        List<String> list = optionalStrings(name);
        if (list.isEmpty()) throw new ArgumentException(name + " is required: a list of strings");
        return list;
    }

    List<String> optionalStrings(String name) {
        Object value = values.get(name);
        if (value == null) return List.of();
        if (!(value instanceof List<?> list)) throw new ArgumentException(name + " must be a list of strings");
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String text)) throw new ArgumentException(name + " must be a list of strings");
            if (!text.isBlank()) out.add(text.strip());
        }
        return out;
    }

    /** Query parameters by lower-cased name; numbers and booleans are given as text, the way the CLI takes them. */
    Map<String, String> parameters(String name) {
        Object value = values.get(name);
        if (value == null) return Map.of();
        if (!(value instanceof Map<?, ?> map)) throw new ArgumentException(name + " must be an object of name: value");
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            String key = String.valueOf(k).replaceFirst("^\\$", "").toLowerCase(Locale.ROOT);
            if (v instanceof String text) out.put(key, text);
            else if (v instanceof Number number) out.put(key, new BigDecimal(number.toString()).toPlainString());
            else if (v instanceof Boolean bool) out.put(key, bool.toString());
            else throw new ArgumentException(name + "." + k + " must be a string or a number");
        });
        return out;
    }
}
