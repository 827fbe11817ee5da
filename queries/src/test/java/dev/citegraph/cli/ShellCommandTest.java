package dev.citegraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.queries.query.GoldenGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kg shell} fed by a pipe: one store, many queries, each answered as {@code kg query} answers it. */
class ShellCommandTest {
    private static final String V3_USES = "match \"DeepSeek-V3\" uses ?x";
    private static final String V3_CITATION =
            "deepseek-v3 §3.3.1 Mixed Precision Framework, p.15: \"adopt FP8 mixed precision training\"";

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void build() {
        GoldenGraph.storeIn(dataDir);
    }

    @Test
    void answersEveryQueryPipedInWithItsCitationsAndTime() {
        KgRun run = shell(V3_USES + "\nfacts about \"deepseek v3\"\n");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 rows", "11 rows", "DeepSeek-V3  uses", V3_CITATION)
                .doesNotContain("kg> ");
        assertThat(run.errLines()).hasSize(2).allMatch(line -> line.matches("answered in \\d+ ms"));
    }

    @Test
    void printsEachAnswerExactlyAsKgQueryDoes() {
        KgRun query = KgRun.of("query", V3_USES, "--data", dataDir.toString());

        assertThat(shell(V3_USES + "\n").out()).isEqualTo(query.out());
    }

    @Test
    void aSyntaxErrorIsReportedWithItsCaretAndTheNextQueryStillAnswers() {
        KgRun run = shell("fact about \"DeepSeek-V3\"\n" + V3_USES + "\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).startsWith("error: line 1:1: mismatched input 'fact'.")
                .contains("\nfact about \"DeepSeek-V3\"\n^")
                .doesNotContain("at dev.citegraph");
        assertThat(run.out()).contains(V3_CITATION, "3 rows");
    }

    @Test
    void anUnknownNameIsReportedAndTheSessionGoesOn() {
        KgRun run = shell("facts about \"DeepSeek-V4\"\n" + V3_USES + "\n");

        assertThat(run.err()).contains("no entity named \"DeepSeek-V4\" in the graph. "
                + "Did you mean \"DeepSeek-V2\" or \"DeepSeek-V3\"? [N302]");
        assertThat(run.out()).contains("3 rows");
    }

    @Test
    void formatSwitchesTheFormatOfTheAnswersThatFollow() throws Exception {
        KgRun run = shell(":format json\n" + V3_USES + "\n");

        assertThat(new ObjectMapper().readTree(run.out()).get("rows")).hasSize(3);
    }

    @Test
    void theFormatOptionSetsTheFormatTheSessionStartsWith() {
        assertThat(shell(V3_USES + "\n", "--format", "csv").out()).startsWith("?x,citations\r\n");
    }

    @Test
    void anUnknownFormatIsReportedAndTheFormatStays() {
        KgRun run = shell(":format yaml\n" + V3_USES + "\n");

        assertThat(run.err()).startsWith("error: unknown format 'yaml': use table, json, csv or markdown");
        assertThat(run.out()).contains("3 rows");
    }

    @Test
    void aLineEndingWithABackslashContinuesTheQuery() {
        KgRun run = shell("match \"DeepSeek-V3\" \\\n  uses ?x\n");

        assertThat(run.err()).doesNotContain("error");
        assertThat(run.out()).contains(V3_CITATION, "3 rows");
    }

    @Test
    void anErrorOnAContinuedLineNamesThatLine() {
        assertThat(shell("match \"DeepSeek-V3\" \\\n  usess ?x\n").err())
                .startsWith("error: line 2:3: unknown predicate 'usess'. Did you mean 'uses'? [N301]");
    }

    @Test
    void quitEndsTheSessionAndWhatFollowsIsNotRead() {
        KgRun run = shell(":quit\n" + V3_USES + "\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void endOfInputEndsTheSessionWithStatusZero() {
        KgRun run = shell("");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aQueryCutOffByTheEndOfInputIsStillAnswered() {
        assertThat(shell("match \"DeepSeek-V3\" \\\nuses ?x").out()).contains("3 rows");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(shell(":help\n").out()).contains(":format table|json|csv|markdown", ":quit", "now table");
    }

    @Test
    void anUnknownCommandPointsToHelp() {
        assertThat(shell(":frmat json\n").err()).startsWith("error: unknown command ':frmat' (see :help)");
    }

    private static KgRun shell(String stdin, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "shell";
        args[1] = "--data";
        args[2] = dataDir.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return KgRun.withInput(stdin, args);
    }
}
