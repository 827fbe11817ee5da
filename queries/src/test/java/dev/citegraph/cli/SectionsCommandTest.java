package dev.citegraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SectionsCommandTest {

    private static final String REPORT = "# Report\n\nIntro.\n\n## 1 Introduction\n\nText.\n\n## 1.1 Scope\n\nMore.\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void jsonlLinesCarryNumberTitlePageAndLevel() throws IOException {
        Path report = Files.writeString(dir.resolve("report.md"), REPORT);

        int status = run("sections", report.toString(), "--format", "jsonl");

        assertThat(status).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode scope = new ObjectMapper().readTree(lines[1]);
        assertThat(scope.path("number").asText()).isEqualTo("1.1");
        assertThat(scope.path("title").asText()).isEqualTo("Scope");
        assertThat(scope.path("level").asInt()).isEqualTo(2);
        assertThat(scope.has("page")).isTrue();
    }

    @Test
    void tableListsNumberedSectionsIndentedByLevel() throws IOException {
        Path report = Files.writeString(dir.resolve("report.md"), REPORT);

        assertThat(run("sections", report.toString())).isZero();

        assertThat(out.toString()).contains("1        Introduction").contains("1.1        Scope").doesNotContain("Front matter");
    }

    @Test
    void explainSaysWhyEachPdfHeadingWasTaken() {
        Path pdf = Path.of("").toAbsolutePath();
        while (pdf != null && !Files.isDirectory(pdf.resolve("testdata/corpus"))) pdf = pdf.getParent();
        assertThat(pdf).as("a citegraph checkout with testdata/corpus").isNotNull();

        assertThat(run("sections", pdf.resolve("testdata/corpus/DeepSeek_R1.pdf").toString(), "--explain")).isZero();

        assertThat(out.toString()).containsPattern("1 +Introduction  p\\.\\S+  <- bold.*number in sequence");
    }

    @Test
    void goesOnPastABadFileAndFailsAtTheEnd() throws IOException {
        Path good = Files.writeString(dir.resolve("good.md"), REPORT);
        Path missing = dir.resolve("missing.pdf");

        int status = run("sections", missing.toString(), good.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).contains("Scope");
        assertThat(err.toString()).contains("error: " + missing + ": file not found; check the path")
                .contains("1 of 2 files could not be read").doesNotContain("Exception");
    }

    @Test
    void goldComparisonPrintsRecallAndPrecision() throws IOException {
        Path report = Files.writeString(dir.resolve("report.md"), REPORT);
        Path gold = Files.writeString(dir.resolve("gold.jsonl"),
                "{\"number\": \"1\", \"title\": \"Introduction\", \"page\": 0}\n{\"number\": \"2\", \"title\": \"Method\", \"page\": 0}\n");

        assertThat(run("sections", report.toString(), "--gold", gold.toString())).isZero();

        assertThat(out.toString()).contains("report: recall 50.0% (1/2), precision 50.0% (1/2)")
                .contains("missing    2 Method").contains("unexpected 1.1 Scope");
    }

    private int run(String... args) {
        return new CommandLine(new Kg()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }
}
