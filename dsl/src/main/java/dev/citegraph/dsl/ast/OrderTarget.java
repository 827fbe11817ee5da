package dev.citegraph.dsl.ast;

/** What rows are ordered by: a variable, the aggregate value or the group's document. */
public sealed interface OrderTarget extends Node permits Variable, DocumentKey, AggregateKey {
}
