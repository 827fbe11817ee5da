package dev.citegraph.graph.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number with its unit, as an exact decimal: "2664K GPU hours" is 2664000 "GPU hour"; "$5.576M" is 5576000 "USD".
 * {@code text} keeps the report's wording.
 */
public record Quantity(BigDecimal value, String unit, String text) {
    public Quantity {
        Objects.requireNonNull(value, "value");
        value = value.stripTrailingZeros();
        if (value.scale() < 0) value = value.setScale(0);
        unit = unit == null ? "" : unit;
        text = text == null ? value.toPlainString() : text;
    }

    public String display() {
        return text;
    }
}
