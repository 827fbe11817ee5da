package dev.citegraph.cli;

import dev.citegraph.queries.query.saved.QueryLibrary;
import dev.citegraph.queries.query.saved.SavedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code kg run NAME --param key=value}: run a saved query from the starter library or the user's directory. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a saved query (.kgq): the starter library, your own directory, or a file path.",
                "  kg run --list",
                "  kg run training-cost-by-stage --param model=DeepSeek-V3",
                "  kg run my-queries/cost.kgq --format markdown"})
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Query name, or a path ending in .kgq.")
    String name;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A value for $NAME (repeatable); "
            + "declared defaults fill in the rest.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--list", description = "List the saved queries with their parameters.")
    boolean list;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "${env:CITEGRAPH_QUERIES:-.citegraph/queries}",
            description = "Your saved queries, NAME.kgq each (default: ${DEFAULT-VALUE}); they win over built-ins.")
    Path directory;

    @Mixin
    QueryOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        QueryLibrary library = new QueryLibrary(directory);
        PrintWriter out = spec.commandLine().getOut();
        if (list || name == null) {
            library.all().values().forEach(q -> out.println(describe(q)));
            out.flush();
            return 0;
        }
        SavedQuery saved = library.find(name).orElseThrow(() -> new UserException("no saved query '" + name
                + "' in the starter library or " + directory + " (list them with: kg run --list)"));
        options.answer(saved.text(), saved.withDefaults(parameters), out);
        return 0;
    }

    private static String describe(SavedQuery query) {
        StringBuilder line = new StringBuilder(query.name()).append("  ").append(query.description());
        query.params().values().forEach(p -> line.append("\n    --param ").append(p.name()).append("=")
                .append(p.defaultValue().isEmpty() ? "VALUE (required)" : p.defaultValue() + " (default)")
                .append(p.description().isEmpty() ? "" : "  " + p.description()));
        return line.append(query.origin().equals("built-in") ? "" : "\n    from " + query.origin()).toString();
    }
}
