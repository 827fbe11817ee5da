package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.query.Aggregation;
import dev.citegraph.graph.query.Body;
import dev.citegraph.graph.query.Filter;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.ListingKind;
import dev.citegraph.graph.query.NumberComparison;
import dev.citegraph.graph.query.OrderKey;
import dev.citegraph.graph.query.Param;
import dev.citegraph.graph.query.Pattern;
import dev.citegraph.graph.query.Scope;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.query.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.citegraph.graph.store.GraphSchema.CITES;
import static dev.citegraph.graph.store.GraphSchema.DOCUMENT;
import static dev.citegraph.graph.store.GraphSchema.ENTITY;
import static dev.citegraph.graph.store.GraphSchema.FACT;
import static dev.citegraph.graph.store.GraphSchema.NAME;
import static dev.citegraph.graph.store.GraphSchema.NAMES;
import static dev.citegraph.graph.store.GraphSchema.OBJECT;
import static dev.citegraph.graph.store.GraphSchema.SECTION;
import static dev.citegraph.graph.store.GraphSchema.SUBJECT;

/**
 * Renders a graph query as Cypher for the property graph of GraphSchema. Values only ever appear as parameters; the
 * identifiers it writes are its own (f0, k1) or grammar-checked variable names (v_model). The columns it returns
 * are read back by {@link Neo4jQueryRows} alone.
 */
public final class CypherRenderer implements GraphQuery.Visitor<String> {
    /** Sorts facts without a number before all numbers, the same in both stores. */
    static final String NO_NUMBER = "-1.0E308";

    public static String render(GraphQuery<?> query) {
        return query.accept(new CypherRenderer());
    }

    @Override
    public String visitFactsAbout(GraphQuery.FactsAbout query) {
        List<String> lines = new ArrayList<>();
        lines.add("MATCH (:" + NAME + " {key: " + p(query.entity()) + "})-[:" + NAMES + "]->(e:" + ENTITY
                + ")<-[:" + SUBJECT + "|" + OBJECT + "]-(f:" + FACT + status(query.status()) + ")");
        query.scope().ifPresent(s -> lines.add("WHERE " + scope("f", s)));
        lines.add("RETURN DISTINCT f.id AS f0, f.predicate AS k0");
        lines.add("ORDER BY k0, f0");
        query.limit().ifPresent(n -> lines.add("LIMIT " + n));
        return String.join("\n", lines);
    }

    @Override
    public String visitMatch(GraphQuery.Match query) {
        List<String> lines = body(query.body());
        List<String> columns = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < query.order().size(); i++) {
            OrderKey key = query.order().get(i);
            Target target = key.key().match(OrderKey.ByTarget::target, a -> null, g -> null);
            String direction = key.descending() ? " DESC" : "";
            if (target instanceof Target.ValueTarget v) {
                columns.add("coalesce(f" + v.pattern() + ".value, " + NO_NUMBER + ") AS k" + i);
                columns.add("toLower(f" + v.pattern() + ".objectText) AS k" + i + "t");
                order.add("k" + i + direction);
                order.add("k" + i + "t" + direction);
            } else {
                columns.add(targetText(target) + " AS k" + i);
                order.add("k" + i + direction);
            }
        }
        List<String> facts = factColumns(query.body());
        List<String> returned = new ArrayList<>(facts.stream().map(f -> f + ".id AS " + f).toList());
        returned.addAll(columns);
        lines.add("RETURN DISTINCT " + String.join(", ", returned));
        order.addAll(facts);
        lines.add("ORDER BY " + String.join(", ", order));
        query.limit().ifPresent(n -> lines.add("LIMIT " + n));
        return String.join("\n", lines);
    }

    @Override
    public String visitAggregate(GraphQuery.Aggregate query) {
        List<String> lines = body(query.body());
        String cited = "f" + query.citedPattern();
        boolean byDocument = query.group().map(g -> g.match(d -> true, t -> false)).orElse(false);
        if (byDocument) {
            lines.add("MATCH (" + cited + ")-[gc:" + CITES + "]->()");
            query.body().scope().flatMap(Scope::document)
                    .ifPresent(d -> lines.add("WHERE toLower(gc.documentId) = " + p(d)));
        }
        if (query.function() != Aggregation.COUNT) {
            lines.add("WITH * WHERE " + cited + ".value IS NOT NULL");
        }
        String group = query.group().map(g -> g.match(d -> "gc.documentId", t -> targetText(t.target())))
                .orElse(null);
        String entity = query.target() instanceof Target.EntityTarget e ? ", " + variable(e.variable()) : "";
        lines.add("WITH DISTINCT " + (group == null ? "" : group + " AS grp, ") + cited + entity);
        lines.add("RETURN " + (group == null ? "" : "grp, ") + aggregate(query, cited) + " AS agg, collect(DISTINCT "
                + cited + ".id) AS facts, collect(DISTINCT " + cited + ".unit) AS units");
        List<String> order = new ArrayList<>();
        for (OrderKey key : query.order()) {
            String column = key.key().match(t -> "grp", a -> "agg", g -> "grp");
            order.add(column + (key.descending() ? " DESC" : ""));
        }
        if (group != null) order.add("grp");
        if (!order.isEmpty()) lines.add("ORDER BY " + String.join(", ", order));
        query.limit().ifPresent(n -> lines.add("LIMIT " + n));
        return String.join("\n", lines);
    }

    @Override
    public String visitCompare(GraphQuery.Compare query) {
        List<String> picks = new ArrayList<>();
        for (int i = 0; i < query.subjects().size(); i++) picks.add("[" + i + ", " + p(query.subjects().get(i)) + "]");
        List<String> lines = new ArrayList<>();
        lines.add("UNWIND [" + String.join(", ", picks) + "] AS pick");
        lines.add("WITH pick[0] AS col, pick[1] AS key");
        List<String> where = new ArrayList<>();
        if (query.documents()) {
            lines.add("MATCH (f:" + FACT + status(query.status()) + ")-[c:" + CITES + "]->()");
            where.add("toLower(c.documentId) = key");
        } else {
            lines.add("MATCH (:" + NAME + " {key: key})-[:" + NAMES + "]->(:" + ENTITY + ")<-[:" + SUBJECT + "]-(f:"
                    + FACT + status(query.status()) + ")");
        }
        where.add("f.predicate IN [" + params(query.predicates()) + "]");
        query.scope().ifPresent(s -> where.add(scope("f", s)));
        lines.add("WHERE " + String.join(" AND ", where));
        lines.add("RETURN DISTINCT col, f.predicate AS row, f.id AS f0");
        lines.add("ORDER BY col, row, f0");
        return String.join("\n", lines);
    }

    @Override
    public String visitListing(GraphQuery.Listing query) {
        List<String> lines = new ArrayList<>();
        String matching = query.matching().map(CypherRenderer::p).orElse(null);
        switch (query.kind()) {
            case PREDICATES -> {
                lines.add("MATCH (f:" + FACT + status(query.status()) + ")");
                if (matching != null) lines.add("WHERE f.predicate CONTAINS " + matching);
                lines.add("RETURN f.predicate AS predicate, count(DISTINCT f) AS facts");
                lines.add("ORDER BY predicate");
            }
            case ENTITIES -> {
                lines.add("MATCH (e:" + ENTITY + ")<-[:" + SUBJECT + "|" + OBJECT + "]-(f:" + FACT
                        + status(query.status()) + ")");
                if (matching != null) lines.add("WHERE toLower(e.name) CONTAINS " + matching);
                lines.add("RETURN e.name AS name, e.kind AS kind, count(DISTINCT f) AS facts");
                lines.add("ORDER BY name, kind");
            }
            case DOCUMENTS -> {
                lines.add("MATCH (d:" + DOCUMENT + ")");
                if (matching != null) {
                    lines.add("WHERE toLower(d.id) CONTAINS " + matching + " OR toLower(d.title) CONTAINS " + matching);
                }
                lines.add("RETURN d.id AS id, d.title AS title, d.pages AS pages");
                lines.add("ORDER BY id");
            }
            case SECTIONS -> {
                lines.add("MATCH (s:" + SECTION + ")");
                List<String> where = new ArrayList<>();
                query.document().ifPresent(d -> where.add("toLower(s.documentId) = " + p(d)));
                if (matching != null) {
                    where.add("(toLower(s.title) CONTAINS " + matching + " OR toLower(s.text) CONTAINS " + matching + ")");
                }
                if (!where.isEmpty()) lines.add("WHERE " + String.join(" AND ", where));
                lines.add("RETURN s.documentId AS document, s.number AS number, s.title AS title, "
                        + "s.pageStart AS page, s.text AS text");
                lines.add("ORDER BY document, number, title");
            }
        }
        // Sections are sorted by their numbering (3.2 before 3.10) and cut to the limit by the reader, not here.
        if (query.kind() != ListingKind.SECTIONS) query.limit().ifPresent(n -> lines.add("LIMIT " + n));
        return String.join("\n", lines);
    }

    @Override
    public String visitNameKeyCount(GraphQuery.NameKeyCount query) {
        return "MATCH (n:" + NAME + " {key: " + p(query.key()) + "}) RETURN count(n) AS n";
    }

    @Override
    public String visitAllNames(GraphQuery.AllNames query) {
        return switch (query.kind()) {
            case ENTITY_NAMES -> "MATCH (e:" + ENTITY + ") RETURN DISTINCT e.name AS name";
            case PREDICATES -> "MATCH (f:" + FACT + ") RETURN DISTINCT f.predicate AS name";
            case DOCUMENT_IDS -> "MATCH (d:" + DOCUMENT + ") RETURN d.id AS name";
        };
    }

    private List<String> body(Body body) {
        List<String> lines = new ArrayList<>();
        for (Pattern pattern : body.patterns()) {
            String f = "f" + pattern.index();
            String fact = f + ":" + FACT + properties(pattern.predicate(), body.status());
            lines.add(pattern.subject().match(
                    named -> "MATCH (:" + NAME + " {key: " + p(named.key()) + "})-[:" + NAMES + "]->(:" + ENTITY
                            + ")<-[:" + SUBJECT + "]-(" + fact + ")",
                    entity -> "MATCH (" + variable(entity.name()) + ":" + ENTITY + ")<-[:" + SUBJECT + "]-(" + fact + ")",
                    value -> {
                        throw new IllegalStateException("a subject is an entity");
                    }));
            pattern.object().match(
                    named -> lines.add("MATCH (" + f + ")-[:" + OBJECT + "]->(:" + ENTITY + ")<-[:" + NAMES + "]-(:"
                            + NAME + " {key: " + p(named.key()) + "})"),
                    entity -> lines.add("MATCH (" + f + ")-[:" + OBJECT + "]->(" + variable(entity.name()) + ":"
                            + ENTITY + ")"),
                    value -> false);
        }
        List<String> where = new ArrayList<>();
        for (Filter filter : body.filters()) where.add(filter(filter));
        body.scope().ifPresent(s -> body.patterns().forEach(pattern -> where.add(scope("f" + pattern.index(), s))));
        if (!where.isEmpty()) lines.add("WHERE " + String.join("\n  AND ", where));
        return lines;
    }

    private static String filter(Filter filter) {
        return filter.match(CypherRenderer::numberFilter, CypherRenderer::textFilter);
    }

    private static String numberFilter(Filter.NumberFilter n) {
        String fact = "f" + n.pattern();
        String test = fact + ".value " + operator(n.comparison()) + " " + p(n.number());
        if (n.units().isEmpty()) return test;
        return test + " AND toLower(" + fact + ".unit) IN [" + params(n.units()) + "]";
    }

    private static String textFilter(Filter.TextFilter t) {
        String value = p(t.text());
        if (t.target() instanceof Target.EntityTarget e && t.operator() != Filter.TextOperator.CONTAINS) {
            String exists = "EXISTS { (" + variable(e.variable()) + ")<-[:" + NAMES + "]-(:" + NAME + " {key: " + value
                    + "}) }";
            return t.operator() == Filter.TextOperator.EQUALS ? exists : "NOT " + exists;
        }
        String text = t.target().match(e -> "toLower(" + targetText(e) + ")", v -> "toLower(" + targetText(v) + ")",
                CypherRenderer::targetText);
        return switch (t.operator()) {
            case EQUALS -> text + " = " + value;
            case NOT_EQUALS -> text + " <> " + value;
            case CONTAINS -> text + " CONTAINS " + value;
        };
    }

    /** The text a target shows as: an entity's name, a fact's object text or predicate. */
    private static String targetText(Target target) {
        return target.match(e -> variable(e.variable()) + ".name", v -> "f" + v.pattern() + ".objectText",
                pr -> "f" + pr.pattern() + ".predicate");
    }

    private static String scope(String fact, Scope scope) {
        List<String> tests = new ArrayList<>();
        scope.document().ifPresent(d -> tests.add("toLower(c.documentId) = " + p(d)));
        scope.section().ifPresent(s -> tests.add("(s.number = " + p(s) + " OR s.number STARTS WITH " + p(s)
                + " + '.')"));
        return "EXISTS { MATCH (" + fact + ")-[c:" + CITES + "]->(s:" + SECTION + ") WHERE "
                + String.join(" AND ", tests) + " }";
    }

    private static String aggregate(GraphQuery.Aggregate query, String cited) {
        String value = query.target() instanceof Target.EntityTarget e ? variable(e.variable()) : cited;
        return switch (query.function()) {
            case COUNT -> "count(DISTINCT " + value + ")";
            case SUM -> "sum(" + cited + ".value)";
            case MIN -> "min(" + cited + ".value)";
            case MAX -> "max(" + cited + ".value)";
            case AVG -> "avg(" + cited + ".value)";
        };
    }

    private static String operator(NumberComparison comparison) {
        return comparison == NumberComparison.NEQ ? "<>" : comparison.symbol();
    }

    private static List<String> factColumns(Body body) {
        return body.patterns().stream().map(pattern -> "f" + pattern.index()).toList();
    }

    private static String properties(Optional<Param> predicate, StatusFilter status) {
        List<String> properties = new ArrayList<>();
        predicate.ifPresent(pr -> properties.add("predicate: " + p(pr)));
        if (status == StatusFilter.VERIFIED_ONLY) properties.add(VERIFIED);
        return properties.isEmpty() ? "" : " {" + String.join(", ", properties) + "}";
    }

    /** The status is the store's own constant, never a value from outside. */
    private static final String VERIFIED = "status: '" + FactStatus.VERIFIED.name() + "'";

    private static String status(StatusFilter status) {
        return status == StatusFilter.VERIFIED_ONLY ? " {" + VERIFIED + "}" : "";
    }

    private static String p(Param param) {
        return "$" + param.name();
    }

    private static String params(List<Param> params) {
        return params.stream().map(CypherRenderer::p).collect(Collectors.joining(", "));
    }

    /** A user variable as a Cypher identifier; the grammar allows only [a-z_][a-z0-9_]* there. */
    static String variable(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) throw new IllegalArgumentException("not a variable name: " + name);
        return "v_" + name;
    }
}
