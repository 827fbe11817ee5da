package dev.citegraph.queries.answer.review;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Verdict;

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
                .filter(f -> f.verdict() instanceof Verdict.Rejected)
                .filter(f -> documentId == null || f.citations().stream()
                        .anyMatch(c -> c.documentId().equals(documentId)))
                .filter(f -> reasonCode == null || code(f).equals(reasonCode))
                .toList();
    }

    /** How many facts fail for each reason code, by code. */
    public static Map<String, Long> byReason(List<Fact> rejected) {
        return rejected.stream().collect(Collectors.groupingBy(RejectedFacts::code, TreeMap::new,
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
        String message = ((Verdict.Rejected) fact.verdict()).detail();
        out.append('[').append(code(fact)).append("] ").append(fact.subject().name()).append(' ')
                .append(fact.predicate().surface()).append(' ').append(fact.object().display())
                .append("  (").append(fact.method()).append(")\n");
        out.append("    ").append(message).append('\n');
        for (Citation citation : fact.citations()) {
            out.append("    ").append(citation.documentId()).append(' ').append(citation.render()).append('\n');
        }
    }

    /** The code of a rejected fact's verdict, as review prints and filters it. */
    private static String code(Fact fact) {
        return ((Verdict.Rejected) fact.verdict()).code().code();
    }
}
