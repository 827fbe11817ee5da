package dev.citegraph.dsl.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A plan as indented text, for {@code explain} and golden files. */
public final class PlanPrinter implements Plan.Visitor<List<String>> {

    public static String print(Plan plan) {
        List<String> lines = new ArrayList<>(plan.accept(new PlanPrinter()));
        if (!plan.slots().isEmpty()) {
            lines.add("Parameters");
            plan.slots().forEach(s -> lines.add("  " + s.describe()));
        }
        return String.join("\n", lines);
    }

    @Override
    public List<String> visitFacts(Plan.FactsPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add("Facts about entity $" + plan.entity().name() + " (as subject or object)");
        plan.scope().ifPresent(s -> lines.add("  " + scope(s)));
        lines.add("  " + status(plan.status()));
        lines.add("  order by predicate, fact id");
        plan.limit().ifPresent(n -> lines.add("  limit " + n));
        return lines;
    }

    @Override
    public List<String> visitMatch(Plan.MatchPlan plan) {
        List<String> lines = new ArrayList<>(List.of("Match"));
        body(lines, plan.body());
        lines.add("  order by " + plan.order().stream().map(PlanPrinter::order)
                .map(s -> s + ", ").collect(Collectors.joining()) + "fact ids");
        plan.limit().ifPresent(n -> lines.add("  limit " + n));
        lines.add("  columns " + plan.outputs().stream().map(o -> "?" + o.target().variable() + " ("
                + o.role().name().toLowerCase() + " of f" + o.pattern() + ")").collect(Collectors.joining(", ")));
        return lines;
    }

    @Override
    public List<String> visitAggregate(Plan.AggregatePlan plan) {
        List<String> lines = new ArrayList<>(List.of("Aggregate " + plan.function().keyword() + " of "
                + target(plan.target()) + ", citing f" + plan.citedPattern()));
        body(lines, plan.body());
        plan.group().ifPresent(g -> lines.add("  group by " + (g instanceof Grouping.ByTarget t ? target(t.target())
                : "citing document")));
        if (!plan.order().isEmpty()) {
            lines.add("  order by " + plan.order().stream().map(PlanPrinter::order).collect(Collectors.joining(", ")));
        }
        plan.limit().ifPresent(n -> lines.add("  limit " + n));
        return lines;
    }

    @Override
    public List<String> visitCompare(Plan.ComparePlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add("Compare " + (plan.documents() ? "documents " : "entities ")
                + plan.subjects().stream().map(s -> "$" + s.name()).collect(Collectors.joining(", "))
                + " on " + plan.predicates().stream().map(s -> "$" + s.name()).collect(Collectors.joining(", ")));
        plan.scope().ifPresent(s -> lines.add("  " + scope(s)));
        lines.add("  " + status(plan.status()));
        return lines;
    }

    @Override
    public List<String> visitListing(Plan.ListingPlan plan) {
        List<String> lines = new ArrayList<>(List.of("Show " + plan.target().keyword()));
        plan.document().ifPresent(d -> lines.add("  of document $" + d.name()));
        plan.matching().ifPresent(m -> lines.add("  matching $" + m.name()));
        plan.limit().ifPresent(n -> lines.add("  limit " + n));
        return lines;
    }

    private static void body(List<String> lines, Body body) {
        for (PatternPlan p : body.patterns()) {
            lines.add("  pattern f" + p.index() + ": " + ref(p.subject()) + " "
                    + p.predicate().map(s -> "$" + s.name()).orElse("any predicate") + " " + ref(p.object()));
        }
        for (Filter f : body.filters()) lines.add("  filter " + filter(f));
        body.scope().ifPresent(s -> lines.add("  " + scope(s)));
        lines.add("  " + status(body.status()));
    }

    private static String ref(PatternPlan.ObjectRef ref) {
        if (ref instanceof PatternPlan.NamedEntity n) return "entity $" + n.key().name();
        if (ref instanceof PatternPlan.EntityVariable v) return "entity ?" + v.name();
        return "value ?" + ((PatternPlan.ValueVariable) ref).name();
    }

    private static String filter(Filter filter) {
        if (filter instanceof Filter.NumberFilter n) {
            return "value of f" + n.pattern() + " " + n.comparator().symbol() + " $" + n.number().name()
                    + (n.units().isEmpty() ? "" : ", unit in " + n.units().stream().map(u -> "$" + u.name())
                    .collect(Collectors.joining(", ")));
        }
        Filter.TextFilter t = (Filter.TextFilter) filter;
        return target(t.target()) + " " + t.operator().name().toLowerCase().replace('_', ' ') + " $" + t.text().name();
    }

    private static String target(Target target) {
        if (target instanceof Target.EntityTarget) return "entity ?" + target.variable();
        if (target instanceof Target.ValueTarget v) return "value ?" + v.variable() + " (f" + v.pattern() + ")";
        return "predicate ?" + target.variable() + " (f" + ((Target.PredicateTarget) target).pattern() + ")";
    }

    private static String order(OrderPlan order) {
        String key = order.key() instanceof OrderPlan.ByTarget t ? target(t.target())
                : order.key() instanceof OrderPlan.ByAggregate ? "aggregate" : "group";
        return key + (order.descending() ? " desc" : "");
    }

    private static String scope(ScopePlan scope) {
        return "cited in" + scope.document().map(d -> " document $" + d.name()).orElse("")
                + scope.section().map(s -> " section $" + s.name() + " or its subsections").orElse("");
    }

    private static String status(StatusFilter status) {
        return status == StatusFilter.VERIFIED_ONLY ? "verified facts only" : "facts of any status";
    }
}
