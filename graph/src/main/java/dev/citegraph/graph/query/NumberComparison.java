package dev.citegraph.graph.query;

/** How a fact's value compares with a number. */
public enum NumberComparison {
    EQ("="), NEQ("!="), LT("<"), LTE("<="), GT(">"), GTE(">=");

    private final String symbol;

    NumberComparison(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as the query language writes it (and the plan prints it). */
    public String symbol() {
        return symbol;
    }
}
