package dev.citegraph.dsl.analysis;

import dev.citegraph.dsl.ast.AggregateFunction;
import dev.citegraph.dsl.ast.AggregateKey;
import dev.citegraph.dsl.ast.Argument;
import dev.citegraph.dsl.ast.Clause;
import dev.citegraph.dsl.ast.DocumentKey;
import dev.citegraph.dsl.ast.GroupKey;
import dev.citegraph.dsl.ast.NamedPredicate;
import dev.citegraph.dsl.ast.OrderKey;
import dev.citegraph.dsl.ast.Query;
import dev.citegraph.dsl.ast.Scope;
import dev.citegraph.dsl.ast.ShowTarget;
import dev.citegraph.dsl.ast.Statement;
import dev.citegraph.dsl.ast.StringLiteral;
import dev.citegraph.dsl.ast.Term;
import dev.citegraph.dsl.ast.Variable;
import dev.citegraph.dsl.plan.Body;
import dev.citegraph.dsl.plan.Filter;
import dev.citegraph.dsl.plan.Grouping;
import dev.citegraph.dsl.plan.OrderPlan;
import dev.citegraph.dsl.plan.Output;
import dev.citegraph.dsl.plan.PatternPlan;
import dev.citegraph.dsl.plan.Plan;
import dev.citegraph.dsl.plan.ScopePlan;
import dev.citegraph.dsl.plan.Slot;
import dev.citegraph.dsl.plan.StatusFilter;
import dev.citegraph.dsl.plan.Target;
import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks what a query means and plans it. One analyser per query: it collects that query's slots. */
public final class Analyzer implements Statement.Visitor<Plan> {
    private final String source;
    private final StatusFilter status;
    private final Slots slots;

    private Analyzer(String source, PredicateVocabulary vocabulary, StatusFilter status) {
        this.source = source;
        this.status = status;
        this.slots = new Slots(new ValueTransforms(vocabulary));
    }

    /**
     * The plan of a parsed query.
     *
     * @throws dev.citegraph.dsl.QueryException a semantic error with its code and position
     */
    public static Plan analyze(Query query, String source, PredicateVocabulary vocabulary, StatusFilter status) {
        return query.statement().accept(new Analyzer(source, vocabulary, status));
    }

    @Override
    public Plan visitFactsAbout(Statement.FactsAbout s) {
        Slot entity = name(s.entity());
        Optional<ScopePlan> scope = scope(s.scope());
        statusSlot();
        return new Plan.FactsPlan(entity, scope, status, s.limit(), slots.all());
    }

    @Override
    public Plan visitMatch(Statement.Match s) {
        Bodies body = body(s.clauses(), s.scope(), s.position());
        List<OrderPlan> order = new ArrayList<>();
        for (OrderKey key : s.order()) {
            if (!(key.target() instanceof Variable v)) {
                throw SemanticErrors.error(source, ErrorCode.ORDER_KEY, key.position(),
                        "only aggregate queries order by an aggregate or the document: order by a ?variable");
            }
            order.add(new OrderPlan(new OrderPlan.ByTarget(body.variables.require(v, source).target()),
                    key.descending()));
        }
        return new Plan.MatchPlan(body.body, order, s.limit(), body.variables.outputs(), slots.all());
    }

    @Override
    public Plan visitAggregate(Statement.Aggregate s) {
        Bodies body = body(s.clauses(), s.scope(), s.position());
        Output target = body.variables.require(s.variable(), source);
        if (s.function() != AggregateFunction.COUNT && !(target.target() instanceof Target.ValueTarget)) {
            throw SemanticErrors.error(source, ErrorCode.AGGREGATE_OF_NON_NUMBER, s.variable().position(),
                    s.function().keyword() + " needs numbers, and " + s.variable() + " is not a fact's value: "
                            + "count it, or aggregate the value a pattern binds (?m training_cost ?c)");
        }
        Optional<Grouping> group = s.group().map(g -> grouping(g, body.variables));
        List<OrderPlan> order = new ArrayList<>();
        for (OrderKey key : s.order()) order.add(aggregateOrder(key, s, group));
        return new Plan.AggregatePlan(body.body, s.function(), target.target(), target.pattern(), group, order,
                s.limit(), slots.all());
    }

    @Override
    public Plan visitCompare(Statement.Compare s) {
        List<Slot> subjects = new ArrayList<>();
        for (Argument subject : s.subjects()) {
            subjects.add(s.documents() ? slots.of(Slot.Role.DOCUMENT, subject) : name(subject));
        }
        List<Slot> predicates = new ArrayList<>();
        for (var predicate : s.predicates()) {
            if (!(predicate instanceof NamedPredicate named)) {
                throw SemanticErrors.error(source, ErrorCode.COMPARE_VARIABLE, predicate.position(),
                        "compare takes predicate names, not variables: e.g. on total_parameters, pretraining_tokens");
            }
            predicates.add(slots.literal(Slot.Role.PREDICATE, named.position(), named.word()));
        }
        Optional<ScopePlan> scope = scope(s.scope());
        statusSlot();
        return new Plan.ComparePlan(s.documents(), subjects, predicates, scope, status, slots.all());
    }

    @Override
    public Plan visitShow(Statement.Show s) {
        if (s.of().isPresent() && s.target() != ShowTarget.SECTIONS) {
            throw SemanticErrors.error(source, ErrorCode.SHOW_OF, s.of().get().position(),
                    "only sections are shown 'of' a document: show sections of \"deepseek-v3\"; "
                            + "use 'matching' to narrow " + s.target().keyword());
        }
        Optional<Slot> document = s.of().map(d -> slots.of(Slot.Role.DOCUMENT, d));
        Optional<Slot> matching = s.matching().map(m -> slots.of(Slot.Role.TEXT, m));
        if (s.target() == ShowTarget.PREDICATES || s.target() == ShowTarget.ENTITIES) statusSlot();
        return new Plan.ListingPlan(s.target(), document, matching, status, s.limit(), slots.all());
    }

    private record Bodies(Body body, Variables variables) {
    }

    private Bodies body(List<Clause> clauses, Optional<Scope> scopeClause, dev.citegraph.dsl.ast.Position at) {
        List<Clause.Pattern> patterns = new ArrayList<>();
        for (Clause clause : clauses) if (clause instanceof Clause.Pattern p) patterns.add(p);
        if (patterns.isEmpty()) {
            throw SemanticErrors.error(source, ErrorCode.NO_PATTERN, at,
                    "a query needs at least one pattern such as ?m uses \"MLA\" to bind its variables");
        }
        Variables variables = Variables.of(patterns, source);
        List<PatternPlan> planned = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) planned.add(pattern(i, patterns.get(i), variables));
        Conditions conditions = new Conditions(variables, slots, source);
        List<Filter> filters = new ArrayList<>();
        for (Clause clause : clauses) if (!(clause instanceof Clause.Pattern)) filters.add(conditions.filter(clause));
        Optional<ScopePlan> scope = scope(scopeClause);
        statusSlot();
        return new Bodies(new Body(planned, filters, scope, status), variables);
    }

    private PatternPlan pattern(int index, Clause.Pattern p, Variables variables) {
        PatternPlan.EntityRef subject = entity(p.subject());
        Optional<Slot> predicate = p.predicate() instanceof NamedPredicate n
                ? Optional.of(slots.literal(Slot.Role.PREDICATE, n.position(), n.word())) : Optional.empty();
        PatternPlan.ObjectRef object = p.object() instanceof Variable v && !variables.isEntity(v.name())
                ? new PatternPlan.ValueVariable(v.name()) : entity(p.object());
        return new PatternPlan(index, subject, predicate, object);
    }

    private PatternPlan.EntityRef entity(Term term) {
        if (term instanceof Variable v) return new PatternPlan.EntityVariable(v.name());
        return new PatternPlan.NamedEntity(name((Argument) term));
    }

    private Slot name(Argument argument) {
        if (argument instanceof StringLiteral s && s.text().isBlank()) {
            throw SemanticErrors.error(source, ErrorCode.EMPTY_NAME, s.position(),
                    "an entity name cannot be empty: write it in double quotes, e.g. \"DeepSeek-V3\"");
        }
        return slots.of(Slot.Role.ENTITY_KEY, argument);
    }

    private Optional<ScopePlan> scope(Optional<Scope> scope) {
        return scope.map(s -> new ScopePlan(s.document().map(d -> slots.of(Slot.Role.DOCUMENT, d)),
                s.section().map(x -> slots.of(Slot.Role.SECTION, x))));
    }

    private void statusSlot() {
        if (status == StatusFilter.VERIFIED_ONLY && slots.all().stream().noneMatch(s -> s.role() == Slot.Role.STATUS)) {
            slots.literal(Slot.Role.STATUS, dev.citegraph.dsl.ast.Position.START, FactStatus.VERIFIED.name());
        }
    }

    private Grouping grouping(GroupKey key, Variables variables) {
        if (key instanceof DocumentKey) return new Grouping.ByDocument();
        return new Grouping.ByTarget(variables.require((Variable) key, source).target());
    }

    private OrderPlan aggregateOrder(OrderKey key, Statement.Aggregate s, Optional<Grouping> group) {
        if (key.target() instanceof AggregateKey a && a.function() == s.function()) {
            return new OrderPlan(new OrderPlan.ByAggregate(), key.descending());
        }
        boolean byDocument = key.target() instanceof DocumentKey
                && group.filter(g -> g instanceof Grouping.ByDocument).isPresent();
        boolean byGroupVariable = key.target() instanceof Variable v && group.filter(g ->
                g instanceof Grouping.ByTarget t && t.target().variable().equals(v.name())).isPresent();
        if (byDocument || byGroupVariable) return new OrderPlan(new OrderPlan.ByGroup(), key.descending());
        throw SemanticErrors.error(source, ErrorCode.ORDER_KEY, key.position(),
                "an aggregate query orders by its aggregate (" + s.function().keyword() + ") or its group key"
                        + group.map(g -> g instanceof Grouping.ByDocument ? " (document)"
                        : " (?" + ((Grouping.ByTarget) g).target().variable() + ")").orElse(" (it has no group by)"));
    }
}
