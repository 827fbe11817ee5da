package dev.citegraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code kg} command line. Each subcommand is a class of its own in this package. */
@Command(name = "kg",
        mixinStandardHelpOptions = true,
        version = "citegraph 0.1.0",
        description = "citegraph: a knowledge graph of technical reports, every fact cited.",
        subcommands = {
                CommandLine.HelpCommand.class,
                BuildCommand.class,
                DemoCommand.class,
                SectionsCommand.class,
                QueryCommand.class,
                RunCommand.class,
                ExportCommand.class,
                ImportCommand.class,
                StatsCommand.class,
                EvalCommand.class,
                ReviewCommand.class,
                CompareCommand.class,
                AskCommand.class,
                ShellCommand.class,
                McpCommand.class,
                ServeCommand.class,
        })
public final class Kg implements Runnable {

    /** Standard input as the commands that read it see it; tests pass their own, which is never a terminal. */
    record Input(InputStream stream, boolean terminal) {
    }

    private final Input input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces of errors (for bug reports).")
    boolean verbose;

    public Kg() {
        this(new Input(System.in, System.console() != null));
    }

    Kg(Input input) {
        this.input = input;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Whether --verbose was given, for commands that report errors themselves and go on. */
    static boolean isVerbose(CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof Kg kg && kg.verbose;
    }

    /** Standard input of the command line a command runs in. */
    static Input input(CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof Kg kg ? kg.input : new Input(System.in, System.console() != null);
    }

    /** Output is UTF-8 whatever the platform's locale: quotes hold §, math symbols and other scripts. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(new Kg().execute(out, err, args));
    }

    /** Runs a command line and returns its exit status; errors print one line, stack traces only with --verbose. */
    public int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with citegraph's error policy, writing to the given streams (tests capture them). */
    public int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(this);
        commandLine.setExecutionExceptionHandler(new ErrorReporter(() -> verbose));
        commandLine.setParameterExceptionHandler(ErrorReporter::reportUsageError);
        return commandLine;
    }
}
