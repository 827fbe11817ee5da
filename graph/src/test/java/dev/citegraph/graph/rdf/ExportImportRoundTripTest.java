package dev.citegraph.graph.rdf;

import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.jsonl.JsonlExchange;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Predicate;
import dev.citegraph.graph.model.Verdict;
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
    void shouldWriteARejectedFactsCodeAndDetailAsTheReasonEarlierVersionsWrote() throws IOException {
        StringWriter file = new StringWriter();
        JsonlExchange.export(StoreContent.of(source), file);

        assertThat(file.toString().lines()).anySatisfy(line -> assertThat(line).contains("\"status\":\"REJECTED\","
                + "\"reason\":\"number_not_in_quote: the object's 2.8M is not in the quote\""));
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void shouldGiveBackEveryVerdictAfterAnRdfRoundTrip(RdfFormat format) {
        source.replaceDocument(Reports.document("c"), Reports.sections("c"), everyVerdict("c"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        RdfExporter.export(StoreContent.of(source), format, file);

        RdfImporter.read(new ByteArrayInputStream(file.toByteArray()), format, "export").replaceInto(target);

        assertThat(target.allFacts()).extracting(Fact::verdict)
                .containsExactlyElementsOf(source.allFacts().stream().map(Fact::verdict).toList())
                .contains(Verdict.unverified(), Verdict.rejected(ErrorCode.EMPTY_SUBJECT, "the fact names no subject"));
    }

    @Test
    void shouldGiveBackEveryVerdictAfterAJsonlRoundTrip() throws IOException {
        source.replaceDocument(Reports.document("c"), Reports.sections("c"), everyVerdict("c"));
        StringWriter file = new StringWriter();
        JsonlExchange.export(StoreContent.of(source), file);

        JsonlExchange.read(new StringReader(file.toString()), "export.jsonl").replaceInto(target);

        assertThat(target.allFacts()).extracting(Fact::verdict)
                .containsExactlyElementsOf(source.allFacts().stream().map(Fact::verdict).toList())
                .contains(Verdict.unverified(), Verdict.rejected(ErrorCode.EMPTY_SUBJECT, "the fact names no subject"));
    }

    @Test
    void shouldRejectAJsonlFactWhoseReasonHasNoRejectionCodeNamingItsLine() throws IOException {
        StringWriter file = new StringWriter();
        JsonlExchange.export(StoreContent.of(source), file);
        String uncoded = file.toString().replace("number_not_in_quote: the object's", "the object's");

        assertThatThrownBy(() -> JsonlExchange.read(new StringReader(uncoded), "old.jsonl"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("old.jsonl line ")
                .hasMessageContaining("a rejected fact's reason starts with its code");
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

    /** A verified, an unverified and a rejected fact of one document. */
    private static List<Fact> everyVerdict(String documentId) {
        Fact verified = Reports.totalParameters(documentId);
        Fact mla = Reports.usesMla(documentId);
        // Predicates of their own: a fact that another document verified would read back as verified.
        Fact unverified = new Fact(null, mla.subject(), Predicate.of("mentions"), mla.object(), mla.qualifiers(),
                Verdict.unverified(), "by hand", mla.citations());
        Fact rejected = new Fact(null, mla.subject(), Predicate.of("trained_on"), mla.object(), mla.qualifiers(),
                Verdict.rejected(ErrorCode.EMPTY_SUBJECT, "the fact names no subject"), "llm:test", mla.citations());
        return List.of(verified, unverified, rejected);
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
