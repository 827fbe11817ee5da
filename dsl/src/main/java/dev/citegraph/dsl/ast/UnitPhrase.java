package dev.citegraph.dsl.ast;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The words after a number in a condition, as written: scale words and a unit ({@code billion}, {@code K GPU hours},
 * {@code GB/s}, {@code "GPU hours"}). What they mean is the unit vocabulary's to say, so each word keeps its
 * position for an error about it.
 */
public record UnitPhrase(Position position, List<Word> words) implements Node {
    public UnitPhrase {
        words = List.copyOf(words);
        if (words.isEmpty()) throw new IllegalArgumentException("a unit phrase has at least one word");
    }

    /** One word, or a quoted unit; characters written without a space between them are one word (GB/s). */
    public record Word(Position position, String text) implements Node {
        public Word {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The words from {@code from} on, one space between them. */
    public String text(int from) {
        return words.subList(from, words.size()).stream().map(Word::text).collect(Collectors.joining(" "));
    }
}
