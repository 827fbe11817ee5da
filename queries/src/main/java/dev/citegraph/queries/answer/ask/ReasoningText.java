package dev.citegraph.queries.answer.ask;

import java.util.regex.Pattern;

/**
 * A model's prose answer without its reasoning: {@code <think>…</think>} blocks (also when only the closing tag
 * arrives, as with chat templates that open the block in the prompt) and an unclosed block cut off at the end.
 * The extractor's AnswerParser does the same for JSON answers but keeps its prose variant package-private.
 */
final class ReasoningText {
    private static final Pattern CLOSED =
            Pattern.compile("<(think|thinking|reasoning)>.*?</\\1>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern UNOPENED =
            Pattern.compile("^.*</(think|thinking|reasoning)>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern UNCLOSED =
            Pattern.compile("<(think|thinking|reasoning)>.*$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private ReasoningText() {
    }

    static String visible(String answer) {
        if (answer == null) return "";
        String text = CLOSED.matcher(answer).replaceAll("");
        text = UNOPENED.matcher(text).replaceFirst("");
        return UNCLOSED.matcher(text).replaceFirst("").strip();
    }
}
