package dev.citegraph.queries.answer.retrieval;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.store.Tokens;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a question asks for, beyond its words, that a fact must give to answer it: a count of some thing ("how many
 * GPUs": a quantity counted in GPUs, which "2.788M GPU hours" is not; a question with two "how many" takes either), and the qualifier values it names (a question
 * about a training stage is not answered by a fact about another stage).
 */
final class AskedAttribute {
    /** Words that end the counted thing of "how many ...": verbs and prepositions that follow it. */
    private static final Set<String> COUNT_ENDS = Set.of("does", "do", "did", "is", "are", "was", "were", "has",
            "have", "had", "can", "could", "will", "would", "per", "of", "in", "for", "on", "to", "at", "by", "with",
            "from", "during", "when", "that", "which");

    private static final Set<String> DETERMINERS = Set.of("its", "the", "their", "his", "her", "these", "those");

    private final Set<String> counted;
    private final Set<String> questionWords;

    private AskedAttribute(Set<String> counted, Set<String> questionWords) {
        this.counted = counted;
        this.questionWords = questionWords;
    }

    static AskedAttribute of(String question) {
        return new AskedAttribute(counted(question), Set.copyOf(Tokens.of(question)));
    }

    /**
     * The things a question's "how many" count, as tokens: each the last word before the verb or preposition that
     * follows it ("how many total parameters does" → "parameter", "how many GPUs were used" → "gpu").
     */
    private static Set<String> counted(String question) {
        String[] words = question.toLowerCase(Locale.ROOT).replaceAll("[?!.,;:]", " ").strip().split("\\s+");
        Set<String> counted = new LinkedHashSet<>();
        for (int i = 0; i + 2 < words.length; i++) {
            if (!words[i].equals("how") || !words[i + 1].equals("many")) continue;
            String last = null;
            int from = i + 2;
            // "how many of its parameters": the counted thing comes after the possessive
            if (words[from].equals("of") && from + 1 < words.length && DETERMINERS.contains(words[from + 1])) from += 2;
            for (int j = from; j < words.length && j < from + 4; j++) {
                if (COUNT_ENDS.contains(words[j]) || words[j].endsWith("ed") && last != null) break;
                last = words[j];
            }
            if (last != null) head(last).ifPresent(counted::add);
        }
        return counted;
    }

    /** The head word of a phrase: its last word before "per" ("GPU hours per trillion tokens" → "hour"). */
    private static Optional<String> head(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.replace('_', ' ').split("\\s+")) {
            if (word.equalsIgnoreCase("per")) break;
            words.add(word);
        }
        List<String> tokens = words.isEmpty() ? List.of() : Tokens.of(words.get(words.size() - 1));
        return tokens.isEmpty() ? Optional.empty() : Optional.of(tokens.get(0));
    }

    /** Whether {@code fact} gives what the question asks for, as far as counts and named qualifiers go. */
    boolean givenBy(Fact fact) {
        return countsWhatIsCounted(fact) && noQualifierConflicts(fact);
    }

    private boolean countsWhatIsCounted(Fact fact) {
        if (counted.isEmpty()) return true;
        if (fact.object() instanceof FactObject.QuantityObject quantity) {
            return head(quantity.quantity().unit()).filter(counted::contains).isPresent()
                    || head(fact.predicate().name()).filter(counted::contains).isPresent();
        }
        String display = fact.object().display();
        return display.chars().anyMatch(Character::isDigit) && Tokens.of(display).stream().anyMatch(counted::contains);
    }

    /**
     * A question that names one of the fact's qualifier keys ("stage"), beyond the words of its predicate, must name
     * its value too: "the learning rate of the RL stage" is not answered by the pre-training learning rate, while
     * "the tokenizer's vocabulary size" is answered by a tokenizer_vocabulary_size whatever its tokenizer.
     */
    private boolean noQualifierConflicts(Fact fact) {
        List<String> predicate = Tokens.of(fact.predicate().name());
        for (Map.Entry<String, String> qualifier : fact.qualifiers().entrySet()) {
            List<String> key = Tokens.of(qualifier.getKey());
            if (key.isEmpty() || !questionWords.containsAll(key) || predicate.containsAll(key)) continue;
            if (Tokens.of(qualifier.getValue()).stream().noneMatch(questionWords::contains)) return false;
        }
        return true;
    }
}
