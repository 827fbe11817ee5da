package dev.citegraph.cli;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.queries.query.QueryService;
import dev.citegraph.queries.query.render.Format;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code kg shell}: many queries on one open store. A kg query spends most of its time starting the embedded Neo4j in
 * a new JVM; here that happens once, and each further answer takes milliseconds.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"Open the store once and answer queries read line by line, each printed as kg query prints it.",
                "A line ending with \\ continues on the next. Errors are reported and the session goes on.",
                "Commands: :format table|json|csv|markdown, :help, :quit (end of input quits too).",
                "Examples:",
                "  kg shell --data DIR < questions.txt",
                "  kg shell --format markdown"})
final class ShellCommand implements Callable<Integer> {
    private static final String HELP = """
            Type a query and press Enter; end a line with \\ to continue the query on the next.
              :format table|json|csv|markdown   switch the output format (now %s)
              :help                             this help
              :quit                             leave (end of input, Ctrl-D, leaves too)
            """;

    @Mixin
    QueryOptions options;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** The session's output format, changed by :format. */
    private Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Kg.Input input = Kg.input(spec);
        QueryLines lines = new QueryLines(new BufferedReader(new InputStreamReader(input.stream(),
                StandardCharsets.UTF_8)), out, input.terminal());
        format = options.format;
        Optional<ServerClient> server = options.server();
        if (server.isPresent()) {
            Answerer remote = query -> server.get().query(query, Map.of(), options.includeRejected,
                    format.name().toLowerCase(Locale.ROOT));
            for (Optional<String> entry = lines.next(); entry.isPresent(); entry = lines.next()) {
                if (!handle(entry.get(), remote)) break;
            }
        } else {
            try (GraphStore graph = options.store.open()) {
                QueryService service = new QueryService(graph, options.compiler());
                Answerer local = query -> format.render(service.answer(query, Map.of(), options.status()));
                for (Optional<String> entry = lines.next(); entry.isPresent(); entry = lines.next()) {
                    if (!handle(entry.get(), local)) break;
                }
            }
        }
        // At a terminal, Ctrl-D leaves the cursor after the prompt.
        if (input.terminal()) out.println();
        out.flush();
        return 0;
    }

    /** One query's printed answer: from the store opened here, or from the kg serve holding it. */
    private interface Answerer {
        String answer(String query);
    }

    /** Runs one entry; false when the session should end. */
    private boolean handle(String entry, Answerer service) {
        PrintWriter out = spec.commandLine().getOut();
        String[] words = entry.strip().split("\\s+", 2);
        switch (words[0]) {
            case ":quit" -> {
                return false;
            }
            case ":help" -> out.printf(HELP, format.name().toLowerCase(Locale.ROOT));
            case ":format" -> switchFormat(words.length > 1 ? words[1] : "");
            default -> {
                if (words[0].startsWith(":")) {
                    report(new UserException("unknown command '" + words[0] + "' (see :help)"));
                } else {
                    answer(entry, service);
                }
            }
        }
        out.flush();
        return true;
    }

    private void switchFormat(String name) {
        try {
            format = new QueryOptions.FormatConverter().convert(name);
        } catch (CommandLine.TypeConversionException e) {
            report(new UserException(e.getMessage()));
        }
    }

    /** Prints the answer exactly as kg query would, and its time on stderr, which keeps piped output clean. */
    private void answer(String query, Answerer service) {
        long start = System.nanoTime();
        try {
            String rendered = service.answer(query);
            spec.commandLine().getOut().print(rendered);
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().printf("answered in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            spec.commandLine().getErr().flush();
        } catch (RuntimeException e) {
            report(e);
        }
    }

    private void report(RuntimeException e) {
        ErrorReporter.report(e, spec.commandLine().getErr(), Kg.isVerbose(spec));
    }
}
