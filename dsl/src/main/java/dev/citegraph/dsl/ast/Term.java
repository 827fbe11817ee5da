package dev.citegraph.dsl.ast;

/** The subject or object of a pattern: a named entity or a variable. */
public sealed interface Term extends Node permits StringLiteral, Parameter, Variable {
}
