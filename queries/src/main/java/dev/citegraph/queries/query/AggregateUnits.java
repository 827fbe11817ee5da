package dev.citegraph.queries.query;

import dev.citegraph.dsl.CompiledQuery;
import dev.citegraph.dsl.QueryError;
import dev.citegraph.dsl.QueryException;
import dev.citegraph.dsl.ast.Statement;
import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.query.Aggregation;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.vocab.UnitVocabulary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The unit of an aggregate, read from the facts behind it through the unit vocabulary ("GPU hours" and "GPU hour"
 * are one unit). A sum or average of values in different units means nothing, so it is refused; a max or min of
 * mixed units still names the fact that holds it, and shows its unit.
 */
final class AggregateUnits {
    private static final UnitVocabulary UNITS = UnitVocabulary.builtIn();

    private AggregateUnits() {
    }

    /**
     * @throws QueryException E213 when a sum or average adds values of different units
     */
    static Optional<String> of(GraphQuery.Aggregate query, Optional<String> group, List<Fact> facts,
                               CompiledQuery compiled) {
        Map<String, Long> units = new TreeMap<>(facts.stream().map(AggregateUnits::unit).filter(u -> !u.isEmpty())
                .collect(Collectors.groupingBy(u -> u, Collectors.counting())));
        if (units.size() <= 1) return units.keySet().stream().findFirst();
        if (query.function() == Aggregation.SUM || query.function() == Aggregation.AVG) {
            Statement.Aggregate statement = (Statement.Aggregate) compiled.query().statement();
            String variable = "?" + query.target().variable();
            throw new QueryException(new QueryError(ErrorCode.MIXED_UNITS, statement.variable().position(),
                    query.function().keyword() + " of " + variable + group.map(g -> " for " + g).orElse("")
                            + " would add values in different units (" + units.entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue() + " fact" + (e.getValue() == 1 ? "" : "s"))
                            .collect(Collectors.joining(", ")) + "); keep one unit with a condition such as "
                            + variable + " > 0 \"" + units.keySet().iterator().next() + "\""), compiled.source());
        }
        return Optional.empty();
    }

    /** A quantity's unit under its canonical name; empty for values without one. */
    private static String unit(Fact fact) {
        if (!(fact.object() instanceof FactObject.QuantityObject q) || q.quantity().unit().isBlank()) return "";
        return UNITS.canonicalOrSelf(q.quantity().unit());
    }
}
