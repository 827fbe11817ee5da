package dev.citegraph.dsl.ast;

/** The predicate of a pattern: a word matched through the vocabulary, or a variable that binds any predicate. */
public sealed interface PredicateRef extends Node permits NamedPredicate, Variable {
}
