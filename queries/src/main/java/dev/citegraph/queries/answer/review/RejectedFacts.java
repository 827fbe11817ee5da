package dev.citegraph.queries.answer.review;

import dev.citegraph.extractor.verify.RejectionReason;
import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactStatus;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The proposals that failed verification, for review: which to show and how {@code kg review} prints them, the same
 * whether the CLI reads the store itself or asks a running server.
 */
public final class RejectedFacts {
    private RejectedFacts() {
    }

    /** The rejected facts among {@code facts}, optionally only those cited from a document or failing for a reason. */
    public static List<Fact> select(List<Fact> facts, String documentId, String reasonCode) {
        return facts.stream()
                .filter(f -> f.status() == FactStatus.REJECTED)
                .filter(f -> documentId == null || f.citations().stream()
                        .anyMatch(c -> c.documentId().equals(documentId)))
                .filter(f -> reasonCode == null || RejectionReason.codeOf(f.reason()).equals(reasonCode))
                .toList();
    }

    /** How many facts fail for each reason code, by code. */
    public static Map<String, Long> byReason(List<Fact> rejected) {
        return rejected.stream().collect(Collectors.groupingBy(f -> RejectionReason.codeOf(f.reason()), TreeMap::new,
                Collectors.counting()));
    }

    /** The counts, then at most {@code limit} facts with reason and claimed citations, then how many more there are. */
    public static String render(List<Fact> rejected, int limit) {
        StringBuilder out = new StringBuilder();
        Map<String, Long> byReason = byReason(rejected);
        out.append("rejected facts: ").append(rejected.size()).append(byReason.isEmpty() ? "" : " (" + byReason
                .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")")
                .append('\n');
        rejected.stream().limit(limit).forEach(f -> fact(out, f));
        if (rejected.size() > limit) out.append("... ").append(rejected.size() - limit).append(" more (raise --limit)\n");
        return out.toString();
    }

    private static void fact(StringBuilder out, Fact fact) {
        String reason = fact.reason();
        String code = RejectionReason.codeOf(reason);
        String message = reason.length() > code.length() ? reason.substring(code.length() + 1).strip() : "";
        out.append('[').append(code).append("] ").append(fact.subject().name()).append(' ')
                .append(fact.predicate().surface()).append(' ').append(fact.object().display())
                .append("  (").append(fact.method()).append(")\n");
        if (!message.isEmpty()) out.append("    ").append(message).append('\n');
        for (Citation citation : fact.citations()) {
            out.append("    ").append(citation.documentId()).append(' ').append(citation.render()).append('\n');
        }
    }
}
