package dev.citegraph.dsl;

import dev.citegraph.dsl.ast.Position;
import dev.citegraph.graph.query.Param;

import java.util.Objects;

/**
 * Where the value of one {@link Param} of a compiled query comes from: the query text or a {@code $parameter} given
 * at run time, transformed by its role (a name becomes its key), and where it was written, for errors.
 */
public record Slot(String name, Role role, Position position, Source source) {

    /** What the value is, which decides how it is transformed and checked before it is bound. */
    public enum Role {
        /** An entity name or alias, bound as its key (Entity.keyOf). */
        ENTITY_KEY,
        /** A document id, bound in lower case. */
        DOCUMENT,
        /** A section number such as 3.3; facts of its subsections match too. */
        SECTION,
        /** A text to compare with or search for, bound in lower case. */
        TEXT,
        /** A number, with K/M/B/T suffixes, bound as a double. */
        NUMBER,
        /** A unit spelling, bound in lower case. */
        UNIT,
        /** A canonical predicate name. */
        PREDICATE
    }

    /** Where the value comes from. */
    public sealed interface Source {
    }

    /** A value written in the query, already in its bound form; {@code asTyped} is for messages. */
    public record Literal(Object value, String asTyped) implements Source {
        public Literal {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(asTyped, "asTyped");
        }
    }

    /** A value supplied at run time as {@code $parameter}. */
    public record FromParameter(String parameter) implements Source {
        public FromParameter {
            Objects.requireNonNull(parameter, "parameter");
        }
    }

    public Slot {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("bad slot name " + name);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(source, "source");
    }

    /** The parameter the graph query refers to the value by. */
    public Param param() {
        return new Param(name);
    }

    /** How the plan prints the slot: {@code $name0 = "deepseek-v3"} or {@code $name0 = $model}. */
    public String describe() {
        if (source instanceof FromParameter p) return "$" + name + " ← $" + p.parameter();
        Object value = ((Literal) source).value();
        return "$" + name + " = " + (value instanceof String s ? '"' + s + '"' : String.valueOf(value));
    }
}
