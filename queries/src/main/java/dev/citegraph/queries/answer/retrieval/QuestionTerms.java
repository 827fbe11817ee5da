package dev.citegraph.queries.answer.retrieval;

import dev.citegraph.graph.store.Tokens;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A question's words in two kinds: names (words with a capital after the first word, or a digit: "DeepSeek-V2",
 * "Llama", "67B") and the other content words, which say what is asked ("parameters", "cost"). An acronym ("GPUs",
 * "SFT", "MMLU") is both: it may name a thing or be what is asked about.
 */
record QuestionTerms(Set<String> names, Set<String> asked) {

    static QuestionTerms of(String question) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> acronyms = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>(Tokens.of(question));
        String[] words = question.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean capitalised = word.chars().skip(i == 0 ? 1 : 0).anyMatch(Character::isUpperCase);
            if (capitalised || word.chars().anyMatch(Character::isDigit)) names.addAll(Tokens.of(word));
            if (word.replaceAll("[^\\p{L}]", "").matches("\\p{Lu}{2,}s?")) acronyms.addAll(Tokens.of(word));
        }
        Set<String> asked = new LinkedHashSet<>(all);
        asked.removeAll(names);
        asked.addAll(acronyms);
        return new QuestionTerms(Set.copyOf(names), Set.copyOf(asked));
    }

    Set<String> all() {
        Set<String> all = new LinkedHashSet<>(names);
        all.addAll(asked);
        return all;
    }

    static boolean any(Set<String> terms, List<String> in) {
        return in.stream().anyMatch(terms::contains);
    }
}
