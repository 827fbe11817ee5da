package dev.citegraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kg} command line. Each subcommand is a class of its own in this package. */
@Command(name = "kg",
        mixinStandardHelpOptions = true,
        version = "citegraph 0.1.0",
        description = "citegraph: a knowledge graph of technical reports, every fact cited.",
        subcommands = {
                CommandLine.HelpCommand.class,
                SectionsCommand.class,
        })
public final class Kg implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new Kg().execute(args));
    }

    /** Runs a command line and returns its exit status; user errors print one line, stack traces only with --verbose. */
    public int execute(String... args) {
        return new CommandLine(this).execute(args);
    }
}
