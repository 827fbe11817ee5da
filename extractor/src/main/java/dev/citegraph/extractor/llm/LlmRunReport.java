package dev.citegraph.extractor.llm;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The account of an extraction run, printed at the end of a build: what was asked, what it cost, what came of it.
 * Token figures are the servers' own counts; {@code tokens.unreported()} answers came without any.
 */
public record LlmRunReport(
        String model,
        int reports,
        int sections,
        int parts,
        int modelCalls,
        int cacheHits,
        TokenCount tokens,
        int proposed,
        int incomplete,
        int verified,
        Map<String, Integer> rejectedByReason,
        List<String> failedParts,
        Duration wallTime) {

    public LlmRunReport {
        rejectedByReason = Map.copyOf(rejectedByReason);
        failedParts = List.copyOf(failedParts);
    }

    public int rejected() {
        return rejectedByReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Several lines for people; stable wording so scripts may grep it. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("LLM extraction with ").append(model).append(": ").append(reports).append(" report(s), ")
                .append(sections).append(" sections in ").append(parts).append(" parts\n");
        out.append("  calls: ").append(modelCalls).append(" to the model, ").append(cacheHits)
                .append(" answered from the cache\n");
        out.append("  tokens: ").append(tokens.input()).append(" in, ").append(tokens.output()).append(" out");
        if (tokens.unreported() > 0) out.append(" (").append(tokens.unreported()).append(" answers without counts)");
        out.append('\n');
        out.append("  facts: ").append(proposed).append(" proposed, ").append(verified).append(" verified, ")
                .append(rejected()).append(" rejected");
        if (incomplete > 0) out.append(", ").append(incomplete).append(" incomplete proposals dropped");
        out.append('\n');
        rejectedByReason.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.append("    rejected ").append(e.getValue()).append(": ").append(e.getKey())
                        .append('\n'));
        out.append("  failed parts: ").append(failedParts.size()).append('\n');
        failedParts.forEach(f -> out.append("    ").append(f).append('\n'));
        out.append("  wall time: ").append(String.format(java.util.Locale.ROOT, "%.1f s", wallTime.toMillis() / 1000.0))
                .append('\n');
        return out.toString();
    }
}
