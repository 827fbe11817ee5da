package dev.citegraph.cli;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.answer.compare.ComparisonFormat;
import dev.citegraph.queries.answer.compare.ComparisonService;
import dev.citegraph.queries.serve.CompareProblems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code kg compare "DeepSeek-V2" "DeepSeek-V3" --on total_parameters}: a cited side-by-side table. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare models or papers attribute by attribute: one row per attribute, one column per name, "
                + "each value with a footnoted citation, \"not reported\" where the reports give none."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Entities to compare (names or aliases).")
    List<String> names;

    @Option(names = "--on", arity = "1..*", split = ",", paramLabel = "PREDICATE",
            description = "Attributes to compare (predicates or synonyms). Default: those all names have facts on.")
    List<String> predicates = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, markdown, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        ComparisonFormat output = parseFormat(format);
        Optional<ServerClient> server = ServerClient.forStore(store.config());
        if (server.isPresent()) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(server.get().compare(names, predicates, output.name().toLowerCase(java.util.Locale.ROOT)));
            out.flush();
            return 0;
        }
        try (GraphStore graph = store.open()) {
            ComparisonService.Outcome outcome = new ComparisonService(graph, PredicateVocabulary.builtIn())
                    .compare(names, predicates);
            if (!(outcome instanceof ComparisonService.Outcome.Compared)) {
                throw new UserException(CompareProblems.message(outcome, names));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(output.render(((ComparisonService.Outcome.Compared) outcome).comparison()));
            // print() does not trigger autoflush, and kg exits right after the command
            out.flush();
            return 0;
        }
    }

    private static ComparisonFormat parseFormat(String text) {
        return Choices.named(ComparisonFormat.class, text).orElseThrow(
                () -> new UserException("unknown format '" + text + "' (use table, markdown, csv or json)"));
    }
}
