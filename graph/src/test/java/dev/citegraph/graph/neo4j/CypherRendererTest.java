package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.query.Aggregation;
import dev.citegraph.graph.query.Body;
import dev.citegraph.graph.query.Filter;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.Grouping;
import dev.citegraph.graph.query.ListingKind;
import dev.citegraph.graph.query.NumberComparison;
import dev.citegraph.graph.query.OrderKey;
import dev.citegraph.graph.query.Param;
import dev.citegraph.graph.query.Pattern;
import dev.citegraph.graph.query.Scope;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.query.Target;
import dev.citegraph.graph.query.Union;
import org.junit.jupiter.api.Test;
import org.neo4j.cypherdsl.core.Literal;
import org.neo4j.cypherdsl.core.Statement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Cypher of a graph query promises: its values are parameters, its shape the one the store indexes. */
class CypherRendererTest {
    private static final Param NAME = new Param("name0");
    private static final Param DOC = new Param("doc0");
    private static final Param SECTION = new Param("section0");
    private static final Scope IN_SECTION = new Scope(Optional.of(DOC), Optional.of(SECTION));

    @Test
    void everyValueIsAParameterAndTheOnlyTextLiteralsAreTheStoresOwn() {
        List<GraphQuery<?>> queries = List.of(
                new GraphQuery.FactsAbout(NAME, Optional.of(IN_SECTION), StatusFilter.VERIFIED_ONLY, Optional.of(5)),
                new GraphQuery.Compare(true, List.of(DOC, new Param("doc1")), List.of(new Param("pred0")),
                        List.of(), List.of(),
                        Optional.of(IN_SECTION), StatusFilter.VERIFIED_ONLY),
                new GraphQuery.Listing(ListingKind.SECTIONS, Optional.of(DOC), Optional.of(new Param("text0")),
                        StatusFilter.ALL, Optional.empty()),
                new GraphQuery.NameKeyCount(NAME));
        List<Set<String>> parameters = List.of(Set.of("name0", "doc0", "section0"),
                Set.of(CompareLists.PICKS, CompareLists.PREDICATES, "doc0", "section0"), Set.of("doc0", "text0"), Set.of("name0"));
        for (int i = 0; i < queries.size(); i++) {
            Statement statement = CypherRenderer.statement(queries.get(i));
            assertThat(Set.copyOf(statement.getCatalog().getParameterNames())).as("%s", queries.get(i))
                    .isEqualTo(parameters.get(i));
            assertThat(statement.getCatalog().getLiterals().stream().map(Literal::asString)
                    .filter(text -> text.startsWith("'")).collect(Collectors.toSet()))
                    .as("%s", queries.get(i)).isSubsetOf("'VERIFIED'", "'.'");
        }
    }

    @Test
    void scopesEachPatternThroughItsOwnCitationAndSection() {
        Body body = new Body(List.of(
                new Pattern(0, new Pattern.EntityVariable("m"), Optional.of(new Param("pred0")),
                        new Pattern.EntityVariable("x")),
                new Pattern(1, new Pattern.EntityVariable("x"), Optional.of(new Param("pred1")),
                        new Pattern.ValueVariable("c"))),
                List.of(new Filter.NumberFilter(1, NumberComparison.NEQ, new Param("num0"),
                        List.of(new Param("unit0")))),
                Optional.of(IN_SECTION), StatusFilter.VERIFIED_ONLY);
        GraphQuery.Match match = new GraphQuery.Match(body,
                List.of(new OrderKey(new OrderKey.ByTarget(new Target.ValueTarget("c", 1)), true)), Optional.of(3),
                List.of());

        assertThat(CypherRenderer.render(match)).isEqualTo("""
                MATCH (v_m:Entity)<-[:SUBJECT]-(f0:Fact {
                  predicate: $pred0,
                  status: 'VERIFIED'
                })
                MATCH (f0)-[:OBJECT]->(v_x:Entity)
                MATCH (v_x)<-[:SUBJECT]-(f1:Fact {
                  predicate: $pred1,
                  status: 'VERIFIED'
                })
                WHERE (f1.value <> $num0
                  AND toLower(f1.unit) IN [$unit0]
                  AND EXISTS {
                    MATCH (f0)-[c:CITES]->(s:Section)
                    WHERE (toLower(c.documentId) = $doc0
                      AND (s.number = $section0
                        OR s.number STARTS WITH ($section0 + '.')))
                  }
                  AND EXISTS {
                    MATCH (f1)-[c:CITES]->(s:Section)
                    WHERE (toLower(c.documentId) = $doc0
                      AND (s.number = $section0
                        OR s.number STARTS WITH ($section0 + '.')))
                  })
                RETURN DISTINCT f0.id AS f0, f1.id AS f1, coalesce(f1.value, -1.0E308) AS k0, toLower(f1.objectText) \
                AS k0t ORDER BY k0 DESC, k0t DESC, f0, f1 LIMIT 3""");
    }

    @Test
    void aUnionIsACallOfItsBranchesEachWithItsOwnFiltersAndTheScope() {
        Body body = new Body(List.of(
                new Pattern(0, new Pattern.EntityVariable("m"), Optional.of(new Param("pred0")),
                        new Pattern.ValueVariable("c")),
                new Pattern(1, new Pattern.EntityVariable("m"), Optional.of(new Param("pred1")),
                        new Pattern.ValueVariable("c"))),
                List.of(new Filter.NumberFilter(1, NumberComparison.GT, new Param("num0"), List.of()),
                        new Filter.TextFilter(new Target.EntityTarget("m"), Filter.TextOperator.CONTAINS,
                                new Param("text0"))),
                List.of(), Optional.of(new Union(List.of(List.of(0), List.of(1)))),
                Optional.of(new Scope(Optional.of(DOC), Optional.empty())), StatusFilter.VERIFIED_ONLY);
        GraphQuery.Match match = new GraphQuery.Match(body, List.of(), Optional.empty(), List.of());

        Statement statement = CypherRenderer.statement(match);
        assertThat(Set.copyOf(statement.getCatalog().getParameterNames()))
                .isEqualTo(Set.of("pred0", "pred1", "num0", "text0", "doc0"));
        assertThat(statement.getCatalog().getLiterals().stream().map(Literal::asString)
                .filter(text -> text.startsWith("'")).collect(Collectors.toSet())).isSubsetOf("'VERIFIED'", "''");
        assertThat(CypherRenderer.render(match)).isEqualTo("""
                CALL () {
                  MATCH (v_m:Entity)<-[:SUBJECT]-(f0:Fact {
                    predicate: $pred0,
                    status: 'VERIFIED'
                  })
                  WHERE EXISTS {
                    MATCH (f0)-[c:CITES]->(s:Section)
                    WHERE toLower(c.documentId) = $doc0
                  }
                  RETURN v_m, f0, NULL AS f1 UNION ALL
                  MATCH (v_m:Entity)<-[:SUBJECT]-(f1:Fact {
                    predicate: $pred1,
                    status: 'VERIFIED'
                  })
                  WHERE (f1.value > $num0
                    AND EXISTS {
                      MATCH (f1)-[c:CITES]->(s:Section)
                      WHERE toLower(c.documentId) = $doc0
                    })
                  RETURN v_m, NULL AS f0, f1
                }
                WITH *
                WHERE toLower(v_m.name) CONTAINS $text0
                RETURN DISTINCT coalesce(f0.id, '') AS f0, coalesce(f1.id, '') AS f1 ORDER BY f0, f1""");
    }

    @Test
    void aComparisonOfDocumentsScopesTheCitationItMatched() {
        GraphQuery.Compare compare = new GraphQuery.Compare(true, List.of(DOC), List.of(new Param("pred0")),
                        List.of(), List.of(),
                Optional.of(new Scope(Optional.empty(), Optional.of(SECTION))), StatusFilter.ALL);

        assertThat(CypherRenderer.render(compare)).isEqualTo("""
                UNWIND $compare_picks AS pick WITH pick[0] AS col, pick[1] AS key
                MATCH (f:Fact)-[c:CITES]->()
                WHERE (toLower(c.documentId) = key
                  AND f.predicate IN $compare_predicates
                  AND EXISTS {
                    MATCH (f)-[c]->(s:Section)
                    WHERE (s.number = $section0
                      OR s.number STARTS WITH ($section0 + '.'))
                  })
                RETURN DISTINCT col, f.predicate AS row, f.id AS f0 ORDER BY col, row, f0""");
    }

    @Test
    void aComparisonHasOneTextHoweverManyModelsAndAttributesItCompares() {
        GraphQuery.Compare two = new GraphQuery.Compare(false, List.of(NAME, new Param("name1")),
                List.of(new Param("pred0")), List.of(), List.of(), Optional.empty(), StatusFilter.VERIFIED_ONLY);
        GraphQuery.Compare three = new GraphQuery.Compare(false, List.of(NAME, new Param("name1"), new Param("name2")),
                List.of(new Param("pred0"), new Param("pred1")), List.of(new Param("pred2")), List.of(),
                Optional.empty(), StatusFilter.VERIFIED_ONLY);

        assertThat(CypherRenderer.render(three)).isEqualTo(CypherRenderer.render(two));
        assertThat(CompareLists.parameters(three, Map.of("name0", "a", "name1", "b", "name2", "c", "pred0", "p",
                "pred1", "q", "pred2", "r")))
                .containsEntry(CompareLists.PICKS, List.of(List.of(0L, "a"), List.of(1L, "b"), List.of(2L, "c")))
                .containsEntry(CompareLists.PREDICATES, List.of("p", "q", "r"));
        assertThat(CypherRenderer.explained(three)).endsWith("""
                /* $compare_picks = [[0, $name0], [1, $name1], [2, $name2]], $compare_predicates = [$pred0, $pred1, $pred2] */""");
    }

    @Test
    void aCountByDocumentGroupsOnTheCitationsOfTheCitedPattern() {
        Body body = new Body(List.of(new Pattern(0, new Pattern.EntityVariable("m"), Optional.of(new Param("pred0")),
                new Pattern.NamedEntity(NAME))), List.of(), Optional.of(new Scope(Optional.of(DOC), Optional.empty())),
                StatusFilter.VERIFIED_ONLY);
        GraphQuery.Aggregate count = new GraphQuery.Aggregate(body, Aggregation.COUNT, new Target.EntityTarget("m"), 0,
                Optional.of(new Grouping.ByDocument()), List.of(), Optional.empty());

        assertThat(CypherRenderer.render(count)).isEqualTo("""
                MATCH (v_m:Entity)<-[:SUBJECT]-(f0:Fact {
                  predicate: $pred0,
                  status: 'VERIFIED'
                })
                MATCH (f0)-[:OBJECT]->(:Entity)<-[:NAMES]-(:Name {
                  key: $name0
                })
                WHERE EXISTS {
                  MATCH (f0)-[c:CITES]->(s:Section)
                  WHERE toLower(c.documentId) = $doc0
                }
                MATCH (f0)-[gc:CITES]->()
                WHERE toLower(gc.documentId) = $doc0
                WITH DISTINCT gc.documentId AS grp, f0, v_m
                RETURN grp, count(DISTINCT v_m) AS agg, collect(DISTINCT f0.id) AS facts ORDER BY grp""");
    }
}
