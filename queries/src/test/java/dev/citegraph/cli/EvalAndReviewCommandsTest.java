package dev.citegraph.cli;

import dev.citegraph.extractor.extract.CandidateFact;
import dev.citegraph.extractor.extract.DefaultFactAssembler;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.PageStart;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** kg eval and kg review on an embedded store holding one verified and one rejected fact of a small report. */
class EvalAndReviewCommandsTest {
    private static final String TEXT = "We present Lumen-7B, a dense language model with 7B total parameters. "
            + "We pre-train Lumen-7B on 2.5T tokens.";
    private static final String GOLD = """
            {"id": "l-1", "doc": "lumen", "section": "1", "page": 2, "subject": "Lumen-7B", "predicate": "total_parameters", "object": "7B", "object_kind": "quantity", "value": 7000000000, "unit": "parameter", "qualifiers": {}, "quote": "with 7B total parameters"}
            {"id": "l-2", "doc": "lumen", "section": "1", "page": 2, "subject": "Lumen-7B", "predicate": "context_length", "object": "32K tokens", "object_kind": "quantity", "value": 32000, "unit": "token", "qualifiers": {}, "quote": "a context of 32K tokens"}
            """;

    @TempDir
    static Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void storeAReport() {
        Section section = new Section("lumen#1", "lumen", "1", "Introduction", 1, 2, 2, TEXT, null,
                List.of(new PageStart(2, 0)), List.of());
        DefaultFactAssembler assembler = new DefaultFactAssembler(PredicateVocabulary.builtIn(), new EntityRegistry());
        Fact verified = assembler.assemble(section, new CandidateFact("Lumen-7B", "total parameters", "7B",
                "with 7B total parameters", Map.of()), "rules");
        Fact rejected = assembler.assemble(section, new CandidateFact("Lumen-7B", "pretraining_tokens",
                "3T tokens", "We pre-train Lumen-7B on 2.5T tokens.", Map.of()), "llm:test");
        try (GraphStore store = GraphStores.open(StoreConfig.embedded(dir.resolve("data")))) {
            store.replaceDocument(new Document("lumen", "Lumen", "lumen.md", "", 2), List.of(section),
                    List.of(verified, rejected));
        }
    }

    private int run(String... args) {
        return new Kg().execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void evalPrintsRecallPrecisionAndTheMisses() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD);

        assertThat(run("eval", "--gold", gold.toString(), "--data", dir.resolve("data").toString())).isZero();

        assertThat(out.toString())
                .contains("gold facts: 2 in lumen")
                .contains("recall 0.500 (1 of 2 gold facts found), precision 1.000 (1 of 1 verified facts match")
                .contains("misses (1):")
                .contains("l-2 lumen §1 Lumen-7B context_length 32K tokens  -- no context_length fact about Lumen-7B");
    }

    @Test
    void evalTellsWhichLineOfAGoldFileIsBroken() throws IOException {
        Path gold = Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": \"x\"}\n");

        assertThat(run("eval", "--gold", gold.toString(), "--data", dir.resolve("data").toString())).isEqualTo(1);

        assertThat(err.toString()).startsWith("error: " + gold + ":1: not a gold fact");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void reviewListsRejectedFactsWithReasonAndCitation() {
        assertThat(run("review", "--data", dir.resolve("data").toString())).isZero();

        assertThat(out.toString())
                .contains("rejected facts: 1 (number_not_in_quote 1)")
                .contains("[number_not_in_quote] Lumen-7B pretraining_tokens 3T tokens  (llm:test)")
                .contains("the object's 3T is not in the quote")
                .contains("lumen §1 Introduction, p.2: \"We pre-train Lumen-7B on 2.5T tokens.\"")
                .doesNotContain("7B total parameters");
    }

    @Test
    void reviewFiltersByReasonCode() {
        assertThat(run("review", "--reason", "quote_not_in_section", "--data", dir.resolve("data").toString()))
                .isZero();

        assertThat(out.toString()).startsWith("rejected facts: 0");
    }
}
