package dev.citegraph.cli;

import dev.citegraph.extractor.eval.GoldFileException;
import dev.citegraph.extractor.ingest.ReportReadException;
import dev.citegraph.extractor.llm.LlmConfigException;
import dev.citegraph.extractor.llm.LlmUnavailableException;
import dev.citegraph.graph.store.ImportException;
import dev.citegraph.graph.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person reads when a command fails: their own mistake in one plain line, citegraph's bug as a bug. */
class ErrorReportingTest {

    static Stream<RuntimeException> userFaults() {
        return Stream.of(
                new UserException("--limit must be 0 or more, was -1"),
                new ReportReadException("v3.pdf: the file is encrypted; remove the password"),
                new LlmConfigException("--llm 'gpt-4o-mini': no provider; write PROVIDER:MODEL"),
                new LlmUnavailableException("the model server at http://localhost:11434 refused", null),
                new StoreException("the store in data is locked by another kg; wait for it to finish"),
                new ImportException("old.jsonl line 3: not a citegraph JSONL line"),
                new GoldFileException("gold.jsonl:1: not a gold fact (no doc)"));
    }

    @ParameterizedTest
    @MethodSource("userFaults")
    void tellsAUserFaultInOneLineWithExitStatus1(RuntimeException fault) {
        KgRun run = failingWith(fault);

        assertThat(run.exitCode()).isEqualTo(ErrorReporter.USER_ERROR);
        assertThat(run.errLines()).containsExactly("error: " + fault.getMessage());
    }

    @Test
    void tellsAnIllegalArgumentExceptionAsABugWithExitStatus3() {
        KgRun run = failingWith(new IllegalArgumentException("bad span 3..1"));

        assertThat(run.exitCode()).isEqualTo(ErrorReporter.INTERNAL_ERROR);
        assertThat(run.errLines()).containsExactly("internal error: IllegalArgumentException: bad span 3..1"
                + " (run again with --verbose for the stack trace and report it)");
    }

    @Test
    void addsTheStackTraceOfABugUnderVerbose() {
        StringWriter err = new StringWriter();

        int status = ErrorReporter.report(new IllegalArgumentException("bad span 3..1"), new PrintWriter(err), true);

        assertThat(status).isEqualTo(ErrorReporter.INTERNAL_ERROR);
        assertThat(err.toString()).startsWith("internal error: IllegalArgumentException: bad span 3..1"
                + System.lineSeparator() + "java.lang.IllegalArgumentException: bad span 3..1");
    }

    @Test
    void kgTellsAnUnknownAnswerFormatInOneLine() {
        KgRun run = KgRun.of("ask", "How many parameters?", "--format", "yaml");

        assertThat(run.exitCode()).isEqualTo(ErrorReporter.USER_ERROR);
        assertThat(run.errLines()).containsExactly("error: unknown format 'yaml' (use text or json)");
    }

    @Test
    void kgTellsAnUnknownComparisonFormatInOneLine() {
        KgRun run = KgRun.of("compare", "DeepSeek-V2", "DeepSeek-V3", "--format", "yaml");

        assertThat(run.exitCode()).isEqualTo(ErrorReporter.USER_ERROR);
        assertThat(run.errLines()).containsExactly("error: unknown format 'yaml' (use table, markdown, csv or json)");
    }

    @Test
    void kgTellsABadModelSpecInOneLine() {
        KgRun run = KgRun.of("ask", "How many parameters?", "--llm", "gpt-4o-mini");

        assertThat(run.exitCode()).isEqualTo(ErrorReporter.USER_ERROR);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("error: --llm 'gpt-4o-mini': no provider; write PROVIDER:MODEL");
    }

    /** A run of a command that fails with {@code error}, through the handler kg installs. */
    private static KgRun failingWith(RuntimeException error) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Failing(error))
                .setExecutionExceptionHandler(new ErrorReporter(() -> false));
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return new KgRun(commandLine.execute(), out.toString(), err.toString());
    }

    @CommandLine.Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        private final RuntimeException error;

        Failing(RuntimeException error) {
            this.error = error;
        }

        @Override
        public Integer call() {
            throw error;
        }
    }
}
