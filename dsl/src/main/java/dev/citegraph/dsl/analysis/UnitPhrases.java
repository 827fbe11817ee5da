package dev.citegraph.dsl.analysis;

import dev.citegraph.dsl.QueryException;
import dev.citegraph.dsl.Suggestions;
import dev.citegraph.dsl.ast.NumberLiteral;
import dev.citegraph.dsl.ast.UnitPhrase;
import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.vocab.UnitVocabulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads the words after a number through the unit vocabulary, as people write them: a unit ({@code "GPU hours"}), a
 * scale word ({@code 100 billion}) or both ({@code 2664 K GPU hours}). Words the vocabulary does not know are an
 * error, never a unit no fact has: an unknown unit would make an empty answer look like a true one.
 */
final class UnitPhrases {
    private final UnitVocabulary vocabulary;
    private final String source;

    UnitPhrases(UnitVocabulary vocabulary, String source) {
        this.vocabulary = vocabulary;
        this.source = source;
    }

    /** What a phrase means: a scale word that multiplies the number (or none), and the unit facts must be in. */
    record Reading(Optional<UnitPhrase.Word> scaleWord, BigDecimal factor, Optional<String> unit) {
        /** The number the phrase follows, scaled: 100 billion → 100000000000. */
        NumberLiteral scale(NumberLiteral number) {
            return scaleWord.map(w -> new NumberLiteral(number.position(), number.value().multiply(factor),
                    number.text() + " " + w.text())).orElse(number);
        }
    }

    Reading read(UnitPhrase phrase) {
        Optional<String> whole = vocabulary.canonical(phrase.text(0));
        if (whole.isPresent()) return new Reading(Optional.empty(), BigDecimal.ONE, whole);
        UnitPhrase.Word first = phrase.words().get(0);
        Optional<BigDecimal> factor = vocabulary.scale(first.text());
        boolean unitFollows = phrase.words().size() > 1;
        if (factor.isEmpty()) {
            // "bilion parameters": the unit is known, so the first word is a misspelt scale word.
            boolean unitKnown = unitFollows && vocabulary.canonical(phrase.text(1)).isPresent();
            List<String> candidates = new ArrayList<>(vocabulary.scaleWords());
            if (!unitKnown) candidates.addAll(vocabulary.allSpellings());
            throw unknown(first, unitKnown ? first.text() : phrase.text(0), candidates);
        }
        if (!unitFollows) return new Reading(Optional.of(first), factor.get(), Optional.empty());
        String unit = phrase.text(1);
        return new Reading(Optional.of(first), factor.get(), Optional.of(vocabulary.canonical(unit)
                .orElseThrow(() -> unknown(phrase.words().get(1), unit, vocabulary.allSpellings()))));
    }

    private QueryException unknown(UnitPhrase.Word at, String words, Collection<String> candidates) {
        return SemanticErrors.error(source, ErrorCode.UNKNOWN_UNIT, at.position(), "unknown unit '" + words + "'"
                + Suggestions.nearest(words, candidates).map(s -> ". Did you mean '" + s + "'?")
                .orElse(": write a unit of the unit vocabulary such as parameters, tokens, \"GPU hours\", USD or %, "
                        + "or none"));
    }
}
