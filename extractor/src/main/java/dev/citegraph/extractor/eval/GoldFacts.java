package dev.citegraph.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads gold facts from JSONL files, one fact a line, in the format of {@code corpus/gold/facts}. */
public final class GoldFacts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFacts() {
    }

    /**
     * The gold facts of the files, in order. A line that is not a gold fact fails with a one-line message naming
     * the file and the line.
     */
    public static List<GoldFact> read(List<Path> files) {
        List<GoldFact> facts = new ArrayList<>();
        for (Path file : files) facts.addAll(read(file));
        return facts;
    }

    public static List<GoldFact> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold facts " + file + ": " + e.getMessage()
                    + " (give a JSONL file of gold facts)", e);
        }
        List<GoldFact> facts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            try {
                facts.add(parse(JSON.readTree(lines.get(i))));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a gold fact (" + e.getMessage()
                        + "); each line must be a JSON object with id, doc, section, subject, predicate, object");
            }
        }
        return facts;
    }

    private static GoldFact parse(JsonNode n) {
        return new GoldFact(text(n, "id"), text(n, "doc"), text(n, "section"), text(n, "section_alt"),
                n.hasNonNull("page") ? n.get("page").asInt() : null, text(n, "table"),
                text(n, "subject"), strings(n, "aliases"), text(n, "predicate"), text(n, "object"),
                text(n, "object_kind"), n.hasNonNull("value") ? new BigDecimal(n.get("value").asText()) : null,
                text(n, "unit"), strings(n, "object_aliases"), qualifiers(n), text(n, "quote"));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        if (n.hasNonNull(field)) n.get(field).forEach(v -> out.add(v.asText()));
        return out;
    }

    private static Map<String, String> qualifiers(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n.hasNonNull("qualifiers")) n.get("qualifiers").fields().forEachRemaining(e -> out.put(e.getKey(),
                e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        return out;
    }
}
