package dev.citegraph.dsl.analysis;

import dev.citegraph.dsl.ast.AggregateFunction;
import dev.citegraph.dsl.ast.AggregateKey;
import dev.citegraph.dsl.ast.Argument;
import dev.citegraph.dsl.ast.Clause;
import dev.citegraph.dsl.ast.DocumentKey;
import dev.citegraph.dsl.ast.GroupKey;
import dev.citegraph.dsl.ast.NamedPredicate;
import dev.citegraph.dsl.ast.Qualifier;
import dev.citegraph.dsl.ast.Query;
import dev.citegraph.dsl.ast.ShowTarget;
import dev.citegraph.graph.query.Aggregation;
import dev.citegraph.graph.query.ListingKind;
import dev.citegraph.graph.query.Param;
import dev.citegraph.dsl.ast.Statement;
import dev.citegraph.dsl.ast.StringLiteral;
import dev.citegraph.dsl.ast.Term;
import dev.citegraph.dsl.ast.Variable;
import dev.citegraph.graph.query.Absence;
import dev.citegraph.graph.query.Body;
import dev.citegraph.graph.query.Filter;
import dev.citegraph.graph.query.Grouping;
import dev.citegraph.graph.query.OrderKey;
import dev.citegraph.graph.query.Output;
import dev.citegraph.graph.query.Pattern;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.Scope;
import dev.citegraph.dsl.Slot;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.query.Target;
import dev.citegraph.graph.query.Union;
import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks what a query means and plans it. One analyser per query: it collects that query's slots. */
public final class Analyzer implements Statement.Visitor<GraphQuery<?>> {
    private final String source;
    private final StatusFilter status;
    private final Slots slots;
    private final PredicateVocabulary vocabulary;
    private final Set<String> observed;
    private final UnionRules unions;

    private Analyzer(String source, PredicateVocabulary vocabulary, StatusFilter status, Set<String> observed) {
        this.source = source;
        this.status = status;
        this.vocabulary = vocabulary;
        this.observed = Set.copyOf(observed);
        this.slots = new Slots(new ValueTransforms(vocabulary));
        this.unions = new UnionRules(source);
    }

    /** A parsed query's graph query, and where each of its parameters' values comes from. */
    public record Analysis(GraphQuery<?> query, List<Slot> slots) {
        public Analysis {
            java.util.Objects.requireNonNull(query, "query");
            slots = List.copyOf(slots);
        }
    }

    /**
     * The graph query of a parsed query.
     *
     * @throws dev.citegraph.dsl.QueryException a semantic error with its code and position
     */
    public static Analysis analyze(Query query, String source, PredicateVocabulary vocabulary, StatusFilter status) {
        return analyze(query, source, vocabulary, status, Set.of());
    }

    /**
     * The graph query of a parsed query on a graph holding the {@code observed} predicates: a named predicate also
     * matches the observed ones the vocabulary takes for kinds of it.
     */
    public static Analysis analyze(Query query, String source, PredicateVocabulary vocabulary, StatusFilter status,
                                   Set<String> observed) {
        Analyzer analyzer = new Analyzer(source, vocabulary, status, observed);
        GraphQuery<?> graphQuery = query.statement().accept(analyzer);
        return new Analysis(graphQuery, analyzer.slots.all());
    }

    @Override
    public GraphQuery<?> visitFactsAbout(Statement.FactsAbout s) {
        Slot entity = name(s.entity());
        Optional<Scope> scope = scope(s.scope());
        return new GraphQuery.FactsAbout(entity.param(), scope, status, s.limit());
    }

    @Override
    public GraphQuery<?> visitMatch(Statement.Match s) {
        Bodies body = body(s.clauses(), s.scope(), s.position());
        List<OrderKey> order = new ArrayList<>();
        for (dev.citegraph.dsl.ast.OrderKey key : s.order()) {
            if (!(key.target() instanceof Variable v)) {
                throw SemanticErrors.error(source, ErrorCode.ORDER_KEY, key.position(),
                        "only aggregate queries order by an aggregate or the document: order by a ?variable");
            }
            Output ordered = body.variables.require(v, source);
            unions.checkOrder(v, ordered, body.body);
            if (body.body.patterns().get(ordered.pattern()).optional()) {
                throw SemanticErrors.error(source, ErrorCode.OPTIONAL_PATTERN, v.position(), v + " is bound by an "
                        + "optional pattern and may be missing: order by a variable of a required pattern");
            }
            order.add(new OrderKey(new OrderKey.ByTarget(ordered.target()), key.descending()));
        }
        List<Output> outputs = body.variables.outputs();
        if (!s.returned().isEmpty()) {
            outputs = new ArrayList<>();
            for (Variable v : s.returned()) outputs.add(body.variables.require(v, source));
        }
        outputs = outputs.stream().map(o -> UnionRules.everyPlace(o, body.body, body.variables)).toList();
        return new GraphQuery.Match(body.body, order, s.limit(), outputs, s.distinct());
    }

    @Override
    public GraphQuery<?> visitAggregate(Statement.Aggregate s) {
        unions.checkNoUnion(s.clauses());
        Bodies body = body(s.clauses(), s.scope(), s.position());
        for (Clause clause : s.clauses()) {
            if (clause instanceof Clause.Pattern p && p.optional()) {
                throw SemanticErrors.error(source, ErrorCode.OPTIONAL_PATTERN, p.position(), "an aggregate counts "
                        + "only facts that exist: drop 'optional', or list the rows with match");
            }
        }
        Output target = body.variables.require(s.variable(), source);
        if (s.function() != AggregateFunction.COUNT && !(target.target() instanceof Target.ValueTarget)) {
            throw SemanticErrors.error(source, ErrorCode.AGGREGATE_OF_NON_NUMBER, s.variable().position(),
                    s.function().keyword() + " needs numbers, and " + s.variable() + " is not a fact's value: "
                            + "count it, or aggregate the value a pattern binds (?m training_cost ?c)");
        }
        Optional<Grouping> group = s.group().map(g -> grouping(g, body.variables));
        List<OrderKey> order = new ArrayList<>();
        for (dev.citegraph.dsl.ast.OrderKey key : s.order()) order.add(aggregateOrder(key, s, group));
        return new GraphQuery.Aggregate(body.body, Aggregation.valueOf(s.function().name()), target.target(),
                target.pattern(), group, order, s.limit());
    }

    @Override
    public GraphQuery<?> visitCompare(Statement.Compare s) {
        List<Param> subjects = new ArrayList<>();
        for (Argument subject : s.subjects()) {
            subjects.add((s.documents() ? slots.of(Slot.Role.DOCUMENT, subject) : name(subject)).param());
        }
        List<Param> predicates = new ArrayList<>();
        for (var predicate : s.predicates()) {
            if (!(predicate instanceof NamedPredicate named)) {
                throw SemanticErrors.error(source, ErrorCode.COMPARE_VARIABLE, predicate.position(),
                        "compare takes predicate names, not variables: e.g. on total_parameters, pretraining_tokens");
            }
            predicates.add(slots.literal(Slot.Role.PREDICATE, named.position(), named.word()).param());
        }
        List<Param> kinds = new ArrayList<>();
        for (var predicate : s.predicates()) kinds.addAll(kinds((NamedPredicate) predicate));
        List<dev.citegraph.graph.query.Qualifier> qualifiers = s.qualifiers().stream().map(this::qualifier).toList();
        Optional<Scope> scope = scope(s.scope());
        return new GraphQuery.Compare(s.documents(), subjects, predicates, kinds, qualifiers, scope, status);
    }

    @Override
    public GraphQuery<?> visitConflicts(Statement.Conflicts s) {
        Optional<Param> subject = s.subject().map(a -> name(a).param());
        List<Param> predicates = new ArrayList<>();
        List<Param> kinds = new ArrayList<>();
        for (var predicate : s.predicates()) {
            if (!(predicate instanceof NamedPredicate named)) {
                throw SemanticErrors.error(source, ErrorCode.CONFLICTS_VARIABLE, predicate.position(), "conflicts "
                        + "are found on predicate names, not variables: e.g. conflicts on pretraining_tokens, or "
                        + "leave out 'on' for every predicate");
            }
            predicates.add(slots.literal(Slot.Role.PREDICATE, named.position(), named.word()).param());
            kinds.addAll(kinds(named));
        }
        List<dev.citegraph.graph.query.Qualifier> qualifiers = s.qualifiers().stream().map(this::qualifier).toList();
        return new GraphQuery.Conflicts(subject, predicates, kinds, qualifiers, scope(s.scope()), status,
                s.limit());
    }

    @Override
    public GraphQuery<?> visitShow(Statement.Show s) {
        if (s.of().isPresent() && s.target() != ShowTarget.SECTIONS) {
            throw SemanticErrors.error(source, ErrorCode.SHOW_OF, s.of().get().position(),
                    "only sections are shown 'of' a document: show sections of \"deepseek-v3\"; "
                            + "use 'matching' to narrow " + s.target().keyword());
        }
        Optional<Param> document = s.of().map(d -> slots.of(Slot.Role.DOCUMENT, d).param());
        Optional<Param> matching = s.matching().map(m -> slots.of(Slot.Role.TEXT, m).param());
        return new GraphQuery.Listing(ListingKind.valueOf(s.target().name()), document, matching, status, s.limit());
    }

    private record Bodies(Body body, Variables variables) {
    }

    private Bodies body(List<Clause> clauses, Optional<dev.citegraph.dsl.ast.Scope> scopeClause, dev.citegraph.dsl.ast.Position at) {
        Written written = Written.of(clauses, source);
        List<Clause.Pattern> patterns = written.patterns();
        if (patterns.isEmpty()) {
            throw SemanticErrors.error(source, ErrorCode.NO_PATTERN, at,
                    "a query needs at least one pattern such as ?m uses \"MLA\" to bind its variables");
        }
        written.alternatives().values().forEach(this::checkAlternatives);
        OptionalPatterns.check(patterns, source);
        Set<String> absentSubjects = new java.util.HashSet<>();
        for (Clause clause : clauses) {
            if (clause instanceof Clause.Absent a && a.pattern().subject() instanceof Variable v) absentSubjects.add(v.name());
        }
        List<List<Integer>> branches = written.union().map(u -> u.branches()).orElse(List.of());
        Variables variables = Variables.of(patterns, absentSubjects, branches, source);
        written.union().ifPresent(u -> unions.check(u, variables));
        List<Pattern> planned = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            Clause.Alternatives a = written.alternatives().get(i);
            planned.add(pattern(i, patterns.get(i), variables,
                    a == null ? List.of() : a.patterns().subList(1, a.patterns().size())));
        }
        Conditions conditions = new Conditions(slots, source);
        List<Filter> filters = new ArrayList<>();
        List<Absence> absences = new ArrayList<>();
        for (Clause clause : clauses) {
            if (clause instanceof Clause.Absent a) absences.add(absence(patterns.size() + absences.size(), a, variables, patterns));
        }
        for (Written.Condition condition : written.conditions()) {
            Variables scope = condition.branch().map(b -> variables.within(branches.get(b))).orElse(variables);
            Variable conditioned = condition.variable();
            unions.checkBoundWithin(condition, scope, variables);
            Output binding = scope.require(conditioned, source);
            if (patterns.get(binding.pattern()).optional()) {
                throw SemanticErrors.error(source, ErrorCode.OPTIONAL_PATTERN, conditioned.position(), conditioned
                        + " is bound by an optional pattern and may be missing: a condition on it would drop the rows "
                        + "without it; drop 'optional' to keep only the rows that have it");
            }
            unions.checkCondition(condition, binding, written);
            filters.add(conditions.filter(condition.clause(), scope));
        }
        // After the conditions, so that filter i is the i-th condition clause (empty answers name them in order).
        for (int i = 0; i < patterns.size(); i++) {
            for (Qualifier q : patterns.get(i).qualifiers()) filters.add(new Filter.QualifierFilter(i, qualifier(q)));
        }
        Optional<Scope> scope = scope(scopeClause);
        Optional<Union> union = written.union().map(u -> new Union(u.branches()));
        return new Bodies(new Body(planned, filters, absences, union, scope, status), variables);
    }

    private dev.citegraph.graph.query.Qualifier qualifier(Qualifier q) {
        return new dev.citegraph.graph.query.Qualifier(slots.literal(Slot.Role.TEXT, q.position(), q.key()).param(),
                slots.of(Slot.Role.TEXT, q.value()).param());
    }

    /**
     * Patterns joined by 'or' have the same variables in the same places: then one fact, matching any of them, binds
     * the same variables, and the patterns may differ in their predicate names and in the entities they name.
     */
    private void checkAlternatives(Clause.Alternatives alternatives) {
        Clause.Pattern first = alternatives.patterns().get(0);
        for (Clause.Pattern p : alternatives.patterns()) {
            if (!(p.predicate() instanceof NamedPredicate)) {
                throw SemanticErrors.error(source, ErrorCode.ALTERNATIVES, p.predicate().position(), "'or' joins "
                        + "patterns by their predicate names, not variables, e.g. ?m training_cost ?c or ?m "
                        + "pretraining_tokens ?c");
            }
            for (Term[] place : List.of(new Term[]{first.subject(), p.subject()},
                    new Term[]{first.object(), p.object()})) {
                boolean variables = place[0] instanceof Variable || place[1] instanceof Variable;
                if (variables && !same(place[0], place[1])) {
                    throw SemanticErrors.error(source, ErrorCode.ALTERNATIVES, place[1].position(), "'or' joins "
                            + "patterns with the same variables in the same places, so that every row binds them; "
                            + "they may differ in their predicates and names, e.g. ?m uses \"MLA\" or ?m uses "
                            + "\"DeepSeekMoE\"; write the others as two queries");
                }
            }
        }
    }

    private static boolean same(Term a, Term b) {
        if (a instanceof Variable x && b instanceof Variable y) return x.name().equals(y.name());
        if (a instanceof StringLiteral x && b instanceof StringLiteral y) return x.text().equalsIgnoreCase(y.text());
        if (a instanceof dev.citegraph.dsl.ast.Parameter x && b instanceof dev.citegraph.dsl.ast.Parameter y) {
            return x.name().equals(y.name());
        }
        return false;
    }

    private Pattern pattern(int index, Clause.Pattern p, Variables variables, List<Clause.Pattern> alternatives) {
        Pattern.EntityRef subject = entity(p.subject());
        Optional<Param> predicate = p.predicate() instanceof NamedPredicate n
                ? Optional.of(slots.literal(Slot.Role.PREDICATE, n.position(), n.word()).param()) : Optional.empty();
        List<Param> kinds = p.predicate() instanceof NamedPredicate n ? kinds(n) : List.of();
        Pattern.ObjectRef object = p.object() instanceof Variable v && !variables.isEntity(v.name())
                ? new Pattern.ValueVariable(v.name()) : entity(p.object());
        List<Pattern.Alternative> others = new ArrayList<>();
        for (Clause.Pattern alternative : alternatives) {
            NamedPredicate named = (NamedPredicate) alternative.predicate();
            List<Param> predicates = new ArrayList<>();
            predicates.add(slots.literal(Slot.Role.PREDICATE, named.position(), named.word()).param());
            predicates.addAll(kinds(named));
            others.add(new Pattern.Alternative(predicates, otherName(p.subject(), alternative.subject()),
                    otherName(p.object(), alternative.object())));
        }
        return new Pattern(index, subject, predicate, kinds, object, p.optional(), others);
    }

    /** The key of the entity an alternative names in a place where the pattern names another; empty if the same. */
    private Optional<Param> otherName(Term pattern, Term alternative) {
        if (alternative instanceof Variable || same(pattern, alternative)) return Optional.empty();
        return Optional.of(name((Argument) alternative).param());
    }

    /**
     * The pattern no fact may match. Its variables are bound by the required patterns (entities) or are its own,
     * standing for anything; at least one is bound, so the test is about the row.
     */
    private Absence absence(int index, Clause.Absent absent, Variables variables, List<Clause.Pattern> patterns) {
        Clause.Pattern p = absent.pattern();
        boolean bound = false;
        for (Object part : List.of(p.subject(), p.predicate(), p.object())) {
            if (!(part instanceof Variable v) || !variables.binds(v.name())) continue;
            Output binding = variables.require(v, source);
            if (!(binding.target() instanceof Target.EntityTarget) || part == p.predicate()) {
                throw SemanticErrors.error(source, ErrorCode.ABSENT_PATTERN, v.position(), v + " stands for a value or "
                        + "predicate elsewhere, and a 'not' pattern tests entities: use a new variable here");
            }
            if (patterns.get(binding.pattern()).optional()) {
                throw SemanticErrors.error(source, ErrorCode.ABSENT_PATTERN, v.position(), v + " is bound by an "
                        + "optional pattern and may be missing: bind it with a required pattern");
            }
            bound = true;
        }
        if (!bound) {
            throw SemanticErrors.error(source, ErrorCode.ABSENT_PATTERN, absent.position(), "a 'not' pattern must "
                    + "share an entity variable with the patterns it filters, e.g. match ?m uses ?x . not ?m uses \"MLA\"");
        }
        return new Absence(pattern(index, p, variables, List.of()),
                p.qualifiers().stream().map(this::qualifier).toList());
    }

    /** A slot for each kind of the predicate: declared in the vocabulary, or observed and taken for one by its words. */
    private List<Param> kinds(NamedPredicate predicate) {
        List<String> family = vocabulary.family(vocabulary.canonicalOrSelf(predicate.word()), observed);
        return family.subList(1, family.size()).stream()
                .map(kind -> slots.literal(Slot.Role.PREDICATE, predicate.position(), kind).param()).toList();
    }

    private Pattern.EntityRef entity(Term term) {
        if (term instanceof Variable v) return new Pattern.EntityVariable(v.name());
        return new Pattern.NamedEntity(name((Argument) term).param());
    }

    private Slot name(Argument argument) {
        if (argument instanceof StringLiteral s && s.text().isBlank()) {
            throw SemanticErrors.error(source, ErrorCode.EMPTY_NAME, s.position(),
                    "an entity name cannot be empty: write it in double quotes, e.g. \"DeepSeek-V3\"");
        }
        return slots.of(Slot.Role.ENTITY_KEY, argument);
    }

    private Optional<Scope> scope(Optional<dev.citegraph.dsl.ast.Scope> scope) {
        return scope.map(s -> new Scope(s.document().map(d -> slots.of(Slot.Role.DOCUMENT, d).param()),
                s.section().map(x -> slots.of(Slot.Role.SECTION, x).param())));
    }

    private Grouping grouping(GroupKey key, Variables variables) {
        if (key instanceof DocumentKey) return new Grouping.ByDocument();
        return new Grouping.ByTarget(variables.require((Variable) key, source).target());
    }

    private OrderKey aggregateOrder(dev.citegraph.dsl.ast.OrderKey key, Statement.Aggregate s,
                                    Optional<Grouping> group) {
        if (key.target() instanceof AggregateKey a && a.function() == s.function()) {
            return new OrderKey(new OrderKey.ByAggregate(), key.descending());
        }
        boolean byDocument = key.target() instanceof DocumentKey
                && group.filter(g -> g instanceof Grouping.ByDocument).isPresent();
        boolean byGroupVariable = key.target() instanceof Variable v && group.filter(g ->
                g instanceof Grouping.ByTarget t && t.target().variable().equals(v.name())).isPresent();
        if (byDocument || byGroupVariable) return new OrderKey(new OrderKey.ByGroup(), key.descending());
        throw SemanticErrors.error(source, ErrorCode.ORDER_KEY, key.position(),
                "an aggregate query orders by its aggregate (" + s.function().keyword() + ") or its group key"
                        + group.map(g -> g instanceof Grouping.ByDocument ? " (document)"
                        : " (?" + ((Grouping.ByTarget) g).target().variable() + ")").orElse(" (it has no group by)"));
    }
}
