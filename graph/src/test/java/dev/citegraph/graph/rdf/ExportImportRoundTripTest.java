package dev.citegraph.graph.rdf;

import dev.citegraph.graph.jsonl.JsonlExchange;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.ImportException;
import dev.citegraph.graph.store.Reports;
import dev.citegraph.graph.store.StoreContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exporting a store and importing the file into an empty store gives back the same documents, facts and citations. */
class ExportImportRoundTripTest {
    @TempDir
    Path work;
    private TdbGraphStore source;
    private TdbGraphStore target;

    @BeforeEach
    void fillSource() {
        source = new TdbGraphStore(work.resolve("source"));
        target = new TdbGraphStore(work.resolve("target"));
        source.replaceDocument(Reports.document("a"), Reports.sections("a"), Reports.facts("a"));
        source.replaceDocument(Reports.document("b"), Reports.sections("b"), List.of(Reports.totalParameters("b")));
    }

    @AfterEach
    void closeStores() {
        source.close();
        target.close();
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void shouldGiveBackTheSameFactsAndCitationsAfterAnRdfRoundTrip(RdfFormat format) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        RdfExporter.export(StoreContent.of(source), format, file);

        RdfImporter.read(new ByteArrayInputStream(file.toByteArray()), format, "export").replaceInto(target);

        assertSameContent();
    }

    @Test
    void shouldGiveBackTheSameFactsAndCitationsAfterAJsonlRoundTrip() throws IOException {
        StringWriter file = new StringWriter();
        JsonlExchange.export(StoreContent.of(source), file);

        JsonlExchange.read(new StringReader(file.toString()), "export.jsonl").replaceInto(target);

        assertSameContent();
    }

    @Test
    void shouldWriteOneFactALineWithItsCitationsInJsonl() throws IOException {
        StringWriter file = new StringWriter();
        JsonlExchange.export(StoreContent.of(source), file);

        List<String> factLines = file.toString().lines().filter(l -> l.startsWith("{\"type\":\"fact\"")).toList();

        assertThat(factLines).hasSize(source.allFacts().size());
        assertThat(factLines).anySatisfy(line -> assertThat(line)
                .contains("\"predicate\":\"training_cost\"", "\"value\":\"2664000\"", "\"unit\":\"GPU hour\"",
                        "\"qualifiers\":{\"hardware\":\"H800\",\"stage\":\"pre-training\"}", "\"status\":\"VERIFIED\"",
                        "\"section\":\"2.1\"", "\"page\":5", "\"quote\":\"2664K GPU hours\""));
    }

    @Test
    void shouldNameTheFactsProvenanceWithProvOInTurtle() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        RdfExporter.export(StoreContent.of(source), RdfFormat.TURTLE, file);

        assertThat(file.toString(StandardCharsets.UTF_8))
                .contains("prov:wasDerivedFrom", "cg:quote", "cg:qualifier", "\"stage=pre-training\"", "rel:uses");
    }

    @Test
    void shouldRejectAJsonlLineThatIsNotJsonNamingItsLine() {
        String file = "{\"type\":\"document\",\"id\":\"a\",\"title\":\"A\",\"pages\":1}\n{not json\n";

        assertThatThrownBy(() -> JsonlExchange.read(new StringReader(file), "bad.jsonl"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("bad.jsonl line 2: not a citegraph JSONL line");
    }

    @Test
    void shouldRejectAFactCitingADocumentTheFileDoesNotDescribe() throws IOException {
        StringWriter file = new StringWriter();
        JsonlExchange.export(StoreContent.of(source), file);
        String withoutDocumentB = file.toString().lines()
                .filter(l -> !l.startsWith("{\"type\":\"document\",\"id\":\"b\""))
                .reduce("", (a, l) -> a + l + "\n");

        assertThatThrownBy(() -> JsonlExchange.read(new StringReader(withoutDocumentB), "partial.jsonl"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("partial.jsonl")
                .hasMessageContaining("'b'");
    }

    @Test
    void shouldRejectBrokenTurtleAndStoreNothing() {
        byte[] file = "@prefix cg: <https://citegraph.dev/ns#> .\n<a> cg:id \"x\" .\n<b> cg:id .\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RdfImporter.read(new ByteArrayInputStream(file), RdfFormat.TURTLE, "bad.ttl"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("bad.ttl: not valid Turtle");
        assertThat(target.documents()).isEmpty();
    }

    private void assertSameContent() {
        assertThat(target.documents()).isEqualTo(source.documents());
        for (var document : source.documents()) {
            assertThat(target.sections(document.id())).isEqualTo(source.sections(document.id()));
        }
        List<Fact> facts = target.allFacts();
        assertThat(facts).isEqualTo(source.allFacts());
        assertThat(facts.stream().mapToInt(f -> f.citations().size()).sum()).isEqualTo(5);
        assertThat(target.stats()).isEqualTo(source.stats());
    }
}
