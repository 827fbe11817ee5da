package dev.citegraph.queries.answer.ask;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How an answer is written: text for people (answer, sources, what was left out), JSON for programs. */
public enum AnswerFormat {
    TEXT, JSON;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(Answer answer) {
        return this == TEXT ? text(answer) : json(answer);
    }

    private static String text(Answer answer) {
        StringBuilder out = new StringBuilder(answer.text()).append('\n');
        if (!answer.cited().isEmpty()) {
            out.append("\nSources:\n");
            for (Fact fact : answer.cited()) {
                for (Citation citation : fact.citations()) {
                    out.append("  [").append(fact.id()).append("] ").append(citation.documentId()).append(' ')
                            .append(citation.render()).append('\n');
                }
            }
        }
        List<CheckedSentence> dropped = answer.dropped();
        if (!dropped.isEmpty()) {
            out.append("\nLeft out of the answer (").append(dropped.size()).append(dropped.size() == 1
                    ? " sentence" : " sentences").append(" without support in the facts given):\n");
            for (CheckedSentence sentence : dropped) {
                out.append("  - ").append(sentence.text()).append(" (").append(reason(sentence)).append(")\n");
            }
        }
        return out.toString();
    }

    static String reason(CheckedSentence sentence) {
        return switch (sentence.verdict()) {
            case NO_CITATION -> "cites no fact";
            case UNKNOWN_FACT -> "cites " + String.join(", ", sentence.unknownIds()) + ", not among the facts given";
            case SUPPORTED -> "supported";
        };
    }

    private static String json(Answer answer) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("question", answer.question());
        root.put("answer", answer.text());
        root.put("notInDocuments", answer.notInDocuments());
        root.put("query", answer.query());
        root.put("model", answer.model());
        root.put("time", answer.time().toString());
        root.put("factsGiven", answer.factsGiven());
        List<Object> citations = new ArrayList<>();
        for (Fact fact : answer.cited()) {
            for (Citation citation : fact.citations()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("fact", fact.id());
                c.put("statement", FactCards.statement(fact));
                c.put("document", citation.documentId());
                c.put("section", citation.sectionNumber());
                c.put("sectionTitle", citation.sectionTitle());
                c.put("page", citation.page());
                c.put("quote", citation.quote());
                citations.add(c);
            }
        }
        root.put("citations", citations);
        List<Object> dropped = new ArrayList<>();
        for (CheckedSentence sentence : answer.dropped()) {
            dropped.add(Map.of("sentence", sentence.text(), "reason", reason(sentence)));
        }
        root.put("dropped", dropped);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer must serialise: " + e.getMessage(), e);
        }
    }
}
