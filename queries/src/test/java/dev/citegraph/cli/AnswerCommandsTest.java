package dev.citegraph.cli;

import dev.citegraph.queries.answer.AnswerFixtures;
import dev.citegraph.queries.answer.log.QaLog;
import dev.citegraph.queries.answer.log.QaRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerCommandsTest {
    @TempDir
    static Path dir;

    @Test
    void compareRendersACitedMarkdownTable() {
        Run run = kg("compare", "DeepSeek-V2", "DeepSeek-V3", "--on", "total_parameters,pretraining_tokens",
                "--format", "markdown");

        assertThat(run.status).isZero();
        assertThat(run.out).startsWith("""
                | attribute | DeepSeek-V2 | DeepSeek-V3 |
                |---|---|---|
                | has_total_parameters | 236B parameters[^1] | 671B parameters[^2] |
                | pretraining_tokens | 8.1T tokens[^3] | 14.8T tokens[^4] |
                """).contains("[^4]: deepseek-v3 §1 Introduction, p.4: \"14.8 trillion diverse and high-quality tokens\"");
    }

    @Test
    void compareOfAnUnknownModelIsOneLineWithANearName() {
        Run run = kg("compare", "DeepSeek-V2", "DeepSeek-V9");

        assertThat(run.status).isEqualTo(1);
        assertThat(run.err.strip()).isEqualTo("error: no verified facts about DeepSeek-V9 (did you mean \"DeepSeek-V2\"?)");
    }

    @Test
    void askWithoutAModelAnswersExtractivelyAndLogsTheQuestion() {
        Path log = dir.resolve("qa.jsonl");
        Run run = kg("ask", "How many total and activated parameters does DeepSeekMoE 16B have?", "--log",
                log.toString());

        assertThat(run.status).isZero();
        assertThat(run.out).contains("DeepSeekMoE 16B | has_total_parameters | approximately 16.4B (approximate=true) [f-")
                .contains("Sources:").contains("deepseekmoe §5.1.2");
        List<QaRecord> records = new QaLog(log).read();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.question()).isEqualTo("How many total and activated parameters does DeepSeekMoE 16B have?");
            assertThat(r.model()).isEqualTo("extractive");
            assertThat(r.citations()).isNotEmpty();
        });
    }

    @Test
    void askAboutSomethingNotInTheReportsSaysSo() {
        Run run = kg("ask", "What is GPT-4's parameter count?", "--no-log", "--format", "json");

        assertThat(run.status).isZero();
        assertThat(run.out).contains("\"answer\" : \"Not in the documents.\"").contains("\"notInDocuments\" : true");
    }

    private record Run(int status, String out, String err) {
    }

    private static Run kg(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = args[0];
        all[1] = "--neo4j=" + AnswerFixtures.boltUri();
        all[2] = "--password=";
        System.arraycopy(args, 1, all, 3, args.length - 1);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Kg().execute(new PrintWriter(out), new PrintWriter(err), all);
        return new Run(status, out.toString(), err.toString());
    }
}
