package dev.citegraph.graph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One fact pattern: fact f{index} with its subject, predicate and object. An empty predicate means any predicate
 * (a predicate variable); {@code kinds} are the predicates that are kinds of it (training_cost_usd of training_cost),
 * whose facts match too. An optional pattern keeps its row when no fact matches it: the row has no fact f{index}.
 * {@code alternatives} are the other patterns ('or') the fact may match instead: the same variables in the same
 * places, another predicate (with its kinds) and, where the pattern names an entity, perhaps another name.
 */
public record Pattern(int index, EntityRef subject, Optional<Param> predicate, List<Param> kinds, ObjectRef object,
                      boolean optional, List<Alternative> alternatives) {
    public Pattern {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        kinds = List.copyOf(kinds);
        Objects.requireNonNull(object, "object");
        alternatives = List.copyOf(alternatives);
        if (predicate.isEmpty() && !(kinds.isEmpty() && alternatives.isEmpty())) {
            throw new IllegalArgumentException("kinds or alternatives of no predicate");
        }
        for (Alternative a : alternatives) {
            if (a.subject().isPresent() && !(subject instanceof NamedEntity)
                    || a.object().isPresent() && !(object instanceof NamedEntity)) {
                throw new IllegalArgumentException("an alternative names an entity only where the pattern does");
            }
        }
    }

    /**
     * Another pattern the fact may match: its predicates (a predicate and its kinds) and, where it names another
     * entity than the pattern, that entity's key.
     */
    public record Alternative(List<Param> predicates, Optional<Param> subject, Optional<Param> object) {
        public Alternative {
            predicates = List.copyOf(predicates);
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(object, "object");
            if (predicates.isEmpty()) throw new IllegalArgumentException("an alternative has a predicate");
        }
    }

    /** Whether an alternative names another entity than the pattern: then each alternative is matched as a whole. */
    public boolean namesVary() {
        return alternatives.stream().anyMatch(a -> a.subject().isPresent() || a.object().isPresent());
    }

    /** The pattern's own predicates: the predicate and its kinds. */
    public List<Param> ownPredicates() {
        List<Param> own = new ArrayList<>();
        predicate.ifPresent(own::add);
        own.addAll(kinds);
        return own;
    }

    /** A pattern with one predicate and its kinds. */
    public Pattern(int index, EntityRef subject, Optional<Param> predicate, List<Param> kinds, ObjectRef object,
                   boolean optional) {
        this(index, subject, predicate, kinds, object, optional, List.of());
    }

    /** A required pattern. */
    public Pattern(int index, EntityRef subject, Optional<Param> predicate, List<Param> kinds, ObjectRef object) {
        this(index, subject, predicate, kinds, object, false);
    }

    /** A pattern whose predicate has no kinds. */
    public Pattern(int index, EntityRef subject, Optional<Param> predicate, ObjectRef object) {
        this(index, subject, predicate, List.of(), object);
    }

    /** The predicate, its kinds and the alternatives' predicates, the predicate first; empty for any predicate. */
    public List<Param> family() {
        List<Param> family = ownPredicates();
        alternatives.forEach(a -> family.addAll(a.predicates()));
        return family;
    }

    /** Whether the fact may have one predicate only (a property match) rather than one of a list. */
    public boolean onePredicate() {
        return family().size() <= 1;
    }

    /** The subject of a pattern: a named entity or an entity variable. */
    public sealed interface EntityRef extends ObjectRef permits NamedEntity, EntityVariable {
    }

    /** The object of a pattern: an entity, or the fact's own value (quantity, text or entity) bound to a variable. */
    public sealed interface ObjectRef permits EntityRef, ValueVariable {
        /** One function per kind: a new kind fails to compile wherever pattern ends are handled. */
        <T> T match(Function<NamedEntity, T> named, Function<EntityVariable, T> entity,
                    Function<ValueVariable, T> value);
    }

    /** An entity given by the key of one of its names. */
    public record NamedEntity(Param key) implements EntityRef {
        public NamedEntity {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public <T> T match(Function<NamedEntity, T> named, Function<EntityVariable, T> entity,
                           Function<ValueVariable, T> value) {
            return named.apply(this);
        }
    }

    /** A variable naming an entity; its name is grammar-checked ({@code [a-z_][a-z0-9_]*}). */
    public record EntityVariable(String name) implements EntityRef {
        public EntityVariable {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[a-z_][a-z0-9_]*")) throw new IllegalArgumentException("not a variable name: " + name);
        }

        @Override
        public <T> T match(Function<NamedEntity, T> named, Function<EntityVariable, T> entity,
                           Function<ValueVariable, T> value) {
            return entity.apply(this);
        }
    }

    /** A variable bound to the object of this pattern's fact, whatever its kind. */
    public record ValueVariable(String name) implements ObjectRef {
        public ValueVariable {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public <T> T match(Function<NamedEntity, T> named, Function<EntityVariable, T> entity,
                           Function<ValueVariable, T> value) {
            return value.apply(this);
        }
    }
}
