package dev.citegraph.queries.query;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Verdict;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a fact's value reads in an answer: {@code 2664K GPU hour [stage=pre-training]}. */
public final class FactValues {
    private FactValues() {
    }

    public static String display(Fact fact) {
        String value = fact.object().display();
        if (fact.object() instanceof FactObject.QuantityObject q) {
            String unit = q.quantity().unit();
            if (!unit.isBlank() && !value.toLowerCase(Locale.ROOT).contains(unit.toLowerCase(Locale.ROOT))) {
                value = value + " " + unit;
            }
        }
        if (fact.qualifiers().isEmpty()) return value;
        return value + " [" + fact.qualifiers().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")) + "]";
    }

    /** A quantity's unit as stored; empty for other values and quantities without one. */
    public static String unit(Fact fact) {
        return fact.object() instanceof FactObject.QuantityObject q ? q.quantity().unit().strip() : "";
    }

    /** {@code verified}, or {@code rejected: number_not_in_quote: the object's 2.8M is not in the quote}. */
    public static String status(Fact fact) {
        String status = fact.status().name().toLowerCase(Locale.ROOT);
        return reason(fact).map(reason -> status + ": " + reason).orElse(status);
    }

    /** Why a rejected fact was rejected, its code then the detail; nothing for any other fact. */
    public static Optional<String> reason(Fact fact) {
        if (!(fact.verdict() instanceof Verdict.Rejected rejected)) return Optional.empty();
        return Optional.of(rejected.code().code() + ": " + rejected.detail());
    }
}
