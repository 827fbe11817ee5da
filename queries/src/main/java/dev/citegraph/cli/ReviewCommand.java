package dev.citegraph.cli;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Verdict;
import dev.citegraph.graph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code kg review}: the proposals that failed verification, each with its reason and what it cited. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "List rejected facts with the reason each failed verification and the "
        + "citation it claimed. Rejected facts never appear in answers.")
final class ReviewCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--document", paramLabel = "ID", description = "Only facts cited from this document.")
    String documentId;

    @Option(names = "--reason", paramLabel = "CODE",
            description = "Only this reason: quote_not_in_section, number_not_in_quote, unresolved_subject, ...")
    String reasonCode;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "Show at most N facts (default: ${DEFAULT-VALUE}); the counts cover all.")
    int limit;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        if (limit < 0) throw new UserException("--limit must be 0 or more, was " + limit);
        List<Rejection> rejected;
        try (GraphStore store = storeOptions.open()) {
            rejected = store.allFacts().stream()
                    .flatMap(f -> f.verdict() instanceof Verdict.Rejected r ? Stream.of(new Rejection(f, r))
                            : Stream.empty())
                    .filter(r -> documentId == null || r.fact().citations().stream()
                            .anyMatch(c -> c.documentId().equals(documentId)))
                    .filter(r -> reasonCode == null || r.code().equals(reasonCode))
                    .toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Long> byReason = rejected.stream().collect(Collectors.groupingBy(
                Rejection::code, TreeMap::new, Collectors.counting()));
        out.printf("rejected facts: %d%s%n", rejected.size(), byReason.isEmpty() ? "" : " (" + byReason.entrySet()
                .stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
        rejected.stream().limit(limit).forEach(f -> print(out, f));
        if (rejected.size() > limit) out.printf("... %d more (raise --limit)%n", rejected.size() - limit);
        return 0;
    }

    private static void print(PrintWriter out, Rejection rejection) {
        Fact fact = rejection.fact();
        out.printf("[%s] %s %s %s  (%s)%n", rejection.code(), fact.subject().name(), fact.predicate().surface(),
                fact.object().display(), fact.method());
        out.println("    " + rejection.verdict().detail());
        for (Citation citation : fact.citations()) out.println("    " + citation.documentId() + " " + citation.render());
    }

    private record Rejection(Fact fact, Verdict.Rejected verdict) {
        String code() {
            return verdict.code().code();
        }
    }
}
