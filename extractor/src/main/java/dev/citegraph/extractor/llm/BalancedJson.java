package dev.citegraph.extractor.llm;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the complete JSON objects and arrays in a text that also holds prose: every span that opens with a brace or
 * bracket and closes with its matching partner, brackets inside strings ignored. Outermost spans only, in order.
 */
final class BalancedJson {

    private static final int TRUNCATED = -1;
    private static final int MISMATCHED = -2;

    private BalancedJson() {
    }

    static List<String> spans(String text) {
        List<String> spans = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int open = nextOpening(text, from);
            if (open < 0) break;
            int close = matchingClose(text, open);
            // The text ends inside this span: a truncated answer. Complete objects inside it are not offered, so
            // a cut-off list is never mistaken for a whole one.
            if (close == TRUNCATED) break;
            if (close == MISMATCHED) {
                from = open + 1;
                continue;
            }
            spans.add(text.substring(open, close + 1));
            from = close + 1;
        }
        return spans;
    }

    private static int nextOpening(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') return i;
        }
        return -1;
    }

    private static int matchingClose(String text, int open) {
        StringBuilder expected = new StringBuilder();
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '{' -> expected.append('}');
                case '[' -> expected.append(']');
                case '}', ']' -> {
                    if (expected.length() == 0 || expected.charAt(expected.length() - 1) != c) return MISMATCHED;
                    expected.setLength(expected.length() - 1);
                    if (expected.length() == 0) return i;
                }
                default -> {
                }
            }
        }
        return TRUNCATED;
    }
}
