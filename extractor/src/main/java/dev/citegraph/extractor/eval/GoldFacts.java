package dev.citegraph.extractor.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
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
    private static final List<String> REQUIRED = List.of("id", "doc", "subject", "predicate", "object");

    private GoldFacts() {
    }

    /**
     * The gold facts of the files, in order.
     *
     * @throws GoldFileException a line is not a gold fact
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
            if (!lines.get(i).isBlank()) facts.add(parse(lines.get(i), file + ":" + (i + 1)));
        }
        return facts;
    }

    private static GoldFact parse(String line, String where) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw notAGoldFact(where, e.getOriginalMessage());
        }
        for (String field : REQUIRED) if (!n.hasNonNull(field)) throw notAGoldFact(where, "no " + field);
        return new GoldFact(text(n, "id"), text(n, "doc"), text(n, "section"), text(n, "section_alt"),
                n.hasNonNull("page") ? n.get("page").asInt() : null, text(n, "table"),
                text(n, "subject"), strings(n, "aliases"), text(n, "predicate"), text(n, "object"),
                text(n, "object_kind"), value(n, where), text(n, "unit"), strings(n, "object_aliases"),
                qualifiers(n), text(n, "quote"));
    }

    private static BigDecimal value(JsonNode n, String where) {
        if (!n.hasNonNull("value")) return null;
        try {
            return new BigDecimal(n.get("value").asText());
        } catch (NumberFormatException e) {
            throw notAGoldFact(where, "value '" + n.get("value").asText() + "' is not a number");
        }
    }

    private static GoldFileException notAGoldFact(String where, String why) {
        return new GoldFileException(where + ": not a gold fact (" + why
                + "); each line must be a JSON object with id, doc, section, subject, predicate, object");
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
