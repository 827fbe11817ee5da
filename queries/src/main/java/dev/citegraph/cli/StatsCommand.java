package dev.citegraph.cli;

import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code kg stats}: what the graph holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count documents, sections, entities, citations and facts by status.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        StoreStats stats;
        java.util.Optional<ServerClient> server = ServerClient.forStore(storeOptions.config());
        if (server.isPresent()) {
            stats = server.get().stats();
        } else {
            try (GraphStore store = storeOptions.open()) {
                stats = store.stats();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.printf(Locale.ROOT, "{\"documents\":%d,\"sections\":%d,\"entities\":%d,\"citations\":%d,\"facts\":%d,"
                            + "\"verified\":%d,\"unverified\":%d,\"rejected\":%d}%n", stats.documents(), stats.sections(),
                    stats.entities(), stats.citations(), stats.facts(), count(stats, FactStatus.VERIFIED),
                    count(stats, FactStatus.UNVERIFIED), count(stats, FactStatus.REJECTED));
            return 0;
        }
        row(out, "documents", stats.documents());
        row(out, "sections", stats.sections());
        row(out, "entities", stats.entities());
        row(out, "citations", stats.citations());
        row(out, "facts", stats.facts());
        for (FactStatus status : FactStatus.values()) {
            row(out, "  " + status.name().toLowerCase(Locale.ROOT), count(stats, status));
        }
        return 0;
    }

    private static long count(StoreStats stats, FactStatus status) {
        return stats.factsByStatus().getOrDefault(status, 0L);
    }

    private static void row(PrintWriter out, String label, long value) {
        out.printf(Locale.ROOT, "%-12s %,12d%n", label, value);
    }
}
