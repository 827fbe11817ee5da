package dev.citegraph.dsl.render;

import dev.citegraph.dsl.plan.Body;
import dev.citegraph.dsl.plan.Filter;
import dev.citegraph.dsl.plan.Grouping;
import dev.citegraph.dsl.plan.OrderPlan;
import dev.citegraph.dsl.plan.PatternPlan;
import dev.citegraph.dsl.plan.Plan;
import dev.citegraph.dsl.plan.ScopePlan;
import dev.citegraph.dsl.plan.Slot;
import dev.citegraph.dsl.plan.StatusFilter;
import dev.citegraph.dsl.plan.Target;
import dev.citegraph.dsl.ast.AggregateFunction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.citegraph.graph.store.GraphSchema.CITES;
import static dev.citegraph.graph.store.GraphSchema.ENTITY;
import static dev.citegraph.graph.store.GraphSchema.FACT;
import static dev.citegraph.graph.store.GraphSchema.NAME;
import static dev.citegraph.graph.store.GraphSchema.NAMES;
import static dev.citegraph.graph.store.GraphSchema.OBJECT;
import static dev.citegraph.graph.store.GraphSchema.SECTION;
import static dev.citegraph.graph.store.GraphSchema.SUBJECT;

/**
 * Renders a plan as Cypher for the property graph of GraphSchema. Values only ever appear as {@code $slot}
 * parameters; the identifiers it writes are its own (f0, k1) or grammar-checked variable names (v_model).
 */
public final class CypherRenderer implements Plan.Visitor<String> {
    /** Sorts facts without a number before all numbers, the same in both stores. */
    static final String NO_NUMBER = "-1.0E308";

    public static String render(Plan plan) {
        return plan.accept(new CypherRenderer());
    }

    @Override
    public String visitFacts(Plan.FactsPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add("MATCH (:" + NAME + " {key: $" + plan.entity().name() + "})-[:" + NAMES + "]->(e:" + ENTITY
                + ")<-[:" + SUBJECT + "|" + OBJECT + "]-(f:" + FACT + status(plan.status()) + ")");
        plan.scope().ifPresent(s -> lines.add("WHERE " + scope("f", s)));
        lines.add("RETURN DISTINCT f.id AS f0, f.predicate AS k0");
        lines.add("ORDER BY k0, f0");
        plan.limit().ifPresent(n -> lines.add("LIMIT " + n));
        return String.join("\n", lines);
    }

    @Override
    public String visitMatch(Plan.MatchPlan plan) {
        List<String> lines = body(plan.body());
        List<String> columns = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < plan.order().size(); i++) {
            OrderPlan key = plan.order().get(i);
            Target target = ((OrderPlan.ByTarget) key.key()).target();
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
        List<String> facts = factColumns(plan.body());
        List<String> returned = new ArrayList<>(facts.stream().map(f -> f + ".id AS " + f).toList());
        returned.addAll(columns);
        lines.add("RETURN DISTINCT " + String.join(", ", returned));
        order.addAll(facts);
        lines.add("ORDER BY " + String.join(", ", order));
        plan.limit().ifPresent(n -> lines.add("LIMIT " + n));
        return String.join("\n", lines);
    }

    @Override
    public String visitAggregate(Plan.AggregatePlan plan) {
        List<String> lines = body(plan.body());
        String cited = "f" + plan.citedPattern();
        boolean byDocument = plan.group().filter(g -> g instanceof Grouping.ByDocument).isPresent();
        if (byDocument) {
            lines.add("MATCH (" + cited + ")-[gc:" + CITES + "]->()");
            plan.body().scope().flatMap(ScopePlan::document)
                    .ifPresent(d -> lines.add("WHERE toLower(gc.documentId) = $" + d.name()));
        }
        if (plan.function() != AggregateFunction.COUNT) {
            lines.add("WITH * WHERE " + cited + ".value IS NOT NULL");
        }
        String group = plan.group().map(g -> g instanceof Grouping.ByTarget t ? targetText(t.target())
                : "gc.documentId").orElse(null);
        String entity = plan.target() instanceof Target.EntityTarget e ? ", " + variable(e.variable()) : "";
        lines.add("WITH DISTINCT " + (group == null ? "" : group + " AS grp, ") + cited + entity);
        String aggregate = aggregate(plan, cited);
        lines.add("RETURN " + (group == null ? "" : "grp, ") + aggregate + " AS agg, collect(DISTINCT " + cited
                + ".id) AS facts");
        List<String> order = new ArrayList<>();
        for (OrderPlan key : plan.order()) {
            order.add((key.key() instanceof OrderPlan.ByAggregate ? "agg" : "grp") + (key.descending() ? " DESC" : ""));
        }
        if (group != null) order.add("grp");
        if (!order.isEmpty()) lines.add("ORDER BY " + String.join(", ", order));
        plan.limit().ifPresent(n -> lines.add("LIMIT " + n));
        return String.join("\n", lines);
    }

    @Override
    public String visitCompare(Plan.ComparePlan plan) {
        List<String> picks = new ArrayList<>();
        for (int i = 0; i < plan.subjects().size(); i++) picks.add("[" + i + ", $" + plan.subjects().get(i).name() + "]");
        List<String> lines = new ArrayList<>();
        lines.add("UNWIND [" + String.join(", ", picks) + "] AS pick");
        lines.add("WITH pick[0] AS col, pick[1] AS key");
        List<String> where = new ArrayList<>();
        if (plan.documents()) {
            lines.add("MATCH (f:" + FACT + status(plan.status()) + ")-[c:" + CITES + "]->()");
            where.add("toLower(c.documentId) = key");
        } else {
            lines.add("MATCH (:" + NAME + " {key: key})-[:" + NAMES + "]->(:" + ENTITY + ")<-[:" + SUBJECT + "]-(f:"
                    + FACT + status(plan.status()) + ")");
        }
        where.add("f.predicate IN [" + plan.predicates().stream().map(s -> "$" + s.name())
                .collect(Collectors.joining(", ")) + "]");
        plan.scope().ifPresent(s -> where.add(scope("f", s)));
        lines.add("WHERE " + String.join(" AND ", where));
        lines.add("RETURN DISTINCT col, f.predicate AS row, f.id AS f0");
        lines.add("ORDER BY col, row, f0");
        return String.join("\n", lines);
    }

    @Override
    public String visitListing(Plan.ListingPlan plan) {
        return CypherListings.render(plan);
    }

    private List<String> body(Body body) {
        List<String> lines = new ArrayList<>();
        for (PatternPlan p : body.patterns()) {
            String fact = "f" + p.index() + ":" + FACT + properties(p.predicate(), body.status());
            if (p.subject() instanceof PatternPlan.NamedEntity named) {
                lines.add("MATCH (:" + NAME + " {key: $" + named.key().name() + "})-[:" + NAMES + "]->(:" + ENTITY
                        + ")<-[:" + SUBJECT + "]-(" + fact + ")");
            } else {
                lines.add("MATCH (" + variable(((PatternPlan.EntityVariable) p.subject()).name()) + ":" + ENTITY
                        + ")<-[:" + SUBJECT + "]-(" + fact + ")");
            }
            if (p.object() instanceof PatternPlan.NamedEntity named) {
                lines.add("MATCH (f" + p.index() + ")-[:" + OBJECT + "]->(:" + ENTITY + ")<-[:" + NAMES + "]-(:"
                        + NAME + " {key: $" + named.key().name() + "})");
            } else if (p.object() instanceof PatternPlan.EntityVariable v) {
                lines.add("MATCH (f" + p.index() + ")-[:" + OBJECT + "]->(" + variable(v.name()) + ":" + ENTITY + ")");
            }
        }
        List<String> where = new ArrayList<>();
        for (Filter filter : body.filters()) where.add(filter(filter));
        body.scope().ifPresent(s -> body.patterns().forEach(p -> where.add(scope("f" + p.index(), s))));
        if (!where.isEmpty()) lines.add("WHERE " + String.join("\n  AND ", where));
        return lines;
    }

    private static String filter(Filter filter) {
        if (filter instanceof Filter.NumberFilter n) {
            String fact = "f" + n.pattern();
            String test = fact + ".value " + Operators.cypher(n.comparator()) + " $" + n.number().name();
            if (n.units().isEmpty()) return test;
            return test + " AND toLower(" + fact + ".unit) IN [" + n.units().stream().map(u -> "$" + u.name())
                    .collect(Collectors.joining(", ")) + "]";
        }
        Filter.TextFilter t = (Filter.TextFilter) filter;
        String value = "$" + t.text().name();
        if (t.target() instanceof Target.EntityTarget e && t.operator() != Filter.TextOperator.CONTAINS) {
            String exists = "EXISTS { (" + variable(e.variable()) + ")<-[:" + NAMES + "]-(:" + NAME + " {key: " + value
                    + "}) }";
            return t.operator() == Filter.TextOperator.EQUALS ? exists : "NOT " + exists;
        }
        String text = t.target() instanceof Target.PredicateTarget ? targetText(t.target())
                : "toLower(" + targetText(t.target()) + ")";
        return switch (t.operator()) {
            case EQUALS -> text + " = " + value;
            case NOT_EQUALS -> text + " <> " + value;
            case CONTAINS -> text + " CONTAINS " + value;
        };
    }

    /** The text a target shows as: an entity's name, a fact's object text or predicate. */
    private static String targetText(Target target) {
        if (target instanceof Target.EntityTarget e) return variable(e.variable()) + ".name";
        if (target instanceof Target.ValueTarget v) return "f" + v.pattern() + ".objectText";
        return "f" + ((Target.PredicateTarget) target).pattern() + ".predicate";
    }

    static String scope(String fact, ScopePlan scope) {
        List<String> tests = new ArrayList<>();
        scope.document().ifPresent(d -> tests.add("toLower(c.documentId) = $" + d.name()));
        scope.section().ifPresent(s -> tests.add("(s.number = $" + s.name() + " OR s.number STARTS WITH $" + s.name()
                + " + '.')"));
        return "EXISTS { MATCH (" + fact + ")-[c:" + CITES + "]->(s:" + SECTION + ") WHERE "
                + String.join(" AND ", tests) + " }";
    }

    private static String aggregate(Plan.AggregatePlan plan, String cited) {
        String value = plan.target() instanceof Target.EntityTarget e ? variable(e.variable()) : cited;
        return switch (plan.function()) {
            case COUNT -> "count(DISTINCT " + value + ")";
            case SUM -> "sum(" + cited + ".value)";
            case MIN -> "min(" + cited + ".value)";
            case MAX -> "max(" + cited + ".value)";
            case AVG -> "avg(" + cited + ".value)";
        };
    }

    private static List<String> factColumns(Body body) {
        return body.patterns().stream().map(p -> "f" + p.index()).toList();
    }

    private static String properties(Optional<Slot> predicate, StatusFilter status) {
        List<String> properties = new ArrayList<>();
        predicate.ifPresent(p -> properties.add("predicate: $" + p.name()));
        if (status == StatusFilter.VERIFIED_ONLY) properties.add("status: $status");
        return properties.isEmpty() ? "" : " {" + String.join(", ", properties) + "}";
    }

    static String status(StatusFilter status) {
        return status == StatusFilter.VERIFIED_ONLY ? " {status: $status}" : "";
    }

    /** A user variable as a Cypher identifier; the grammar allows only [a-z_][a-z0-9_]* there. */
    static String variable(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) throw new IllegalArgumentException("not a variable name: " + name);
        return "v_" + name;
    }
}
