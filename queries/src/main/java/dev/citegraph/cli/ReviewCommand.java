package dev.citegraph.cli;

import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.queries.answer.review.RejectedFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

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
        PrintWriter out = spec.commandLine().getOut();
        Optional<ServerClient> server = ServerClient.forStore(storeOptions.config());
        if (server.isPresent()) {
            out.print(server.get().review(documentId, reasonCode, limit));
            out.flush();
            return 0;
        }
        List<Fact> rejected;
        try (GraphStore store = storeOptions.open()) {
            rejected = RejectedFacts.select(store.allFacts(), documentId, reasonCode);
        }
        out.print(RejectedFacts.render(rejected, limit));
        out.flush();
        return 0;
    }
}
