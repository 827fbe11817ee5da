package dev.citegraph.queries.query.render;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Citations as people read them, and footnote numbering for answers that cite many facts in one table. */
final class Citations {
    private Citations() {
    }

    /** {@code deepseek-v3 §3.3.1 Mixed Precision Framework, p.15: "..."}. */
    static String render(Citation citation) {
        return citation.documentId() + " " + citation.render();
    }

    static List<String> of(List<Fact> facts) {
        List<String> lines = new ArrayList<>();
        for (Fact fact : facts) {
            for (Citation c : fact.citations()) {
                String line = render(c);
                if (!lines.contains(line)) lines.add(line);
            }
        }
        return lines;
    }

    /** Numbers facts in order of first mention: [1], [2], ... */
    static final class Footnotes {
        private final Map<String, Integer> numbers = new LinkedHashMap<>();
        private final Map<String, Fact> facts = new LinkedHashMap<>();

        String mark(List<Fact> cited) {
            StringBuilder marks = new StringBuilder();
            for (Fact fact : cited) {
                int n = numbers.computeIfAbsent(fact.id(), id -> numbers.size() + 1);
                facts.putIfAbsent(fact.id(), fact);
                marks.append('[').append(n).append(']');
            }
            return marks.toString();
        }

        List<String> lines() {
            List<String> lines = new ArrayList<>();
            numbers.forEach((id, n) -> {
                for (String citation : of(List.of(facts.get(id)))) lines.add("[" + n + "] " + citation);
            });
            return lines;
        }
    }
}
