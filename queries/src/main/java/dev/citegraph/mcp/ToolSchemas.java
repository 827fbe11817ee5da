package dev.citegraph.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schemas of the tools' arguments and results. Every answering tool returns {@link #ANSWER}: rows under
 * columns, the facts behind each row, and the numbered citations (document, section, title, page, quote) the facts
 * point to; {@code get_section} returns {@link #SECTION}.
 */
final class ToolSchemas {
    private ToolSchemas() {
    }

    private static final Map<String, Object> STRING = Map.of("type", "string");
    private static final Map<String, Object> STRINGS = array(STRING);

    static final Map<String, Object> CITATION = object(ordered(
            "n", described("integer", "the number the text marks it with: [n]"),
            "document", described("string", "document id"),
            "section", described("string", "section number, 3.3.1; empty for front matter"),
            "title", described("string", "section title"),
            "page", Map.of("type", List.of("integer", "null"), "description", "printed page; null where the format has none"),
            "quote", described("string", "the report's words, verbatim"),
            "text", described("string", "the citation as one line: document §section title, p.page: \"quote\"")),
            List.of("n", "document", "section", "title", "page", "quote", "text"));

    static final Map<String, Object> FACT = object(ordered(
            "id", STRING,
            "subject", STRING,
            "predicate", STRING,
            "value", described("string", "the object as read, with unit and qualifiers"),
            "qualifiers", Map.of("type", "object", "additionalProperties", STRING),
            "citations", Map.of("type", "array", "items", Map.of("type", "integer"),
                    "description", "numbers of this fact's citations")),
            List.of("id", "subject", "predicate", "value", "qualifiers", "citations"));

    static final Map<String, Object> ANSWER = object(ordered(
            "kind", Map.of("type", "string", "enum", List.of("facts", "comparison", "aggregate", "listing",
                    "explanation", "search", "answer", "documents")),
            "columns", STRINGS,
            "rows", array(object(ordered(
                    "cells", STRINGS,
                    "facts", described(STRINGS, "ids of the facts behind the row"),
                    "cellFacts", described(array(STRINGS), "per cell, the ids of its facts (comparisons)")),
                    List.of("cells", "facts"))),
            "facts", array(FACT),
            "citations", array(CITATION),
            "explanation", Map.of("type", "object"),
            "question", STRING,
            "answer", STRING,
            "notInDocuments", Map.of("type", "boolean"),
            "query", STRING,
            "model", STRING),
            List.of("kind", "columns", "rows", "facts", "citations"));

    static final Map<String, Object> SECTION = object(ordered(
            "kind", Map.of("type", "string", "const", "section"),
            "document", STRING,
            "section", STRING,
            "title", STRING,
            "level", Map.of("type", "integer"),
            "pageStart", Map.of("type", List.of("integer", "null")),
            "pageEnd", Map.of("type", List.of("integer", "null")),
            "text", STRING,
            "truncated", Map.of("type", "boolean"),
            "tables", array(object(ordered(
                    "label", STRING,
                    "caption", STRING,
                    "page", Map.of("type", List.of("integer", "null")),
                    "rows", array(STRINGS)), List.of("label", "caption", "page", "rows"))),
            "citation", described("string", "how to cite the section: document §number title, pages")),
            List.of("kind", "document", "section", "title", "text", "tables", "citation"));

    static Map<String, Object> input(Map<String, Object> properties, List<String> required) {
        return object(properties, required);
    }

    static Map<String, Object> described(String type, String description) {
        return Map.of("type", type, "description", description);
    }

    static Map<String, Object> described(Map<String, Object> schema, String description) {
        Map<String, Object> out = new LinkedHashMap<>(schema);
        out.put("description", description);
        return out;
    }

    static Map<String, Object> array(Map<String, Object> items) {
        return Map.of("type", "array", "items", items);
    }

    static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "object");
        out.put("properties", properties);
        out.put("required", required);
        return out;
    }

    /** A map keeping the order given (key, value, key, value, ...), so schemas list properties as written. */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return out;
    }
}
