package dev.citegraph.graph.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.graph.model.PageStart;
import dev.citegraph.graph.model.Table;

import java.util.List;

/**
 * The parts of a section that stores keep as JSON text rather than as graph structure: its page starts and its
 * tables. Neither is queried inside the store; both must come back exactly as written.
 */
public final class SectionLayout {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<PageStart>> PAGE_STARTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Table>> TABLES = new TypeReference<>() {
    };

    private SectionLayout() {
    }

    public static String pageStartsJson(List<PageStart> pageStarts) {
        return write(pageStarts);
    }

    public static String tablesJson(List<Table> tables) {
        return write(tables);
    }

    public static List<PageStart> pageStarts(String json) {
        return read(json, PAGE_STARTS);
    }

    public static List<Table> tables(String json) {
        return read(json, TABLES);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings and numbers always serialise", e);
        }
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null || json.isBlank()) return List.of();
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored section layout is not valid JSON: " + e.getOriginalMessage()
                    + "; rebuild the document with kg build", e);
        }
    }
}
