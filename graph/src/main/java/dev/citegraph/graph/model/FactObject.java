package dev.citegraph.graph.model;

import java.util.Objects;

/** What a fact says of its subject: another entity, a quantity, or text. */
public sealed interface FactObject {

    /** The object as a person reads it. */
    String display();

    /** The part of a fact's identity the object contributes. */
    String key();

    record EntityObject(Entity entity) implements FactObject {
        public EntityObject {
            Objects.requireNonNull(entity, "entity");
        }

        @Override
        public String display() {
            return entity.name();
        }

        @Override
        public String key() {
            return "e:" + entity.id();
        }
    }

    record QuantityObject(Quantity quantity) implements FactObject {
        public QuantityObject {
            Objects.requireNonNull(quantity, "quantity");
        }

        @Override
        public String display() {
            return quantity.text();
        }

        @Override
        public String key() {
            return "q:" + quantity.value().toPlainString() + " " + quantity.unit();
        }
    }

    record TextObject(String text) implements FactObject {
        public TextObject {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String display() {
            return text;
        }

        @Override
        public String key() {
            return "t:" + text.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        }
    }
}
