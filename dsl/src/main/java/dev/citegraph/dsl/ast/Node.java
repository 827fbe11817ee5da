package dev.citegraph.dsl.ast;

/** Every node of the syntax tree knows where it starts in the query text. */
public interface Node {
    Position position();
}
