package dev.citegraph.queries.answer.ask;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.queries.query.Answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The verified facts behind a query's answer, whatever its kind, each once, in the order the answer gives them. */
final class QueryAnswerFacts implements Answer.Visitor<List<Fact>> {

    static List<Fact> of(Answer answer) {
        return answer.accept(new QueryAnswerFacts());
    }

    @Override
    public List<Fact> visitFactRows(Answer.FactRows answer) {
        return distinct(answer.rows().stream().flatMap(row -> row.facts().stream()).toList());
    }

    @Override
    public List<Fact> visitComparison(Answer.Comparison answer) {
        return distinct(answer.rows().stream().flatMap(row -> row.cells().stream()).flatMap(List::stream).toList());
    }

    @Override
    public List<Fact> visitAggregates(Answer.Aggregates answer) {
        return distinct(answer.rows().stream().flatMap(row -> row.facts().stream()).toList());
    }

    @Override
    public List<Fact> visitListing(Answer.Listing answer) {
        return List.of();
    }

    @Override
    public List<Fact> visitExplanation(Answer.Explanation answer) {
        return List.of();
    }

    private static List<Fact> distinct(List<Fact> facts) {
        Map<String, Fact> byId = new LinkedHashMap<>();
        for (Fact fact : facts) if (fact.isVerified()) byId.putIfAbsent(fact.id(), fact);
        return List.copyOf(byId.values());
    }
}
