package dev.citegraph.dsl.ast;

/** A comparison operator as the user writes it. */
public enum Comparator {
    EQ("="), NEQ("!="), LT("<"), LTE("<="), GT(">"), GTE(">=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isOrdering() {
        return this != EQ && this != NEQ;
    }
}
