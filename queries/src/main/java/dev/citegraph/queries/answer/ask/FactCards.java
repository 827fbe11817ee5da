package dev.citegraph.queries.answer.ask;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;

import java.util.List;
import java.util.stream.Collectors;

/** Facts written for a model to read and cite: one card per fact, its id first, its evidence after. */
public final class FactCards {
    private FactCards() {
    }

    /**
     * {@code [f-…] DeepSeek-V2 | has_total_parameters | 236B | (stage=pre-training)} and, indented, each citation as
     * {@code deepseek-v2 §3.1.2 Hyper-Parameters, p.12: "…"}.
     */
    public static String card(Fact fact) {
        StringBuilder card = new StringBuilder("[").append(fact.id()).append("] ")
                .append(statement(fact));
        for (Citation citation : fact.citations()) {
            card.append("\n    source: ").append(citation.documentId()).append(' ').append(citation.render());
        }
        return card.toString();
    }

    public static String cards(List<Fact> facts) {
        return facts.stream().map(FactCards::card).collect(Collectors.joining("\n"));
    }

    /** "DeepSeek-V2 | has_total_parameters | 236B (approximate=true)". */
    public static String statement(Fact fact) {
        String qualifiers = fact.qualifiers().isEmpty() ? "" : " (" + fact.qualifiers().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")) + ")";
        return fact.subject().name() + " | " + fact.predicate().name() + " | " + fact.object().display() + qualifiers;
    }
}
