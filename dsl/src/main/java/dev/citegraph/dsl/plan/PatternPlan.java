package dev.citegraph.dsl.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * One fact pattern: fact f{index} with its subject, predicate and object. An empty predicate slot means any
 * predicate (a predicate variable).
 */
public record PatternPlan(int index, EntityRef subject, Optional<Slot> predicate, ObjectRef object) {
    public PatternPlan {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
    }

    /** The subject of a pattern: a named entity or an entity variable. */
    public sealed interface EntityRef extends ObjectRef permits NamedEntity, EntityVariable {
    }

    /** The object of a pattern: an entity, or the fact's own value (quantity, text or entity) bound to a variable. */
    public sealed interface ObjectRef permits EntityRef, ValueVariable {
    }

    public record NamedEntity(Slot key) implements EntityRef {
        public NamedEntity {
            Objects.requireNonNull(key, "key");
        }
    }

    /** A variable naming an entity; its name is grammar-checked ({@code [a-z_][a-z0-9_]*}). */
    public record EntityVariable(String name) implements EntityRef {
        public EntityVariable {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A variable bound to the object of this pattern's fact, whatever its kind. */
    public record ValueVariable(String name) implements ObjectRef {
        public ValueVariable {
            Objects.requireNonNull(name, "name");
        }
    }
}
