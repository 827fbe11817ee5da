package dev.citegraph.extractor.llm;

import java.util.Locale;

/**
 * What a run would cost, computed without calling the model. Tokens are estimated as characters / 4 (the usual rule
 * of thumb for English under BPE tokenizers; digits and math run higher), per call: the instructions are sent with
 * every call, the user message (section part and its tables) once. Answers are not estimated: their length depends
 * on how many facts the model finds.
 */
public record DryRunEstimate(String model, int reports, int sections, int parts, int cachedParts,
                             long instructionTokensPerCall, long messageTokens) {

    public static final int CHARS_PER_TOKEN = 4;

    public int callsNeeded() {
        return parts - cachedParts;
    }

    /** Prompt tokens of the calls still needed (cached parts cost nothing). */
    public long promptTokens() {
        return instructionTokensPerCall * callsNeeded() + messageTokens;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("dry run with ").append(model).append(": ").append(reports).append(" report(s), ").append(sections)
                .append(" sections in ").append(parts).append(" parts\n");
        out.append("  calls needed: ").append(callsNeeded()).append(" (").append(cachedParts)
                .append(" parts already in the cache)\n");
        out.append("  prompt tokens, estimated as characters / ").append(CHARS_PER_TOKEN).append(": ")
                .append(promptTokens()).append(" (instructions ").append(instructionTokensPerCall)
                .append(" per call, section text ").append(messageTokens).append(" in all");
        if (callsNeeded() > 0) {
            out.append(String.format(Locale.ROOT, ", %.0f per call", (double) messageTokens / callsNeeded()));
        }
        out.append(")\n  answer tokens: not estimated (they depend on the facts found); no model was called\n");
        return out.toString();
    }
}
