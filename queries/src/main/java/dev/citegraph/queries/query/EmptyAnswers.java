package dev.citegraph.queries.query;

import dev.citegraph.dsl.CompiledQuery;
import dev.citegraph.dsl.Suggestions;
import dev.citegraph.dsl.ast.Clause;
import dev.citegraph.dsl.ast.Parameter;
import dev.citegraph.dsl.ast.Qualifier;
import dev.citegraph.dsl.ast.StringLiteral;
import dev.citegraph.dsl.ast.Statement;
import dev.citegraph.graph.query.Body;
import dev.citegraph.graph.query.Filter;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.ListingKind;
import dev.citegraph.graph.query.Pattern;
import dev.citegraph.graph.query.QueryRows;
import dev.citegraph.graph.query.Scope;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.store.GraphStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a match or an aggregate found nothing, in a line or two: a predicate the graph has no facts of (with the nearest
 * ones it has and their counts), a condition that excluded every row the patterns matched, a scope with no such
 * section, or patterns that each match but not together. Asked only of empty answers, by running relaxed forms of
 * the same graph query with the same parameters.
 */
final class EmptyAnswers {
    /** Enough rows to say "more than"; a relaxed query is only counted, never shown. */
    private static final int ENOUGH = 1000;
    private static final int NEAREST = 3;

    private final GraphStore store;
    private final CompiledQuery compiled;
    private final Map<String, Object> bound;

    EmptyAnswers(GraphStore store, CompiledQuery compiled, Map<String, Object> bound) {
        this.store = store;
        this.compiled = compiled;
        this.bound = bound;
    }

    /** The reasons the body matched nothing; never empty. */
    List<String> why(Body body) {
        List<String> predicates = missingPredicates(body);
        if (!predicates.isEmpty()) return predicates;
        if (!body.absences().isEmpty()) {
            int kept = rows(body.withoutAbsences());
            if (kept > 0) {
                return List.of("the patterns match " + count(kept) + " row" + (kept == 1 ? "" : "s") + ", but "
                        + String.join(" and ", absences()) + " excluded every one");
            }
        }
        Body unscoped = body.withoutAbsences().withScope(Optional.empty());
        if (!body.filters().isEmpty()) {
            int matched = rows(body.withoutAbsences().withFilters(List.of()));
            if (matched > 0) return List.of(excludedBy(body, matched));
        }
        if (body.scope().isPresent()) {
            int outside = rows(unscoped);
            if (outside > 0) return List.of(outsideScope(body.scope().get(), outside));
        }
        return List.of(notTogether(body));
    }

    private List<String> missingPredicates(Body body) {
        Map<String, Long> counts = new LinkedHashMap<>();
        QueryRows.ListingRows listing = store.run(new GraphQuery.Listing(ListingKind.PREDICATES, Optional.empty(),
                Optional.empty(), body.status(), Optional.empty()), Map.of());
        for (QueryRows.ListingRow row : listing.rows()) {
            row.match(p -> counts.put(p.predicate(), p.facts()), e -> null, d -> null, s -> null);
        }
        List<String> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Pattern pattern : body.patterns()) {
            if (pattern.predicate().isEmpty()) continue;
            List<String> family = pattern.family().stream().map(p -> (String) bound.get(p.name())).toList();
            String predicate = family.get(0);
            if (family.stream().anyMatch(counts::containsKey) || !seen.add(predicate)) continue;
            List<String> near = nearest(predicate, counts.keySet());
            String kinds = family.size() == 1 ? "" : " nor its kinds " + String.join(", ", family.subList(1, family.size()));
            lines.add("the graph has no facts with the predicate '" + predicate + "'" + kinds + (near.isEmpty()
                    ? " (list those it has with: show predicates)"
                    : "; nearest it has: " + near.stream().map(n -> n + " (" + facts(counts.get(n)) + ")")
                    .collect(Collectors.joining(", "))));
        }
        return lines;
    }

    /** Predicates sharing a word with the one asked for, then those a typo away. */
    private static List<String> nearest(String predicate, Set<String> known) {
        Set<String> words = new HashSet<>(Arrays.asList(predicate.split("_")));
        List<String> near = new ArrayList<>(known.stream()
                .filter(k -> Arrays.stream(k.split("_")).anyMatch(w -> w.length() > 2 && words.contains(w)))
                .sorted().limit(NEAREST).toList());
        for (String typo : Suggestions.nearestAll(predicate, known)) {
            if (near.size() < NEAREST && !near.contains(typo)) near.add(typo);
        }
        return near;
    }

    private String excludedBy(Body body, int matched) {
        List<String> conditions = conditions();
        List<String> excluding = new ArrayList<>();
        for (int i = 0; i < body.filters().size(); i++) {
            Body alone = body.withoutAbsences().withFilters(List.of(body.filters().get(i)));
            if (rows(alone, body.branchOf(body.filters().get(i))) == 0) excluding.add(conditions.get(i));
        }
        String rows = "the patterns match " + count(matched) + " row" + (matched == 1 ? "" : "s");
        if (excluding.isEmpty()) {
            return rows + ", but no row meets all the conditions together: "
                    + String.join(", ", conditions);
        }
        String line = rows + ", but " + String.join(" and ", excluding) + " excluded every one";
        return line + units(body).orElse("");
    }

    /** When a unit in a condition is what excluded the rows: the units the facts do carry. */
    private Optional<String> units(Body body) {
        for (Filter filter : body.filters()) {
            if (!(filter instanceof Filter.NumberFilter n) || n.units().isEmpty()) continue;
            Filter.NumberFilter any = new Filter.NumberFilter(n.pattern(), n.comparison(), n.number(), List.of());
            Body withoutUnit = body.withoutAbsences().withFilters(List.of(any));
            // Only the rows with the filtered fact: in a union, the other branches' rows do not have it.
            List<QueryRows.FactRow> found = store.run(match(withoutUnit), bound).rows().stream()
                    .filter(r -> r.fact(n.pattern()).isPresent()).toList();
            if (found.isEmpty()) continue;
            Set<String> ids = found.stream().map(r -> r.factIds().get(n.pattern())).collect(Collectors.toSet());
            String units = store.facts(ids).stream().map(FactValues::unit).filter(u -> !u.isEmpty()).distinct()
                    .sorted().collect(Collectors.joining(", "));
            String asked = n.units().stream().map(u -> (String) bound.get(u.name())).findFirst().orElse("");
            return Optional.of("; without the unit '" + asked + "' " + count(found.size()) + " would match"
                    + (units.isEmpty() ? "" : ", in " + units));
        }
        return Optional.empty();
    }

    private String outsideScope(Scope scope, int outside) {
        String where = scope.document().map(d -> "\"" + bound.get(d.name()) + "\"").orElse("any document")
                + scope.section().map(s -> " section " + bound.get(s.name())).orElse("");
        String line = "the patterns match " + count(outside) + " row" + (outside == 1 ? "" : "s")
                + " outside the scope, none cited in " + where;
        if (scope.section().isEmpty()) return line;
        String section = (String) bound.get(scope.section().get().name());
        QueryRows.ListingRows sections = store.run(new GraphQuery.Listing(ListingKind.SECTIONS,
                scope.document(), Optional.empty(), StatusFilter.ALL, Optional.empty()), bound);
        List<String> numbers = new ArrayList<>();
        for (QueryRows.ListingRow row : sections.rows()) row.match(p -> null, e -> null, d -> null,
                s -> numbers.add(s.number()));
        boolean exists = numbers.stream().anyMatch(n -> n.equals(section) || n.startsWith(section + "."));
        if (exists) return line;
        List<String> top = numbers.stream().filter(n -> !n.isBlank()).map(n -> n.split("\\.")[0]).distinct()
                .toList();
        return line + "; " + scope.document().map(d -> "\"" + bound.get(d.name()) + "\"").orElse("no document")
                + " has no section " + section + (top.isEmpty() ? "" : " (its sections: " + String.join(", ", top) + ")");
    }

    private String notTogether(Body body) {
        List<Clause> patterns = patterns();
        List<String> each = new ArrayList<>();
        for (Pattern pattern : body.patterns()) {
            Pattern alone = new Pattern(0, pattern.subject(), pattern.predicate(), pattern.kinds(), pattern.object(), false,
                    pattern.alternatives());
            int n = rows(new Body(List.of(alone), List.of(), body.scope(), body.status()));
            String text = pattern.index() < patterns.size() ? text(patterns.get(pattern.index())) : "f" + pattern.index();
            if (n == 0) return "nothing matches " + text + (body.scope().isPresent() ? " in the scope" : "");
            each.add(text + ": " + count(n));
        }
        return "each pattern matches on its own (" + String.join("; ", each) + "), but no row matches them together";
    }

    private int rows(Body body) {
        return store.run(match(body), bound).rows().size();
    }

    /** The rows of one union branch, which a filter in it may exclude while the other branches keep theirs. */
    private int rows(Body body, Optional<Integer> branch) {
        if (branch.isEmpty()) return rows(body);
        int first = body.union().orElseThrow().branches().get(branch.get()).get(0);
        return (int) store.run(match(body), bound).rows().stream().filter(r -> r.fact(first).isPresent()).count();
    }

    private static GraphQuery.Match match(Body body) {
        return new GraphQuery.Match(body, List.of(), Optional.of(ENOUGH + 1), List.of());
    }

    /** The clauses, a union's groups' clauses in its place: in the order of the body's patterns and filters. */
    private List<Clause> clauses() {
        Statement statement = compiled.query().statement();
        List<Clause> written = statement instanceof Statement.Match m ? m.clauses()
                : statement instanceof Statement.Aggregate a ? a.clauses() : List.of();
        List<Clause> clauses = new ArrayList<>();
        for (Clause clause : written) {
            if (clause instanceof Clause.Union u) u.groups().forEach(g -> clauses.addAll(g.clauses()));
            else clauses.add(clause);
        }
        return clauses;
    }

    private List<Clause> patterns() {
        return clauses().stream().filter(c -> c instanceof Clause.Pattern || c instanceof Clause.Alternatives).toList();
    }

    private List<String> absences() {
        return clauses().stream().filter(c -> c instanceof Clause.Absent).map(this::text).toList();
    }

    /** The conditions as written, in the order of the body's filters: condition clauses, then qualifiers. */
    private List<String> conditions() {
        List<String> texts = new ArrayList<>(clauses().stream()
                .filter(c -> !(c instanceof Clause.Pattern || c instanceof Clause.Absent || c instanceof Clause.Alternatives))
                .map(this::text).toList());
        for (Clause clause : patterns()) {
            if (!(clause instanceof Clause.Pattern pattern)) continue;
            for (Qualifier q : pattern.qualifiers()) {
                texts.add("[" + q.key() + " = " + (q.value() instanceof StringLiteral s ? "\"" + s.text() + "\""
                        : "$" + ((Parameter) q.value()).name()) + "]");
            }
        }
        return texts;
    }

    /** A clause as the user wrote it: from its start to the next clause, scope or ordering. */
    private String text(Clause clause) {
        return ClauseText.of(compiled.source(), clause.position().offset());
    }

    private static String count(int n) {
        return n > ENOUGH ? "more than " + ENOUGH : Integer.toString(n);
    }

    private static String facts(long n) {
        return n + " fact" + (n == 1 ? "" : "s");
    }
}
