package dev.citegraph.cli;

import dev.citegraph.queries.answer.GoldCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kg build} on good and bad files, through the command line, against a real embedded Neo4j. */
class BuildCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static final String REPORT = """
            # Tiny-1 Report

            ## 1 Overview

            Tiny-1 has 7B total parameters and was trained on 1.2T tokens.
            """;

    @Test
    void badFilesEachGetOneLineSayingWhatAndWhereWhileGoodFilesAreStillBuilt() throws IOException {
        Path good = write("tiny-1.md", REPORT);
        Path empty = write("empty.md", "");
        Path fakePdf = write("notes.pdf", "these are plain notes, not a PDF");
        Path missing = dir.resolve("missing.pdf");

        KgRun run = KgRun.of("build", "--data", dir.resolve("data").toString(),
                empty.toString(), fakePdf.toString(), missing.toString(), good.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("built tiny-1");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).startsWith("error: ")
                .contains(empty.toString()).containsIgnoringCase("empty"));
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).startsWith("error: ")
                .contains(fakePdf.toString()).containsIgnoringCase("not a PDF"));
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).startsWith("error: ")
                .contains(missing.toString()).containsIgnoringCase("not found"));
        assertThat(run.err()).contains("3 of 4 files failed");
    }

    @Test
    void buildingTheSameReportTwiceLeavesTheSameGraph() throws IOException {
        Path report = write("tiny-1.md", REPORT);
        String data = dir.resolve("data").toString();

        KgRun first = KgRun.of("build", "--data", data, report.toString());
        KgRun graphAfterFirst = KgRun.of("query", "--data", data, "--format", "json", "facts about \"Tiny-1\"");
        KgRun second = KgRun.of("build", "--data", data, report.toString());
        KgRun graphAfterSecond = KgRun.of("query", "--data", data, "--format", "json", "facts about \"Tiny-1\"");

        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).isZero();
        assertThat(graphAfterFirst.out()).contains("7B", "1.2T").isEqualTo(graphAfterSecond.out());
    }

    @Test
    void buildsTheDeepSeekV3ReportAndFindsItsHeadlineQuantitiesWithTheirPage() {
        Path report = GoldCorpus.goldDir().getParent().resolve("DeepSeek_V3.pdf");
        String data = dir.resolve("data").toString();

        KgRun build = KgRun.of("build", "--data", data, report.toString());
        KgRun parameters = KgRun.of("query", "--data", data, "match \"DeepSeek-V3\" has_total_parameters ?p");
        KgRun tokens = KgRun.of("query", "--data", data, "match \"DeepSeek-V3\" pretraining_tokens ?t");

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(parameters.out()).contains("671B").contains("deepseek-v3 Abstract, p.1: \"");
        assertThat(tokens.out()).contains("14.8").contains(", p.1: \"");
    }
}
