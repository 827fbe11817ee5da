package dev.citegraph.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.function.BooleanSupplier;

/**
 * The one place that turns an exception into what a person reads: a single line saying what went wrong and what to
 * do. Errors citegraph expects (bad input, bad queries, unreachable stores) carry complete messages of their own;
 * anything else is a bug, said as such, with the stack trace under --verbose.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    static final int USER_ERROR = 1;
    static final int USAGE_ERROR = 2;
    static final int INTERNAL_ERROR = 3;

    private final BooleanSupplier verbose;

    ErrorReporter(BooleanSupplier verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
                                        CommandLine.ParseResult parseResult) {
        return report(exception, commandLine.getErr(), verbose.getAsBoolean());
    }

    /** Prints the error and returns the exit status it deserves; kg shell reports each query's error this way. */
    static int report(Exception exception, PrintWriter err, boolean verbose) {
        boolean expected = UserErrors.isUserError(exception);
        if (expected) {
            err.println("error: " + UserErrors.message(exception));
        } else {
            err.println("internal error: " + exception.getClass().getSimpleName() + ": " + exception.getMessage()
                    + (verbose ? "" : " (run again with --verbose for the stack trace and report it)"));
        }
        if (verbose) exception.printStackTrace(err);
        err.flush();
        return expected ? USER_ERROR : INTERNAL_ERROR;
    }

    static int reportUsageError(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("error: " + exception.getMessage() + " (see '" + commandLine.getCommandSpec().qualifiedName()
                + " --help')");
        err.flush();
        return USAGE_ERROR;
    }
}
