package dev.citegraph.dsl.ast;

/** What an aggregate groups by: the citing document or a variable. */
public sealed interface GroupKey extends Node permits DocumentKey, Variable {
}
