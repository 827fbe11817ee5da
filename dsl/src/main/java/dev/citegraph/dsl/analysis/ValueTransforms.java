package dev.citegraph.dsl.analysis;

import dev.citegraph.dsl.ast.NumberLiteral;
import dev.citegraph.dsl.Slot;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a value as the user wrote it becomes the value bound to a slot: a name its entity key, a document id or text
 * lower case, a predicate its canonical name, a number a double. The same for literals and run-time parameters.
 */
public final class ValueTransforms {
    private static final Pattern NUMBER_TEXT = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?[KkMmBbTt]?");

    private final PredicateVocabulary vocabulary;

    public ValueTransforms(PredicateVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @throws NumberFormatException when a NUMBER value is not a number such as 14.8T, 2664K or 0.5
     */
    public Object apply(Slot.Role role, String text) {
        return switch (role) {
            case ENTITY_KEY -> Entity.keyOf(text);
            case DOCUMENT, TEXT, UNIT -> text.strip().toLowerCase(Locale.ROOT);
            case SECTION -> text.strip().replaceFirst("^§\\s*", "").replaceFirst("\\.$", "");
            case PREDICATE -> vocabulary.canonicalOrSelf(text);
            case NUMBER -> number(text).doubleValue();
        };
    }

    /** "14.8T" → 14800000000000; "2,664K" → 2664000; plain decimals as they are. */
    static BigDecimal number(String text) {
        String compact = text.strip().replace(",", "").replace("_", "");
        if (compact.isEmpty()) throw new NumberFormatException("empty number");
        if (!NUMBER_TEXT.matcher(compact).matches()) throw new NumberFormatException("not a number: " + text);
        return NumberLiteral.valueOf(compact);
    }
}
