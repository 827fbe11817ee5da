package dev.citegraph.graph.rdf;

import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.query.Aggregation;
import dev.citegraph.graph.query.Body;
import dev.citegraph.graph.query.Filter;
import dev.citegraph.graph.query.Grouping;
import dev.citegraph.graph.query.OrderKey;
import dev.citegraph.graph.query.Pattern;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.Scope;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.query.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a plan as SPARQL for the RDF shape of GraphSchema. A slot {@code p} appears as the variable {@code $p},
 * which the store binds to the value; every other variable is the renderer's own or grammar-checked ({@code ?v_m}).
 */
public final class SparqlRenderer implements GraphQuery.Visitor<String> {
    /** Sorts facts without a number before all numbers, the same in both stores. */
    private static final String NO_NUMBER = "-1.0E308";

    public static String render(GraphQuery<?> plan) {
        return plan.accept(new SparqlRenderer());
    }

    @Override
    public String visitFactsAbout(GraphQuery.FactsAbout plan) {
        SparqlText q = new SparqlText();
        q.triple("?e cg:nameKey $" + plan.entity().name());
        q.triple("?fn cg:subject|cg:object ?e");
        q.triple("?fn cg:id ?f0");
        q.triple("?fn cg:predicate ?k0");
        status(q, "?fn", plan.status());
        plan.scope().ifPresent(s -> scope(q, "fn", "", s));
        return q.select("SELECT DISTINCT ?f0 ?k0", "ORDER BY ?k0 ?f0", plan.limit());
    }

    @Override
    public String visitMatch(GraphQuery.Match plan) {
        SparqlText q = new SparqlText();
        body(q, plan.body());
        List<String> columns = new ArrayList<>(facts(plan.body()));
        List<String> order = new ArrayList<>();
        for (int i = 0; i < plan.order().size(); i++) {
            OrderKey key = plan.order().get(i);
            Target target = ((OrderKey.ByTarget) key.key()).target();
            List<String> keys = new ArrayList<>();
            if (target instanceof Target.ValueTarget v) {
                q.line("OPTIONAL { ?fn" + v.pattern() + " cg:value ?kv" + i + " }");
                q.line("BIND(COALESCE(?kv" + i + ", " + NO_NUMBER + ") AS ?k" + i + ")");
                q.triple("?fn" + v.pattern() + " cg:objectText ?kt" + i);
                q.line("BIND(LCASE(?kt" + i + ") AS ?k" + i + "t)");
                keys.add("?k" + i);
                keys.add("?k" + i + "t");
            } else {
                q.line("BIND(" + targetText(q, target, "k" + i + "x") + " AS ?k" + i + ")");
                keys.add("?k" + i);
            }
            columns.addAll(keys);
            for (String k : keys) order.add(key.descending() ? "DESC(" + k + ")" : k);
        }
        order.addAll(facts(plan.body()));
        return q.select("SELECT DISTINCT " + String.join(" ", columns), "ORDER BY " + String.join(" ", order),
                plan.limit());
    }

    @Override
    public String visitAggregate(GraphQuery.Aggregate plan) {
        SparqlText inner = new SparqlText();
        body(inner, plan.body());
        String cited = "fn" + plan.citedPattern();
        List<String> innerColumns = new ArrayList<>(List.of("?f" + plan.citedPattern()));
        if (plan.function() != Aggregation.COUNT) {
            inner.triple("?" + cited + " cg:value ?agv");
            inner.line("OPTIONAL { ?" + cited + " cg:unit ?agu }");
            innerColumns.add("?agv");
            innerColumns.add("?agu");
        }
        if (plan.target() instanceof Target.EntityTarget e) innerColumns.add(variable(e.variable()));
        plan.group().ifPresent(g -> {
            if (g instanceof Grouping.ByDocument) {
                inner.triple("?" + cited + " prov:wasDerivedFrom ?gc");
                inner.triple("?gc cg:document ?gd");
                inner.triple("?gd cg:id ?grp");
                plan.body().scope().flatMap(Scope::document)
                        .ifPresent(d -> inner.line("FILTER(LCASE(?grp) = $" + d.name() + ")"));
            } else {
                inner.line("BIND(" + targetText(inner, ((Grouping.ByTarget) g).target(), "gx") + " AS ?grp)");
            }
            innerColumns.add("?grp");
        });
        String value = plan.target() instanceof Target.EntityTarget e ? variable(e.variable()) : "?f"
                + plan.citedPattern();
        String aggregate = switch (plan.function()) {
            case COUNT -> "COUNT(DISTINCT " + value + ")";
            case SUM -> "SUM(?agv)";
            case MIN -> "MIN(?agv)";
            case MAX -> "MAX(?agv)";
            case AVG -> "AVG(?agv)";
        };
        boolean grouped = plan.group().isPresent();
        List<String> lines = new ArrayList<>(SparqlText.PREFIXES);
        lines.add("SELECT " + (grouped ? "?grp " : "") + "(" + aggregate + " AS ?agg) (GROUP_CONCAT(DISTINCT ?f"
                + plan.citedPattern() + "; separator=\" \") AS ?facts)"
                + (plan.function() == Aggregation.COUNT ? "" : " (COUNT(DISTINCT ?agu) AS ?units) (SAMPLE(?agu) AS ?unit)"));
        lines.add("WHERE {");
        lines.add("  { SELECT DISTINCT " + String.join(" ", innerColumns) + " WHERE {");
        inner.body().forEach(l -> lines.add("  " + l));
        lines.add("  } }");
        lines.add("}");
        if (grouped) lines.add("GROUP BY ?grp");
        List<String> order = new ArrayList<>();
        for (OrderKey key : plan.order()) {
            String k = key.key() instanceof OrderKey.ByAggregate ? "?agg" : "?grp";
            order.add(key.descending() ? "DESC(" + k + ")" : k);
        }
        if (grouped) order.add("?grp");
        if (!order.isEmpty()) lines.add("ORDER BY " + String.join(" ", order));
        plan.limit().ifPresent(n -> lines.add("LIMIT " + n));
        return String.join("\n", lines);
    }

    @Override
    public String visitCompare(GraphQuery.Compare plan) {
        SparqlText q = new SparqlText();
        List<String> picks = new ArrayList<>();
        for (int i = 0; i < plan.subjects().size(); i++) {
            String slot = "$" + plan.subjects().get(i).name();
            picks.add(plan.documents()
                    ? "{ ?d cg:id ?did . FILTER(LCASE(?did) = " + slot + ") BIND(" + i + " AS ?col) }"
                    : "{ ?e cg:nameKey " + slot + " . BIND(" + i + " AS ?col) }");
        }
        q.line(String.join(" UNION ", picks));
        if (plan.documents()) {
            q.triple("?c cg:document ?d");
            q.triple("?fn prov:wasDerivedFrom ?c");
        } else {
            q.triple("?fn cg:subject ?e");
        }
        q.triple("?fn cg:predicate ?row");
        q.triple("?fn cg:id ?f0");
        status(q, "?fn", plan.status());
        q.line("FILTER(?row IN (" + plan.predicates().stream().map(s -> "$" + s.name())
                .collect(Collectors.joining(", ")) + "))");
        plan.scope().ifPresent(s -> scope(q, "fn", "", s));
        return q.select("SELECT DISTINCT ?col ?row ?f0", "ORDER BY ?col ?row ?f0", java.util.Optional.empty());
    }

    @Override
    public String visitListing(GraphQuery.Listing plan) {
        return SparqlListings.render(plan);
    }

    @Override
    public String visitNameKeyCount(GraphQuery.NameKeyCount query) {
        SparqlText q = new SparqlText();
        q.triple("?e cg:nameKey $" + query.key().name());
        return q.select("SELECT (COUNT(DISTINCT ?e) AS ?n)", "", java.util.Optional.empty());
    }

    @Override
    public String visitAllNames(GraphQuery.AllNames query) {
        SparqlText q = new SparqlText();
        switch (query.kind()) {
            case ENTITY_NAMES -> q.triple("?e a cg:Entity ; rdfs:label ?name");
            case PREDICATES -> q.triple("?f a cg:Fact ; cg:predicate ?name");
            case DOCUMENT_IDS -> q.triple("?d a cg:Document ; cg:id ?name");
        }
        return q.select("SELECT DISTINCT ?name", "", java.util.Optional.empty());
    }

    private static void body(SparqlText q, Body body) {
        for (Pattern p : body.patterns()) {
            String fact = "?fn" + p.index();
            if (p.subject() instanceof Pattern.NamedEntity named) {
                q.triple("?s" + p.index() + " cg:nameKey $" + named.key().name());
                q.triple(fact + " cg:subject ?s" + p.index());
            } else {
                q.triple(fact + " cg:subject " + variable(((Pattern.EntityVariable) p.subject()).name()));
            }
            q.triple(fact + " cg:predicate " + p.predicate().map(s -> "$" + s.name()).orElse("?pr" + p.index()));
            status(q, fact, body.status());
            q.triple(fact + " cg:id ?f" + p.index());
            if (p.object() instanceof Pattern.NamedEntity named) {
                q.triple("?o" + p.index() + " cg:nameKey $" + named.key().name());
                q.triple(fact + " cg:object ?o" + p.index());
            } else if (p.object() instanceof Pattern.EntityVariable v) {
                q.triple(fact + " cg:object " + variable(v.name()));
            }
        }
        for (int i = 0; i < body.filters().size(); i++) filter(q, body.filters().get(i), i);
        body.scope().ifPresent(s -> body.patterns().forEach(p -> scope(q, "fn" + p.index(), "" + p.index(), s)));
    }

    private static void filter(SparqlText q, Filter filter, int index) {
        if (filter instanceof Filter.NumberFilter n) {
            String fact = "?fn" + n.pattern();
            q.triple(fact + " cg:value ?x" + index);
            q.line("FILTER(?x" + index + " " + n.comparison().symbol() + " $" + n.number().name() + ")");
            if (!n.units().isEmpty()) {
                q.triple(fact + " cg:unit ?xu" + index);
                q.line("FILTER(LCASE(?xu" + index + ") IN (" + n.units().stream().map(u -> "$" + u.name())
                        .collect(Collectors.joining(", ")) + "))");
            }
            return;
        }
        Filter.TextFilter t = (Filter.TextFilter) filter;
        String value = "$" + t.text().name();
        if (t.target() instanceof Target.EntityTarget e && t.operator() != Filter.TextOperator.CONTAINS) {
            String key = variable(e.variable()) + " cg:nameKey " + value;
            q.line(t.operator() == Filter.TextOperator.EQUALS ? key + " ." : "MINUS { " + key + " }");
            return;
        }
        String text = targetText(q, t.target(), "x" + index);
        if (!(t.target() instanceof Target.PredicateTarget)) text = "LCASE(" + text + ")";
        q.line(switch (t.operator()) {
            case EQUALS -> "FILTER(" + text + " = " + value + ")";
            case NOT_EQUALS -> "FILTER(" + text + " != " + value + ")";
            case CONTAINS -> "FILTER(CONTAINS(" + text + ", " + value + "))";
        });
    }

    /** An expression for the text a target shows as, adding the triple that binds it under {@code var}. */
    private static String targetText(SparqlText q, Target target, String var) {
        if (target instanceof Target.EntityTarget e) {
            q.triple(variable(e.variable()) + " rdfs:label ?" + var);
        } else if (target instanceof Target.ValueTarget v) {
            q.triple("?fn" + v.pattern() + " cg:objectText ?" + var);
        } else {
            q.triple("?fn" + ((Target.PredicateTarget) target).pattern() + " cg:predicate ?" + var);
        }
        return "?" + var;
    }

    private static void scope(SparqlText q, String fact, String suffix, Scope scope) {
        q.triple("?" + fact + " prov:wasDerivedFrom ?c" + suffix);
        scope.document().ifPresent(d -> {
            q.triple("?c" + suffix + " cg:document ?d" + suffix);
            q.triple("?d" + suffix + " cg:id ?did" + suffix);
            q.line("FILTER(LCASE(?did" + suffix + ") = $" + d.name() + ")");
        });
        scope.section().ifPresent(s -> {
            q.triple("?c" + suffix + " cg:section ?sec" + suffix);
            q.triple("?sec" + suffix + " cg:number ?sn" + suffix);
            q.line("FILTER(?sn" + suffix + " = $" + s.name() + " || STRSTARTS(?sn" + suffix + ", CONCAT($" + s.name()
                    + ", \".\")))");
        });
    }

    static void status(SparqlText q, String fact, StatusFilter status) {
        if (status == StatusFilter.VERIFIED_ONLY) q.triple(fact + " cg:status \"" + FactStatus.VERIFIED.name() + "\"");
    }

    private static List<String> facts(Body body) {
        return body.patterns().stream().map(p -> "?f" + p.index()).toList();
    }

    /** A user variable as a SPARQL variable; the grammar allows only [a-z_][a-z0-9_]* there. */
    static String variable(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) throw new IllegalArgumentException("not a variable name: " + name);
        return "?v_" + name;
    }
}
