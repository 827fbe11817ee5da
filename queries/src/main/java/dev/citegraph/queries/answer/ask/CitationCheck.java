package dev.citegraph.queries.answer.ask;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a model's answer into sentences and checks each one's citations against the ids of the facts the model was
 * given. Citations are fact ids anywhere in the sentence ({@code [f-1a2b…]}, also in parentheses or lists); a
 * citation written after the full stop ("… 671B parameters. [f-…]") belongs to the sentence before it.
 */
public final class CitationCheck {
    private static final Pattern FACT_ID = Pattern.compile("(?<![\\p{L}\\p{N}])f-[0-9a-fA-F]{4,}(?![\\p{L}\\p{N}])");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    /** Citations written after a sentence's full stop, moved before it: "… 671B. [f-…]" → "… 671B [f-…]." */
    private static final Pattern TRAILING_CITATIONS =
            Pattern.compile("([.!?])((?:\\s*[\\[(]\\s*f-[^\\])]*[\\])])+)");
    private static final Pattern NOISE = Pattern.compile("^[\\s\\-*•#>|:]*$");

    private CitationCheck() {
    }

    public static List<CheckedSentence> check(String answer, Set<String> givenIds) {
        List<CheckedSentence> sentences = new ArrayList<>();
        for (String line : answer.split("\\R")) {
            for (String sentence : SENTENCE_END.split(TRAILING_CITATIONS.matcher(line).replaceAll("$2$1"))) {
                String text = sentence.strip();
                if (!NOISE.matcher(text).matches()) sentences.add(checkOne(text, givenIds));
            }
        }
        return List.copyOf(sentences);
    }

    private static CheckedSentence checkOne(String text, Set<String> givenIds) {
        Set<String> cited = new LinkedHashSet<>();
        Matcher matcher = FACT_ID.matcher(text);
        while (matcher.find()) cited.add(matcher.group().toLowerCase(java.util.Locale.ROOT));
        List<String> unknown = cited.stream().filter(id -> !givenIds.contains(id)).toList();
        CheckedSentence.Verdict verdict = cited.isEmpty() ? CheckedSentence.Verdict.NO_CITATION
                : unknown.isEmpty() ? CheckedSentence.Verdict.SUPPORTED : CheckedSentence.Verdict.UNKNOWN_FACT;
        return new CheckedSentence(text, List.copyOf(cited), verdict, unknown);
    }
}
