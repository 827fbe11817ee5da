package dev.citegraph.cli;

import dev.citegraph.graph.jsonl.JsonlExchange;
import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Predicate;
import dev.citegraph.graph.model.Quantity;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Verdict;
import dev.citegraph.graph.store.DocumentBatch;
import dev.citegraph.graph.store.StoreContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** kg import, kg stats and kg export run in-process against embedded stores in a temporary directory. */
class StoreCommandsTest {
    private static final String TEXT = "DeepSeek-V3 has 671B total parameters. It adopts Multi-head Latent Attention.";

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @Test
    void shouldImportCountExportAndReimportTheSameGraph() throws IOException {
        Path jsonl = sampleExport();
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        assertThat(run("import", jsonl.toString(), "--data", first.toString())).isZero();
        assertThat(out.toString()).contains("imported 1 documents and 2 facts");

        assertThat(run("stats", "--json", "--data", first.toString())).isZero();
        String stats = out.toString();
        assertThat(stats).contains("\"documents\":1", "\"sections\":1", "\"facts\":2", "\"verified\":2",
                "\"citations\":2");

        Path turtle = dir.resolve("graph.ttl");
        assertThat(run("export", "--format", "ttl", "--out", turtle.toString(), "--data", first.toString())).isZero();
        assertThat(Files.readString(turtle)).contains("prov:wasDerivedFrom", "\"671B total parameters\"");

        assertThat(run("import", turtle.toString(), "--data", second.toString())).isZero();
        assertThat(run("stats", "--json", "--data", second.toString())).isZero();
        assertThat(out.toString()).isEqualTo(stats);
    }

    @Test
    void shouldRefuseABrokenFileWithOneLineNamingTheLine() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"type\":\"document\",\"id\":\"a\"}\n{oops\n");

        int status = run("import", broken.toString(), "--data", dir.resolve("data").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: " + broken + " line 2: not a citegraph JSONL line");
        assertThat(err.toString().strip()).doesNotContain("\n");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void shouldRefuseAMissingFile() {
        int status = run("import", dir.resolve("nope.ttl").toString(), "--data", dir.resolve("data").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("nope.ttl").doesNotContain("Exception");
    }

    @Test
    void shouldRefuseAnUnknownExportFormat() {
        int status = run("export", "--format", "xml", "--data", dir.resolve("data").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'xml'", "jsonl, ttl, trig, jsonld");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new Kg().execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path sampleExport() throws IOException {
        Document document = new Document("v3", "DeepSeek-V3 Technical Report", "v3.md", "abc", 0);
        Section section = new Section("v3#2", "v3", "2", "Architecture", 1, 0, 0, TEXT, null, null, null);
        Entity v3 = Entity.named("DeepSeek-V3");
        Fact parameters = Fact.of(v3, Predicate.of("total_parameters"), new FactObject.QuantityObject(
                        new Quantity(new BigDecimal("671000000000"), "parameter", "671B")), Map.of(),
                Verdict.verified(), "rules", cite(section, "671B total parameters"));
        Fact mla = Fact.of(v3, new Predicate("uses", "adopts"),
                new FactObject.EntityObject(Entity.named("Multi-head Latent Attention")), Map.of(),
                Verdict.verified(), "rules", cite(section, "adopts Multi-head Latent Attention"));
        Path file = dir.resolve("sample.jsonl");
        try (Writer writer = Files.newBufferedWriter(file)) {
            JsonlExchange.export(new StoreContent(List.of(new DocumentBatch(document, List.of(section),
                    List.of(parameters, mla)))), writer);
        }
        return file;
    }

    private static Citation cite(Section section, String quote) {
        int start = section.text().indexOf(quote);
        return Citation.of(section, quote, start, start + quote.length());
    }
}
