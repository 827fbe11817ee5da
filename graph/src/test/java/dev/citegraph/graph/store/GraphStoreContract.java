package dev.citegraph.graph.store;

import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.query.Aggregation;
import dev.citegraph.graph.query.Body;
import dev.citegraph.graph.query.Filter;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.ListingKind;
import dev.citegraph.graph.query.NumberComparison;
import dev.citegraph.graph.query.Param;
import dev.citegraph.graph.query.Pattern;
import dev.citegraph.graph.query.QueryRows;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.query.Target;
import dev.citegraph.graph.model.Verdict;
import dev.citegraph.graph.synthetic.SyntheticReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.citegraph.graph.store.Reports.document;
import static dev.citegraph.graph.store.Reports.facts;
import static dev.citegraph.graph.store.Reports.sections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link GraphStore} must do. An implementation's test extends this class, opens its store once per
 * class and empties it before each test.
 */
public abstract class GraphStoreContract {

    protected abstract GraphStore store();

    /** Removes everything from the store, whatever earlier tests left. */
    protected abstract void clear();

    @BeforeEach
    void startEmpty() {
        clear();
    }

    @Test
    void shouldReturnDocumentAndSectionsInReadingOrder() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));

        assertThat(store().documents()).containsExactly(document("v3"));
        assertThat(store().document("v3")).contains(document("v3"));
        assertThat(store().document("nope")).isEmpty();
        assertThat(store().sections("v3")).containsExactlyElementsOf(sections("v3"));
    }

    @Test
    void shouldReturnEachKindOfFactWithItsCitation() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));

        for (Fact expected : facts("v3")) {
            assertThat(store().facts(List.of(expected.id()))).containsExactly(expected);
        }
    }

    @Test
    void shouldReturnFactsInRequestedOrderSkippingUnknownIds() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));
        Fact mla = Reports.usesMla("v3");
        Fact cost = Reports.pretrainingCost("v3");

        List<Fact> found = store().facts(List.of(cost.id(), "f-unknown", mla.id()));

        assertThat(found).extracting(Fact::id).containsExactly(cost.id(), mla.id());
    }

    @Test
    void shouldKeepOneFactWithTwoCitationsWhenTwoDocumentsStateIt() {
        store().replaceDocument(document("a"), sections("a"), List.of(Reports.totalParameters("a")));
        store().replaceDocument(document("b"), sections("b"), List.of(Reports.totalParameters("b")));

        Fact stored = single(store().allFacts());

        assertThat(stored.citations()).extracting(Citation::documentId).containsExactly("a", "b");
        assertThat(stored.citations()).extracting(Citation::page).containsExactly(4, 4);
        assertThat(store().stats().citations()).isEqualTo(2);
    }

    @Test
    void shouldKeepTwoCitationsOfOneFactInOneDocument() {
        Fact inArchitecture = Reports.totalParameters("v3");
        Citation inCosts = Reports.quote(Reports.costs("v3"), "2664K GPU hours");
        Fact twice = inArchitecture.mergedWith(new Fact(inArchitecture.id(), inArchitecture.subject(),
                inArchitecture.predicate(), inArchitecture.object(), inArchitecture.qualifiers(),
                inArchitecture.verdict(), "rules", List.of(inCosts)));

        store().replaceDocument(document("v3"), sections("v3"), List.of(twice));

        assertThat(single(store().allFacts()).citations()).hasSize(2);
    }

    @Test
    void shouldReplaceWhatADocumentSaidWhenItIsRebuilt() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));

        store().replaceDocument(document("v3"), sections("v3"), List.of(Reports.usesMla("v3")));

        assertThat(store().allFacts()).containsExactly(Reports.usesMla("v3"));
    }

    @Test
    void shouldLeaveTheSameGraphWhenTheSameDocumentIsBuiltTwice() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));
        StoreStats once = store().stats();
        List<Fact> factsOnce = store().allFacts();

        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));

        assertThat(store().stats()).isEqualTo(once);
        assertThat(store().allFacts()).isEqualTo(factsOnce);
    }

    @Test
    void shouldKeepAFactAnotherDocumentStillCitesWhenOneIsRemoved() {
        store().replaceDocument(document("a"), sections("a"), facts("a"));
        store().replaceDocument(document("b"), sections("b"), List.of(Reports.totalParameters("b")));

        assertThat(store().removeDocument("a")).isTrue();

        assertThat(store().allFacts()).containsExactly(Reports.totalParameters("b"));
        assertThat(store().documents()).containsExactly(document("b"));
        assertThat(store().sections("a")).isEmpty();
        assertThat(store().removeDocument("a")).isFalse();
    }

    @Test
    void shouldDropEntitiesNoFactNamesAnyMore() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));

        store().replaceDocument(document("v3"), sections("v3"), List.of(Reports.totalParameters("v3")));

        assertThat(store().stats().entities()).isEqualTo(1);
    }

    @Test
    void shouldCountWhatItHoldsByKindAndStatus() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));

        StoreStats stats = store().stats();

        assertThat(stats).isEqualTo(new StoreStats(1, 2, 2, 4,
                Map.of(FactStatus.VERIFIED, 3L, FactStatus.UNVERIFIED, 0L, FactStatus.REJECTED, 1L)));
    }

    @Test
    void shouldStartEmpty() {
        assertThat(store().stats()).isEqualTo(new StoreStats(0, 0, 0, 0,
                Map.of(FactStatus.VERIFIED, 0L, FactStatus.UNVERIFIED, 0L, FactStatus.REJECTED, 0L)));
        assertThat(store().allFacts()).isEmpty();
        assertThat(store().documents()).isEmpty();
    }

    @Test
    void shouldUniteAliasesOfOneEntitySeenInTwoDocuments() {
        Fact plain = Reports.totalParameters("a");
        Entity otherSpelling = Reports.v3().withAliases(Set.of("DSV3"));
        Fact aliased = new Fact(null, otherSpelling, plain.predicate(), plain.object(), plain.qualifiers(),
                plain.verdict(), "rules", List.of(Reports.quote(Reports.architecture("b"), "671B total parameters")));
        store().replaceDocument(document("a"), sections("a"), List.of(plain));

        store().replaceDocument(document("b"), sections("b"), List.of(aliased));

        assertThat(single(store().allFacts()).subject().aliases()).containsExactlyInAnyOrder("DeepSeek V3", "DSV3");
    }

    @Test
    void shouldRejectAFactCitingASectionOfNoDocumentAndKeepTheStoreAsItWas() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));
        List<Fact> before = store().allFacts();
        Section stray = new Section("v3#9", "v3", "9", "Stray", 1, 1, 1, Reports.V3_TEXT, null, null, null);
        Fact strayFact = Fact.of(Reports.v3(), dev.citegraph.graph.model.Predicate.of("uses"),
                new FactObject.TextObject("x"), Map.of(), Verdict.verified(), "rules",
                Reports.quote(stray, "671B total parameters"));

        assertThatThrownBy(() -> store().replaceDocument(document("v3"), sections("v3"), List.of(strayFact)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v3#9");
        assertThat(store().allFacts()).isEqualTo(before);
    }

    @Test
    void shouldKeepARejectedFactApartFromAVerifiedOne() {
        Fact verified = Reports.totalParameters("v3");
        Fact rejected = new Fact(null, verified.subject(), verified.predicate(), verified.object(),
                verified.qualifiers(), Verdict.rejected(ErrorCode.QUOTE_NOT_IN_SECTION, "the quote is not in §2"),
                "llm:test", verified.citations());

        store().replaceDocument(document("v3"), sections("v3"), List.of(verified, rejected));

        assertThat(store().allFacts()).extracting(Fact::status)
                .containsExactlyInAnyOrder(FactStatus.VERIFIED, FactStatus.REJECTED);
    }

    @Test
    void shouldGiveBackEachVerdictAsItWasWritten() {
        Fact verified = Reports.totalParameters("v3");
        Fact unverified = withVerdict(Reports.usesMla("v3"), Verdict.unverified());
        Fact rejected = withVerdict(Reports.pretrainingCost("v3"),
                Verdict.rejected(ErrorCode.NUMBER_NOT_IN_QUOTE, "the object's 2664K is not in the quote: \"took\""));

        store().replaceDocument(document("v3"), sections("v3"), List.of(verified, unverified, rejected));

        assertThat(store().allFacts()).extracting(Fact::verdict).containsExactlyInAnyOrder(
                Verdict.verified(), Verdict.unverified(),
                Verdict.rejected(ErrorCode.NUMBER_NOT_IN_QUOTE, "the object's 2664K is not in the quote: \"took\""));
    }

    @Test
    void shouldAnswerAMatchWithOneFactIdPerPatternInFactIdOrder() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));

        QueryRows.FactRows rows = store().run(costsOfAnyStatus(), Map.of("pred0", "training_cost"));

        List<String> expected = List.of(Reports.pretrainingCost("v3").id(), Reports.rejectedClaim("v3").id())
                .stream().sorted().toList();
        assertThat(rows.rows()).extracting(row -> row.factIds().get(0)).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldNotLetAParameterValueChangeTheQuery() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));

        QueryRows.FactRows rows = store().run(costsOfAnyStatus(),
                Map.of("pred0", "uses\" } UNION { ?f ?p ?id . FILTER(\"x\"=\"x\") }'} RETURN 1 AS f0 //"));

        assertThat(rows.rows()).isEmpty();
    }

    @Test
    void shouldListDocumentsAsTypedRows() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));

        QueryRows.ListingRows rows = store().run(new GraphQuery.Listing(ListingKind.DOCUMENTS, Optional.empty(),
                Optional.empty(), StatusFilter.ALL, Optional.empty()), Map.of());

        assertThat(rows.rows()).containsExactly(new QueryRows.DocumentRow("v3", "Report v3", Optional.of(12)));
    }

    @Test
    void shouldCompareQuantitiesByValueInQueries() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));
        Body body = new Body(List.of(new Pattern(0, new Pattern.EntityVariable("m"), Optional.empty(),
                new Pattern.ValueVariable("v"))), List.of(new Filter.NumberFilter(0, NumberComparison.GT,
                new Param("num0"), List.of())), Optional.empty(), StatusFilter.VERIFIED_ONLY);
        GraphQuery.Match overABillion = new GraphQuery.Match(body, List.of(), Optional.empty(), List.of());

        QueryRows.FactRows rows = store().run(overABillion, Map.of("num0", 1.0e9));

        assertThat(rows.rows()).extracting(row -> row.factIds().get(0))
                .containsExactly(Reports.totalParameters("v3").id());
    }

    @Test
    void shouldAnswerAnAggregateWithItsExactValueUnitAndFacts() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));
        Body body = new Body(List.of(new Pattern(0, new Pattern.EntityVariable("m"),
                Optional.of(new Param("pred0")), new Pattern.ValueVariable("c"))), List.of(), Optional.empty(),
                StatusFilter.VERIFIED_ONLY);
        GraphQuery.Aggregate max = new GraphQuery.Aggregate(body, Aggregation.MAX, new Target.ValueTarget("c", 0), 0,
                Optional.empty(), List.of(), Optional.empty());

        QueryRows.AggregateRows rows = store().run(max, Map.of("pred0", "training_cost"));

        assertThat(rows.rows()).containsExactly(new QueryRows.AggregateRow(Optional.empty(),
                Optional.of(new QueryRows.AggregateValue(new BigDecimal("2664000"), Optional.of("GPU hour"))),
                List.of(Reports.pretrainingCost("v3").id())));
    }

    @Test
    void shouldKnowANameByTheKeyOfAnAlias() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));

        assertThat(store().run(new GraphQuery.NameKeyCount(new Param("key")), Map.of("key", "deepseek-v3")).count())
                .isEqualTo(1);
        assertThat(store().run(new GraphQuery.NameKeyCount(new Param("key")), Map.of("key", "deepseek-v2")).count())
                .isZero();
        assertThat(store().run(new GraphQuery.AllNames(GraphQuery.NameKind.DOCUMENT_IDS), Map.of()).names())
                .containsExactly("v3");
    }

    @Test
    void shouldFindTheVerifiedFactsWhoseCitationsHoldAnyTermThroughItsTextIndex() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));

        TextMatches matches = store().searchFacts(new TextSearch(Set.of("gpu", "latent"), 10));

        assertThat(matches.facts()).containsExactlyElementsOf(List.of(Reports.usesMla("v3"), Reports.pretrainingCost("v3"))
                .stream().sorted(java.util.Comparator.comparing(Fact::id)).toList());
        assertThat(matches.citations()).isEqualTo(4);
        assertThat(matches.citationsWithTerm()).isEqualTo(Map.of("gpu", 1L, "latent", 1L));
    }

    @Test
    void shouldFindAFactByItsPredicateSubjectAliasesObjectAliasesAndQualifiers() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));

        assertThat(ids(store().searchFacts(new TextSearch(Set.of("mla"), 10)))).containsExactly(Reports.usesMla("v3").id());
        assertThat(ids(store().searchFacts(new TextSearch(Set.of("h800"), 10))))
                .containsExactly(Reports.pretrainingCost("v3").id());
        assertThat(ids(store().searchFacts(new TextSearch(Set.of("deepseek-v3"), 10)))).hasSize(3);
        assertThat(store().searchFacts(new TextSearch(Set.of("v3"), 10)).citationsWith("v3")).isEqualTo(4);
    }

    @Test
    void shouldGiveAtMostTheLimitOfFactsFromItsTextIndex() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));

        assertThat(store().searchFacts(new TextSearch(Set.of("deepseek-v3"), 2)).facts()).hasSize(2);
    }

    @Test
    void shouldTakeATermWithTheIndexsQuerySyntaxAsOneWord() {
        store().replaceDocument(document("v3"), sections("v3"), facts("v3"));

        TextMatches matches = store().searchFacts(new TextSearch(Set.of("gpu)", "*", "deepseek-v3:(x", "\\\"\""), 10));

        assertThat(matches.facts()).isEmpty();
        assertThat(matches.citationsWithTerm().values()).containsOnly(0L);
    }

    @Test
    void shouldKeepItsTextIndexInStepWithReplacedAndRemovedDocuments() {
        store().replaceDocument(document("a"), sections("a"), facts("a"));
        store().replaceDocument(document("b"), sections("b"), List.of(Reports.totalParameters("b")));
        store().replaceDocument(document("a"), sections("a"), List.of(Reports.usesMla("a")));

        assertThat(store().searchFacts(new TextSearch(Set.of("gpu"), 10)).facts()).isEmpty();
        assertThat(store().searchFacts(new TextSearch(Set.of("671b"), 10)).facts())
                .containsExactly(Reports.totalParameters("b"));

        store().removeDocument("b");

        TextMatches after = store().searchFacts(new TextSearch(Set.of("671b", "latent"), 10));
        assertThat(after.facts()).containsExactly(Reports.usesMla("a"));
        assertThat(after.citations()).isEqualTo(1);
        assertThat(after.citationsWithTerm()).isEqualTo(Map.of("671b", 0L, "latent", 1L));
    }

    private static List<String> ids(TextMatches matches) {
        return matches.facts().stream().map(Fact::id).toList();
    }

    /** {@code match ?m $pred0 ?c}, every status. */
    private static GraphQuery.Match costsOfAnyStatus() {
        Body body = new Body(List.of(new Pattern(0, new Pattern.EntityVariable("m"), Optional.of(new Param("pred0")),
                new Pattern.ValueVariable("c"))), List.of(), Optional.empty(), StatusFilter.ALL);
        return new GraphQuery.Match(body, List.of(), Optional.empty(), List.of());
    }

    @Test
    void shouldEndConsistentWhenTwoBuildsRunAtOnce() throws Exception {
        SyntheticReports reports = new SyntheticReports(4, 150, 20, 60);
        ExecutorService builds = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = builds.submit(() -> build(reports, 0, 4));
            Future<?> second = builds.submit(() -> build(reports, 2, 6));
            first.get(5, TimeUnit.MINUTES);
            second.get(5, TimeUnit.MINUTES);
        } finally {
            builds.shutdownNow();
        }
        StoreStats concurrentStats = store().stats();
        List<Fact> concurrentFacts = store().allFacts();

        clear();
        build(reports, 0, 6);

        assertThat(concurrentStats).isEqualTo(store().stats());
        assertThat(concurrentFacts).isEqualTo(store().allFacts());
    }

    private void build(SyntheticReports reports, int from, int to) {
        for (int d = from; d < to; d++) store().replaceDocument(reports.document(d), reports.sections(d), reports.facts(d));
    }

    private static Fact withVerdict(Fact fact, Verdict verdict) {
        return new Fact(null, fact.subject(), fact.predicate(), fact.object(), fact.qualifiers(), verdict,
                fact.method(), fact.citations());
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
