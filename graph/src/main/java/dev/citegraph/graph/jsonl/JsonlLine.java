package dev.citegraph.graph.jsonl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;
import java.util.Map;

/**
 * One line of a JSONL export, told apart by its {@code "type"}: the documents first, then their sections, then one
 * fact a line. Programs that want facts only keep the lines whose type is "fact".
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = JsonlLine.DocumentLine.class, name = "document"),
        @JsonSubTypes.Type(value = JsonlLine.SectionLine.class, name = "section"),
        @JsonSubTypes.Type(value = JsonlLine.FactLine.class, name = "fact")})
@JsonInclude(JsonInclude.Include.NON_NULL)
sealed interface JsonlLine {

    record DocumentLine(String id, String title, String sourcePath, String sha256, int pages) implements JsonlLine {
    }

    record SectionLine(String id, String document, String number, String title, int level, int pageStart,
                       int pageEnd, String parentId, String text, String pageStarts, String tables) implements JsonlLine {
    }

    /** {@code object} is what a person reads; {@code value} the exact decimal of a quantity, as text. */
    record FactLine(String id, String subject, EntityJson subjectEntity, String predicate, String surface,
                    String objectKind, String object, EntityJson objectEntity, String value, String unit,
                    Map<String, String> qualifiers, String status, String reason, String method,
                    List<CitationJson> citations) implements JsonlLine {
    }

    record EntityJson(String id, String name, String kind, List<String> aliases) {
    }

    record CitationJson(String document, String sectionId, String section, String sectionTitle, Integer page,
                        String quote, int start, int end) {
    }
}
