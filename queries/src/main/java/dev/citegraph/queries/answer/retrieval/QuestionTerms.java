package dev.citegraph.queries.answer.retrieval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A question's words in two kinds: names (words with a capital after the first word, or a digit: "DeepSeek-V2",
 * "Llama", "67B", "MMLU") and the other content words, which say what is asked ("parameters", "cost").
 */
record QuestionTerms(Set<String> names, Set<String> asked) {

    static QuestionTerms of(String question) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>(Tokens.of(question));
        String[] words = question.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean capitalised = word.chars().skip(i == 0 ? 1 : 0).anyMatch(Character::isUpperCase);
            if (capitalised || word.chars().anyMatch(Character::isDigit)) names.addAll(Tokens.of(word));
        }
        Set<String> asked = new LinkedHashSet<>(all);
        asked.removeAll(names);
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
