package dev.citegraph.dsl.ast;

/** The right-hand side of a comparison. */
public sealed interface Operand extends Node permits StringLiteral, Parameter, NumberLiteral {
}
