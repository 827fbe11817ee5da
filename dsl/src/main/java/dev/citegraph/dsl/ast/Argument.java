package dev.citegraph.dsl.ast;

/** A text the user gives: a name, a document, a search string. Written in the query or passed as a parameter. */
public sealed interface Argument extends Node permits StringLiteral, Parameter {
}
