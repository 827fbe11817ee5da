package dev.citegraph.extractor.llm;

import java.util.regex.Pattern;

/**
 * A model's reasoning ({@code <think>}, {@code <thinking>}, {@code <reasoning>} blocks), which never reaches the graph
 * or the user. One place for both kinds of answer: extraction's JSON answers and chat's prose answers.
 */
public final class ReasoningBlocks {
    private static final Pattern CLOSED =
            Pattern.compile("<(think|thinking|reasoning)>.*?</\\1>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    // Some chat templates put the opening tag into the prompt: only the closing tag reaches the answer.
    private static final Pattern UNOPENED_END =
            Pattern.compile("^.*</(think|thinking|reasoning)>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern UNCLOSED =
            Pattern.compile("<(think|thinking|reasoning)>.*$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private ReasoningBlocks() {
    }

    /** The answer without its closed reasoning blocks and without reasoning whose opening tag was in the prompt. */
    static String withoutClosedBlocks(String answer) {
        return UNOPENED_END.matcher(CLOSED.matcher(answer).replaceAll("")).replaceFirst("");
    }

    /**
     * A prose answer as a person may read it: reasoning removed, and a block the model never closed cut off with
     * everything after it.
     */
    public static String visibleProse(String answer) {
        if (answer == null) return "";
        return UNCLOSED.matcher(withoutClosedBlocks(answer)).replaceFirst("").strip();
    }
}
