package dev.citegraph.dsl.render;

import dev.citegraph.dsl.ast.Comparator;

/** Comparison operators in each target language. */
final class Operators {
    private Operators() {
    }

    static String cypher(Comparator comparator) {
        return comparator == Comparator.NEQ ? "<>" : comparator.symbol();
    }

    static String sparql(Comparator comparator) {
        return comparator.symbol();
    }
}
