package dev.citegraph.graph.rdf;

import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.ListingKind;
import dev.citegraph.graph.query.Param;
import dev.citegraph.graph.query.QueryRows;
import dev.citegraph.graph.query.Scope;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.store.Reports;
import dev.citegraph.graph.store.StoreStats;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The renderer's promise: a value reaches SPARQL only as one RDF term put in place of its parameter's variable, so
 * text shaped like SPARQL never becomes part of the query, whatever it holds.
 */
class SparqlRendererTest {
    static final List<String> INJECTIONS = List.of(
            "deepseek-v3\" } UNION { ?fn ?p ?f0 } #",
            "deepseek-v3' . ?fn ?p ?f0 . FILTER('x'='x') #",
            "x\" . } ; DROP ALL ; SELECT * WHERE { \"",
            "\\\" } INSERT DATA { <a> <b> <c> } #",
            "deepseek-v3\"^^<http://www.w3.org/2001/XMLSchema#string> } #",
            "?f0",
            "line\nbreak } } >",
            "\"\"\" } # ''' }");

    private static final GraphQuery.FactsAbout FACTS_ABOUT = new GraphQuery.FactsAbout(new Param("name0"),
            Optional.of(new Scope(Optional.of(new Param("doc0")), Optional.empty())), StatusFilter.ALL,
            Optional.empty());

    @TempDir
    static Path directory;
    private static TdbGraphStore store;

    @BeforeAll
    static void open() {
        store = new TdbGraphStore(directory);
        store.replaceDocument(Reports.document("v3"), Reports.sections("v3"), Reports.facts("v3"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void shouldKeepInjectionShapedValuesOutOfTheRenderedText() {
        String text = SparqlRenderer.render(FACTS_ABOUT);

        assertThat(text).contains("cg:nameKey  ?name0", "= ?doc0");
        // "?f0" is spelled like a variable of the query: only phrases are looked for in the text.
        for (String injection : INJECTIONS) if (injection.contains(" ")) assertThat(text).doesNotContain(injection);
    }

    @ParameterizedTest
    @FieldSource("INJECTIONS")
    void shouldBindAnInjectionShapedValueAsOneLiteral(String injection) {
        Query bound = SparqlRenderer.bind(SparqlRenderer.query(FACTS_ABOUT), Map.of("name0", injection,
                "doc0", "v3"));

        Op reparsed = Algebra.compile(QueryFactory.create(bound.serialize()));

        assertThat(reparsed).isEqualTo(Algebra.compile(bound));
        assertThat(objectsOf(reparsed, CgVocabulary.NAME_KEY.asNode()))
                .singleElement().satisfies(key -> assertThat(key.getLiteralLexicalForm()).isEqualTo(injection));
    }

    @ParameterizedTest
    @FieldSource("INJECTIONS")
    void shouldAnswerNothingForAnInjectionShapedValueAndChangeNothing(String injection) {
        StoreStats before = store.stats();

        QueryRows.FactRows rows = store.run(FACTS_ABOUT, Map.of("name0", injection, "doc0", "v3"));

        assertThat(rows.rows()).isEmpty();
        assertThat(store.stats()).isEqualTo(before);
    }

    @Test
    void shouldAnswerThePlainValue() {
        QueryRows.FactRows rows = store.run(FACTS_ABOUT, Map.of("name0", "deepseek-v3", "doc0", "v3"));

        assertThat(rows.rows()).hasSize(Reports.facts("v3").size());
    }

    @Test
    void shouldAnswerNothingForAnInjectionShapedFilterValue() {
        GraphQuery.Listing listing = new GraphQuery.Listing(ListingKind.ENTITIES, Optional.empty(),
                Optional.of(new Param("text0")), StatusFilter.ALL, Optional.empty());

        QueryRows.ListingRows rows = store.run(listing, Map.of("text0", "deepseek\")) || (\"x\" = \"x"));

        assertThat(rows.rows()).isEmpty();
        assertThat(store.run(listing, Map.of("text0", "deepseek")).rows()).hasSize(1);
    }

    @Test
    void shouldRefuseAParameterNamedLikeOneOfItsOwnVariables() {
        GraphQuery.Listing listing = new GraphQuery.Listing(ListingKind.ENTITIES, Optional.empty(),
                Optional.of(new Param("name")), StatusFilter.ALL, Optional.empty());

        assertThatThrownBy(() -> SparqlRenderer.render(listing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("$name");
    }

    private static List<Node> objectsOf(Op op, Node predicate) {
        List<Node> objects = new ArrayList<>();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                for (Triple t : bgp.getPattern()) if (t.getPredicate().equals(predicate)) objects.add(t.getObject());
            }
        });
        return objects;
    }
}
