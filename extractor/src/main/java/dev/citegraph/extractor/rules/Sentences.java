package dev.citegraph.extractor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits running text into sentences without a model: a sentence ends at '.', '!' or '?' followed by a space and a
 * capital, digit or bracket, except after an abbreviation ("et al.", "e.g.", "Fig."), an initial ("A. P. Gema")
 * or a decimal point, and never inside brackets; a blank line always ends one.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "al", "e.g", "i.e", "eg", "ie", "fig", "figs", "eq", "eqs", "vs", "etc", "cf", "sec", "no", "tab", "ref",
            "approx", "resp", "dr", "mr", "ms", "prof", "inc", "ltd", "co", "jr", "st", "viz");

    /** A sentence's place in the text it was split from. */
    public record Span(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    private Sentences() {
    }

    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            boolean paragraph = c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (paragraph || depth == 0 && isEnd(text, i)) {
                add(spans, text, start, paragraph ? i : i + 1);
                start = i + 1;
                depth = 0;
            }
        }
        add(spans, text, start, text.length());
        return spans;
    }

    private static boolean isEnd(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') return false;
        int next = i + 1;
        if (next >= text.length()) return true;
        if (!Character.isWhitespace(text.charAt(next))) return false;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
        if (next >= text.length()) return true;
        char following = text.charAt(next);
        if (!(Character.isUpperCase(following) || Character.isDigit(following) || following == '(')) return false;
        return c != '.' || !abbreviationEndsAt(text, i);
    }

    private static boolean abbreviationEndsAt(String text, int dot) {
        int from = dot;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') from--;
        String word = text.substring(from, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true;
        return ABBREVIATIONS.contains(word);
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) spans.add(new Span(start, end));
    }
}
