package dev.citegraph.graph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A graph query as indented text, store-neutral: what {@code explain} and golden files show as the plan. */
public final class QueryPrinter implements GraphQuery.Visitor<List<String>> {

    public static String print(GraphQuery<?> query) {
        return String.join("\n", query.accept(new QueryPrinter()));
    }

    @Override
    public List<String> visitFactsAbout(GraphQuery.FactsAbout query) {
        List<String> lines = new ArrayList<>();
        lines.add("Facts about entity " + query.entity() + " (as subject or object)");
        query.scope().ifPresent(s -> lines.add("  " + scope(s)));
        lines.add("  " + status(query.status()));
        lines.add("  order by predicate, fact id");
        query.limit().ifPresent(n -> lines.add("  limit " + n));
        return lines;
    }

    @Override
    public List<String> visitMatch(GraphQuery.Match query) {
        List<String> lines = new ArrayList<>(List.of("Match"));
        body(lines, query.body());
        lines.add("  order by " + query.order().stream().map(QueryPrinter::order)
                .map(s -> s + ", ").collect(Collectors.joining()) + "fact ids");
        query.limit().ifPresent(n -> lines.add("  limit " + n + (query.distinct() ? " distinct rows" : "")));
        lines.add("  columns " + (query.distinct() ? "distinct " : "") + query.outputs().stream().map(o -> "?" + o.target().variable() + " ("
                + o.places().stream().map(p -> p.role().name().toLowerCase() + " of f" + p.pattern())
                .collect(Collectors.joining(" or ")) + ")").collect(Collectors.joining(", ")));
        return lines;
    }

    @Override
    public List<String> visitAggregate(GraphQuery.Aggregate query) {
        List<String> lines = new ArrayList<>(List.of("Aggregate " + query.function().keyword() + " of "
                + target(query.target()) + ", citing f" + query.citedPattern()));
        body(lines, query.body());
        query.group().ifPresent(g -> lines.add("  group by "
                + g.match(byDocument -> "citing document", byTarget -> target(byTarget.target()))));
        if (!query.order().isEmpty()) {
            lines.add("  order by " + query.order().stream().map(QueryPrinter::order).collect(Collectors.joining(", ")));
        }
        query.limit().ifPresent(n -> lines.add("  limit " + n));
        return lines;
    }

    @Override
    public List<String> visitCompare(GraphQuery.Compare query) {
        List<String> lines = new ArrayList<>();
        lines.add("Compare " + (query.documents() ? "documents " : "entities ") + params(query.subjects())
                + " on " + params(query.predicates())
                + (query.kinds().isEmpty() ? "" : " (or their kinds " + params(query.kinds()) + ")"));
        query.qualifiers().forEach(q -> lines.add("  qualified " + q));
        query.scope().ifPresent(s -> lines.add("  " + scope(s)));
        lines.add("  " + status(query.status()));
        return lines;
    }

    @Override
    public List<String> visitConflicts(GraphQuery.Conflicts query) {
        List<String> lines = new ArrayList<>();
        lines.add("Conflicts: facts stating values, two or more per subject and predicate"
                + query.subject().map(s -> ", of entity " + s).orElse("")
                + (query.predicates().isEmpty() ? "" : ", on " + params(query.predicates()))
                + (query.kinds().isEmpty() ? "" : " (or their kinds " + params(query.kinds()) + ")"));
        query.qualifiers().forEach(q -> lines.add("  qualified " + q));
        query.scope().ifPresent(s -> lines.add("  " + scope(s)));
        lines.add("  " + status(query.status()));
        lines.add("  order by subject, predicate, fact id");
        query.limit().ifPresent(n -> lines.add("  limit " + n + " disagreements"));
        return lines;
    }

    @Override
    public List<String> visitListing(GraphQuery.Listing query) {
        List<String> lines = new ArrayList<>(List.of("Show " + query.kind().keyword()));
        query.document().ifPresent(d -> lines.add("  of document " + d));
        query.matching().ifPresent(m -> lines.add("  matching " + m));
        query.limit().ifPresent(n -> lines.add("  limit " + n));
        return lines;
    }

    @Override
    public List<String> visitNameKeyCount(GraphQuery.NameKeyCount query) {
        return List.of("Count entities named " + query.key());
    }

    @Override
    public List<String> visitAllNames(GraphQuery.AllNames query) {
        return List.of("All " + query.kind().name().toLowerCase().replace('_', ' '));
    }

    private static void body(List<String> lines, Body body) {
        for (Pattern p : body.patterns()) {
            lines.add("  " + (p.optional() ? "optional " : "") + "pattern f" + p.index() + ": " + ref(p.subject()) + " "
                    + p.predicate().map(Param::toString).orElse("any predicate")
                    + (p.kinds().isEmpty() ? "" : " (or its kinds " + params(p.kinds()) + ")")
                    + " " + ref(p.object()) + alternatives(p));
        }
        body.union().ifPresent(u -> lines.add("  union of " + u.branches().stream()
                .map(b -> "(" + b.stream().map(i -> "f" + i).collect(Collectors.joining(" . ")) + ")")
                .collect(Collectors.joining(" or ")) + ": a row has the facts of one"));
        for (Absence a : body.absences()) {
            Pattern p = a.pattern();
            lines.add("  no fact f" + p.index() + ": " + ref(p.subject()) + " "
                    + p.predicate().map(Param::toString).orElse("any predicate")
                    + (p.kinds().isEmpty() ? "" : " (or its kinds " + params(p.kinds()) + ")")
                    + " " + ref(p.object()) + alternatives(p)
                    + a.qualifiers().stream().map(q -> ", qualified " + q).reduce("", String::concat));
        }
        for (Filter f : body.filters()) lines.add("  filter " + filter(f));
        body.scope().ifPresent(s -> lines.add("  " + scope(s)));
        lines.add("  " + status(body.status()));
    }

    /** " or $pred1 (or its kinds ...)", with the entities an alternative names instead of the pattern's. */
    private static String alternatives(Pattern p) {
        StringBuilder out = new StringBuilder();
        for (Pattern.Alternative a : p.alternatives()) {
            out.append(" or ").append(a.subject().map(k -> "entity " + k + " ").orElse(""))
                    .append(a.predicates().get(0))
                    .append(a.predicates().size() == 1 ? "" : " (or its kinds "
                            + params(a.predicates().subList(1, a.predicates().size())) + ")")
                    .append(a.object().map(k -> " entity " + k).orElse(""));
        }
        return out.toString();
    }

    private static String ref(Pattern.ObjectRef ref) {
        return ref.match(named -> "entity " + named.key(), entity -> "entity ?" + entity.name(),
                value -> "value ?" + value.name());
    }

    private static String filter(Filter filter) {
        return filter.match(
                n -> "value of f" + n.pattern() + " " + n.comparison().symbol() + " " + n.number()
                        + (n.units().isEmpty() ? "" : ", unit in " + params(n.units())),
                t -> target(t.target()) + " " + t.operator().name().toLowerCase().replace('_', ' ') + " " + t.text(),
                q -> "f" + q.pattern() + " qualified " + q.qualifier());
    }

    private static String target(Target target) {
        return target.match(e -> "entity ?" + e.variable(), v -> "value ?" + v.variable() + " (f" + v.pattern() + ")",
                p -> "predicate ?" + p.variable() + " (f" + p.pattern() + ")");
    }

    private static String order(OrderKey order) {
        String key = order.key().match(t -> target(t.target()), a -> "aggregate", g -> "group");
        return key + (order.descending() ? " desc" : "");
    }

    private static String scope(Scope scope) {
        return "cited in" + scope.document().map(d -> " document " + d).orElse("")
                + scope.section().map(s -> " section " + s + " or its subsections").orElse("");
    }

    private static String status(StatusFilter status) {
        return status == StatusFilter.VERIFIED_ONLY ? "verified facts only" : "facts of any status";
    }

    private static String params(List<Param> params) {
        return params.stream().map(Param::toString).collect(Collectors.joining(", "));
    }
}
