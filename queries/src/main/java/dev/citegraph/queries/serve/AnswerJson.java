package dev.citegraph.queries.serve;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Table;
import dev.citegraph.graph.store.StoreStats;
import dev.citegraph.queries.answer.ask.CheckedSentence;
import dev.citegraph.queries.answer.compare.CellValue;
import dev.citegraph.queries.answer.compare.Comparison;
import dev.citegraph.queries.answer.compare.ComparisonRow;
import dev.citegraph.queries.answer.compare.Footnote;
import dev.citegraph.queries.answer.retrieval.ScoredFact;
import dev.citegraph.queries.query.Answer;
import dev.citegraph.queries.query.FactValues;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one mapping from citegraph's answer model to the HTTP API's JSON: every endpoint writes what these records say,
 * so a change to the answer model is met here and nowhere else. The shapes do not depend on the store: both stores
 * hand back the same domain records, and nothing here looks past them.
 */
public final class AnswerJson {
    private AnswerJson() {
    }

    // ---- facts and citations, the atoms of every answer ----

    /** A fact with all its citations. {@code value} reads as the CLI prints it ({@code 2664K GPU hour [stage=...]}). */
    public record FactJson(String id, EntityRef subject, String predicate, String surface, ObjectJson object,
                           String value, Map<String, String> qualifiers, String status, String reason, String method,
                           List<CitationJson> citations) {
    }

    public record EntityRef(String id, String name, String kind, List<String> aliases) {
    }

    /** {@code kind} is entity, quantity or text; {@code number} and {@code unit} only for quantities. */
    public record ObjectJson(String kind, String text, EntityRef entity, BigDecimal number, String unit) {
    }

    /** Where a fact is written; {@code start}/{@code end} index the section's text (see the section endpoint). */
    public record CitationJson(String document, String sectionId, String section, String title, Integer page,
                               String quote, int start, int end, String text) {
    }

    public static FactJson fact(Fact fact) {
        return new FactJson(fact.id(), entity(fact.subject()), fact.predicate().name(), fact.predicate().surface(),
                object(fact.object()), FactValues.display(fact), new LinkedHashMap<>(fact.qualifiers()),
                lower(fact.status().name()), FactValues.reason(fact).orElse(""), fact.method(),
                fact.citations().stream().map(AnswerJson::citation).toList());
    }

    public static List<FactJson> facts(List<Fact> facts) {
        return facts.stream().map(AnswerJson::fact).toList();
    }

    public static EntityRef entity(Entity entity) {
        return new EntityRef(entity.id(), entity.name(), lower(entity.kind().name()), List.copyOf(entity.aliases()));
    }

    static ObjectJson object(FactObject object) {
        if (object instanceof FactObject.EntityObject e) {
            return new ObjectJson("entity", e.display(), entity(e.entity()), null, null);
        }
        if (object instanceof FactObject.QuantityObject q) {
            return new ObjectJson("quantity", q.display(), null, q.quantity().value(), q.quantity().unit());
        }
        return new ObjectJson("text", object.display(), null, null, null);
    }

    public static CitationJson citation(Citation c) {
        return new CitationJson(c.documentId(), c.sectionId(), c.sectionNumber(), c.sectionTitle(), c.page(),
                c.quote(), c.start(), c.end(), c.documentId() + " " + c.render());
    }

    // ---- query answers ----

    /** Marker of the five answer shapes; {@code kind} tells them apart. */
    public sealed interface QueryAnswerJson permits FactRowsJson, ComparisonAnswerJson, AggregatesJson, ListingJson,
            ExplanationJson {
        String kind();
    }

    public record FactRowsJson(String kind, List<String> columns, List<FactRowJson> rows) implements QueryAnswerJson {
    }

    /** {@code values} maps each column to its cell, in column order. */
    public record FactRowJson(Map<String, String> values, List<FactJson> facts) {
    }

    public record ComparisonAnswerJson(String kind, List<String> columns, List<PivotRowJson> rows)
            implements QueryAnswerJson {
    }

    public record PivotRowJson(String predicate, List<PivotCellJson> cells) {
    }

    /** {@code value} is "not reported" when {@code reported} is false. */
    public record PivotCellJson(String column, boolean reported, String value, boolean conflicting,
                                List<FactJson> facts) {
    }

    public record AggregatesJson(String kind, String group, String aggregate, List<AggregateRowJson> rows)
            implements QueryAnswerJson {
    }

    /** {@code value} is null when there was nothing to aggregate. */
    public record AggregateRowJson(String group, BigDecimal value, List<FactJson> facts) {
    }

    public record ListingJson(String kind, List<String> columns, List<Map<String, String>> rows)
            implements QueryAnswerJson {
    }

    public record ExplanationJson(String kind, String plan, String cypher, String sparql,
                                  Map<String, Object> parameters) implements QueryAnswerJson {
    }

    public static QueryAnswerJson answer(Answer answer) {
        return answer.accept(new Answer.Visitor<>() {
            @Override
            public QueryAnswerJson visitFactRows(Answer.FactRows a) {
                List<FactRowJson> rows = new ArrayList<>();
                for (Answer.FactRow row : a.rows()) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < a.columns().size(); i++) values.put(a.columns().get(i), row.cells().get(i));
                    rows.add(new FactRowJson(values, facts(row.facts())));
                }
                return new FactRowsJson("facts", a.columns(), rows);
            }

            @Override
            public QueryAnswerJson visitComparison(Answer.Comparison a) {
                List<PivotRowJson> rows = new ArrayList<>();
                for (Answer.ComparisonRow row : a.rows()) {
                    List<PivotCellJson> cells = new ArrayList<>();
                    for (int c = 0; c < a.columns().size(); c++) {
                        List<Fact> cell = row.cells().get(c);
                        String value = cell.isEmpty() ? Answer.NOT_REPORTED
                                : cell.stream().map(FactValues::display).collect(Collectors.joining("; "));
                        cells.add(new PivotCellJson(a.columns().get(c), !cell.isEmpty(), value,
                                row.conflicting(c), facts(cell)));
                    }
                    rows.add(new PivotRowJson(row.predicate(), cells));
                }
                return new ComparisonAnswerJson("comparison", a.columns(), rows);
            }

            @Override
            public QueryAnswerJson visitAggregates(Answer.Aggregates a) {
                List<AggregateRowJson> rows = a.rows().stream().map(r -> new AggregateRowJson(r.group().orElse(null),
                        r.value().orElse(null), facts(r.facts()))).toList();
                return new AggregatesJson("aggregate", a.groupColumn().orElse(null), a.valueColumn(), rows);
            }

            @Override
            public QueryAnswerJson visitListing(Answer.Listing a) {
                List<Map<String, String>> rows = new ArrayList<>();
                for (List<String> row : a.rows()) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < a.columns().size(); i++) values.put(a.columns().get(i), row.get(i));
                    rows.add(values);
                }
                return new ListingJson("listing", a.columns(), rows);
            }

            @Override
            public QueryAnswerJson visitExplanation(Answer.Explanation a) {
                return new ExplanationJson("explanation", a.plan(), a.cypher(), a.sparql(),
                        new TreeMap<>(a.parameters()));
            }
        });
    }

    // ---- comparisons (kg compare) ----

    public record CompareJson(List<String> columns, List<CompareRowJson> rows, List<FootnoteJson> footnotes) {
    }

    /** One attribute; each cell lists its values (empty: not reported), and whether they conflict. */
    public record CompareRowJson(String attribute, List<List<CellJson>> cells, List<Boolean> conflicts) {
    }

    public record CellJson(String display, String factId, List<Integer> footnotes) {
    }

    public record FootnoteJson(int number, String factId, CitationJson citation) {
    }

    public static CompareJson comparison(Comparison comparison) {
        List<CompareRowJson> rows = new ArrayList<>();
        for (ComparisonRow row : comparison.rows()) {
            List<List<CellJson>> cells = new ArrayList<>();
            for (List<CellValue> cell : row.cells()) {
                cells.add(cell.stream().map(v -> new CellJson(v.display(), v.factId(), v.footnotes())).toList());
            }
            rows.add(new CompareRowJson(row.attribute(), cells, row.conflicts()));
        }
        List<FootnoteJson> footnotes = new ArrayList<>();
        for (Footnote footnote : comparison.footnotes()) {
            footnotes.add(new FootnoteJson(footnote.number(), footnote.factId(), citation(footnote.citation())));
        }
        return new CompareJson(comparison.columns(), rows, footnotes);
    }

    // ---- questions (kg ask) ----

    /** An answer to a question: its supported text, every sentence with its verdict, and the facts cited. */
    public record AskJson(String question, String answer, boolean notInDocuments, List<SentenceJson> sentences,
                          List<FactJson> cited, List<String> factsGiven, String query, String model, String time) {
    }

    public record SentenceJson(String text, List<String> citedIds, String verdict, List<String> unknownIds) {
    }

    public static AskJson ask(dev.citegraph.queries.answer.ask.Answer answer) {
        List<SentenceJson> sentences = new ArrayList<>();
        for (CheckedSentence s : answer.sentences()) {
            sentences.add(new SentenceJson(s.text(), s.citedIds(), lower(s.verdict().name()), s.unknownIds()));
        }
        return new AskJson(answer.question(), answer.text(), answer.notInDocuments(), sentences, facts(answer.cited()),
                answer.factsGiven(), answer.query(), answer.model(), answer.time().toString());
    }

    // ---- search, entities, neighbourhood ----

    public record SearchHitJson(double score, double coverage, boolean onTopic, FactJson fact) {
    }

    public record SearchJson(String question, List<SearchHitJson> hits) {
    }

    public static SearchJson search(String question, List<ScoredFact> hits) {
        return new SearchJson(question, hits.stream().map(h -> new SearchHitJson(h.score(), h.coverage(), h.onTopic(),
                fact(h.fact()))).toList());
    }

    /** An entity found by name or alias: {@code matched} is the spelling that matched, {@code facts} how many. */
    public record EntityHitJson(String id, String name, String kind, List<String> aliases, String matched,
                                long facts) {
    }

    public record EntitiesJson(String query, List<EntityHitJson> entities) {
    }

    /** For a picture: the entity, its neighbours, one edge per fact, and the facts themselves. */
    public record NeighbourhoodJson(EntityRef entity, List<NodeJson> nodes, List<EdgeJson> edges,
                                    List<FactJson> facts) {
    }

    /** A node: an entity, or a value (quantity or text) that only this fact states. */
    public record NodeJson(String id, String label, String kind) {
    }

    /** A fact as an arrow from its subject to its object's node; {@code direction} is out or in. */
    public record EdgeJson(String fact, String from, String to, String predicate, String direction) {
    }

    // ---- documents, sections, stats ----

    public record DocumentJson(String id, String title, String source, String sha256, int pages) {
    }

    public static DocumentJson document(Document d) {
        return new DocumentJson(d.id(), d.title(), d.sourcePath(), d.sha256(), d.pages());
    }

    /** A section without its text: for a table of contents. {@code key} addresses it under its document. */
    public record SectionEntryJson(String id, String key, String number, String title, int level, int pageStart,
                                   int pageEnd, String parent) {
    }

    /** A section with its text and where each page begins in it, to show a quote (start..end) on its page. */
    public record SectionJson(String id, String key, String document, String number, String title, int level,
                              int pageStart, int pageEnd, String parent, String text, List<PageStartJson> pageStarts,
                              List<TableJson> tables) {
    }

    public record PageStartJson(int page, int offset) {
    }

    public record TableJson(String label, String caption, Integer page, List<List<String>> rows) {
    }

    static String key(Section s) {
        return s.id().substring(s.id().indexOf('#') + 1);
    }

    public static SectionEntryJson sectionEntry(Section s) {
        return new SectionEntryJson(s.id(), key(s), s.number(), s.title(), s.level(), s.pageStart(), s.pageEnd(),
                s.parentId());
    }

    public static SectionJson section(Section s) {
        return new SectionJson(s.id(), key(s), s.documentId(), s.number(), s.title(), s.level(), s.pageStart(),
                s.pageEnd(), s.parentId(), s.text(),
                s.pageStarts().stream().map(p -> new PageStartJson(p.page(), p.offset())).toList(),
                s.tables().stream().map(AnswerJson::table).toList());
    }

    private static TableJson table(Table t) {
        return new TableJson(t.label(), t.caption(), t.page(), t.rows());
    }

    public record StatsJson(long documents, long sections, long entities, long citations, long facts,
                            Map<String, Long> factsByStatus) {
    }

    public static StatsJson stats(StoreStats stats) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (var status : dev.citegraph.graph.model.FactStatus.values()) {
            byStatus.put(lower(status.name()), stats.factsByStatus().getOrDefault(status, 0L));
        }
        return new StatsJson(stats.documents(), stats.sections(), stats.entities(), stats.citations(), stats.facts(),
                byStatus);
    }

    /** Rejected facts for review: the counts by reason cover all, {@code facts} at most the limit asked. */
    public record ReviewJson(long total, Map<String, Long> byReason, List<FactJson> facts) {
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
