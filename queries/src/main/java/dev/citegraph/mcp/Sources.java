package dev.citegraph.mcp;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.queries.query.FactValues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts an answer cites and their citations, numbered in order of first mention: [1], [2], ... The text marks
 * cells with the numbers and lists the sources under them; the structured content gives each fact its citation numbers
 * and each number its document, section, page and quote, so text and structure name the same sources.
 */
final class Sources {
    private final Map<String, Fact> facts = new LinkedHashMap<>();
    private final Map<Citation, Integer> numbers = new LinkedHashMap<>();

    /** Adds the facts and returns their citation marks, "[1][2]", or "" when they cite nothing. */
    String mark(List<Fact> cited) {
        StringBuilder marks = new StringBuilder();
        for (int n : numbersOf(cited)) marks.append('[').append(n).append(']');
        return marks.toString();
    }

    /** Adds the facts and returns their citation numbers, without repeats. */
    List<Integer> numbersOf(List<Fact> cited) {
        List<Integer> out = new ArrayList<>();
        for (Fact fact : cited) {
            facts.putIfAbsent(fact.id(), fact);
            for (Citation c : fact.citations()) {
                int n = numbers.computeIfAbsent(c, k -> numbers.size() + 1);
                if (!out.contains(n)) out.add(n);
            }
        }
        return out;
    }

    /** The text with each {@code [f-...]} id of a fact added here replaced by that fact's citation marks. */
    String withMarks(String text) {
        String out = text;
        for (Fact fact : facts.values()) {
            StringBuilder marks = new StringBuilder();
            fact.citations().stream().map(numbers::get).distinct().forEach(n -> marks.append('[').append(n).append(']'));
            out = out.replace("[" + fact.id() + "]", marks.toString());
        }
        return out;
    }

    boolean isEmpty() {
        return numbers.isEmpty();
    }

    /** "[1] deepseek-v3 §1 Introduction, p.1: "..."", one line per citation. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        numbers.forEach((citation, n) -> lines.add("[" + n + "] " + render(citation)));
        return lines;
    }

    List<Map<String, Object>> factsStructured() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Fact fact : facts.values()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", fact.id());
            node.put("subject", fact.subject().name());
            node.put("predicate", fact.predicate().name());
            node.put("value", FactValues.display(fact));
            node.put("qualifiers", new LinkedHashMap<>(fact.qualifiers()));
            node.put("citations", fact.citations().stream().map(numbers::get).distinct().toList());
            out.add(node);
        }
        return out;
    }

    List<Map<String, Object>> citationsStructured() {
        List<Map<String, Object>> out = new ArrayList<>();
        numbers.forEach((c, n) -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("n", n);
            node.put("document", c.documentId());
            node.put("section", c.sectionNumber());
            node.put("title", c.sectionTitle());
            node.put("page", c.page());
            node.put("quote", c.quote());
            node.put("text", render(c));
            out.add(node);
        });
        return out;
    }

    static String render(Citation citation) {
        return citation.documentId() + " " + citation.render();
    }
}
