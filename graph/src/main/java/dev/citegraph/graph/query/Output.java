package dev.citegraph.graph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A column of a match answer: a variable, shown from the fact of the pattern that binds it. A variable a union binds
 * is bound in each branch: {@code otherwise} are its places in the other branches, and a row shows it from the first
 * place whose fact the row has.
 */
public record Output(Target target, int pattern, Role role, List<Place> otherwise) {
    public Output {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(role, "role");
        otherwise = List.copyOf(otherwise);
    }

    public Output(Target target, int pattern, Role role) {
        this(target, pattern, role, List.of());
    }

    /** Every place of the variable, its own first. */
    public List<Place> places() {
        List<Place> places = new ArrayList<>();
        places.add(new Place(pattern, role));
        places.addAll(otherwise);
        return places;
    }

    /** Where a union branch binds the variable: fact f{pattern}'s subject, predicate or object. */
    public record Place(int pattern, Role role) {
        public Place {
            Objects.requireNonNull(role, "role");
        }
    }

    /** Where in fact f{pattern} the variable's value is. */
    public enum Role { SUBJECT, PREDICATE, OBJECT }
}
