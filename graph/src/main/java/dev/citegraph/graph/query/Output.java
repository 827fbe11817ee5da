package dev.citegraph.graph.query;

import java.util.Objects;

/** A column of a match answer: a variable, shown from the fact of the pattern that binds it. */
public record Output(Target target, int pattern, Role role) {
    public Output {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(role, "role");
    }

    /** Where in fact f{pattern} the variable's value is. */
    public enum Role { SUBJECT, PREDICATE, OBJECT }
}
