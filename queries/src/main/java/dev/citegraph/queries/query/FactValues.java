package dev.citegraph.queries.query;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;

import java.util.Locale;
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

    public static String status(Fact fact) {
        String status = fact.status().name().toLowerCase(Locale.ROOT);
        return fact.reason().isBlank() ? status : status + ": " + fact.reason();
    }
}
