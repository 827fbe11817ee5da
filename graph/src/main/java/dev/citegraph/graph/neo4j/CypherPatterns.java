package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.query.Absence;
import dev.citegraph.graph.query.Body;
import dev.citegraph.graph.query.Filter;
import dev.citegraph.graph.query.Param;
import dev.citegraph.graph.query.Pattern;
import dev.citegraph.graph.query.Qualifier;
import dev.citegraph.graph.query.Scope;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.query.Target;
import dev.citegraph.graph.query.Union;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.Property;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.citegraph.graph.store.GraphSchema.CITES;
import static dev.citegraph.graph.store.GraphSchema.DOCUMENT_ID;
import static dev.citegraph.graph.store.GraphSchema.ENTITY;
import static dev.citegraph.graph.store.GraphSchema.ENTITY_NAME;
import static dev.citegraph.graph.store.GraphSchema.FACT;
import static dev.citegraph.graph.store.GraphSchema.KEY;
import static dev.citegraph.graph.store.GraphSchema.NAME;
import static dev.citegraph.graph.store.GraphSchema.NAMES;
import static dev.citegraph.graph.store.GraphSchema.NUMBER;
import static dev.citegraph.graph.store.GraphSchema.OBJECT;
import static dev.citegraph.graph.store.GraphSchema.OBJECT_TEXT;
import static dev.citegraph.graph.store.GraphSchema.PREDICATE;
import static dev.citegraph.graph.store.GraphSchema.QUALIFIERS;
import static dev.citegraph.graph.store.GraphSchema.SECTION;
import static dev.citegraph.graph.store.GraphSchema.STATUS;
import static dev.citegraph.graph.store.GraphSchema.SUBJECT;
import static dev.citegraph.graph.store.GraphSchema.UNIT;
import static dev.citegraph.graph.store.GraphSchema.VALUE;

/**
 * The Cypher-DSL pieces the kinds of query share: the nodes of GraphSchema, a body's patterns and filters, scopes.
 * Every value is a parameter; the only literals are the store's own constants (the verified status, the section
 * numbering's dot, and {@link CypherRenderer}'s sort sentinel and column numbers).
 */
final class CypherPatterns {
    /** The status is the store's own constant, never a value from outside. */
    private static final Expression VERIFIED = Cypher.literalOf(FactStatus.VERIFIED.name());
    /** Section "3" covers "3.2": the separator of a section numbering. */
    private static final Expression SUBSECTION = Cypher.literalOf(".");
    /** A stored qualifier is the string {@code key=value}. */
    private static final Expression QUALIFIER_SEPARATOR = Cypher.literalOf("=");

    private CypherPatterns() {
    }

    static Parameter<Object> p(Param param) {
        return Cypher.parameter(param.name());
    }

    static Expression params(List<Param> params) {
        return Cypher.listOf(params.stream().<Expression>map(CypherPatterns::p).toList());
    }

    static Property property(String container, String key) {
        return Cypher.property(container, key);
    }

    /** Fact node {@code name}, with the predicate and status asked for as properties (both are indexed). */
    static Node fact(String name, Optional<Param> predicate, StatusFilter status) {
        List<Object> properties = new ArrayList<>();
        predicate.ifPresent(pr -> {
            properties.add(PREDICATE);
            properties.add(p(pr));
        });
        if (status == StatusFilter.VERIFIED_ONLY) {
            properties.add(STATUS);
            properties.add(VERIFIED);
        }
        Node fact = Cypher.node(FACT).named(name);
        return properties.isEmpty() ? fact : fact.withProperties(properties.toArray());
    }

    /** The Name node of a key: the unique-indexed anchor of a named entity. */
    static Node nameOf(Expression key) {
        return Cypher.node(NAME).withProperties(KEY, key);
    }

    /** A user variable's entity node. */
    static Node entity(String name) {
        return Cypher.node(ENTITY).named(variable(name));
    }

    /** An entity bound to a given name key, as in {@code (:Name {key: $k})-[:NAMES]->(:Entity)}. */
    static Relationship namedEntity(Param key, Node entity) {
        return nameOf(p(key)).relationshipTo(entity, NAMES);
    }

    /**
     * One MATCH per required pattern (two when the object is an entity), then one WHERE with their filters and, for
     * every pattern, the scope. Separate MATCH clauses, as before, so that two patterns may share a relationship.
     * A union comes first, as a CALL of its branches; each optional pattern follows as an OPTIONAL MATCH with its own
     * conditions, which leaves f{i} null when nothing matches it.
     */
    static StatementBuilder.OngoingReading body(Body body) {
        List<Pattern> required = body.patterns().stream()
                .filter(p -> !p.optional() && !body.inUnion(p.index())).toList();
        List<PatternElement> matches = new ArrayList<>();
        for (Pattern pattern : required) matches.addAll(elements(pattern, body));
        List<Condition> where = conditions(body, required, body.filters().stream()
                .filter(f -> !body.onOptionalPattern(f) && body.branchOf(f).isEmpty()).toList());
        body.absences().forEach(a -> where.add(absent(a, body)));
        StatementBuilder.OngoingReadingWithoutWhere reading = body.union()
                .map(u -> Cypher.call(union(body, u))).orElse(null);
        for (PatternElement match : matches) reading = reading == null ? Cypher.match(match) : reading.match(match);
        // Right after a CALL, a condition needs a WITH first.
        StatementBuilder.OngoingReading read = !matches.isEmpty() ? reading.where(all(where))
                : where.isEmpty() ? reading : reading.with(Cypher.asterisk()).where(all(where));
        for (Pattern pattern : body.patterns()) {
            if (!pattern.optional()) continue;
            List<Filter> qualifiers = body.filters().stream()
                    .filter(f -> f instanceof Filter.QualifierFilter q && q.pattern() == pattern.index()).toList();
            read = read.optionalMatch(elements(pattern, body).toArray(PatternElement[]::new))
                    .where(all(conditions(body, List.of(pattern), qualifiers)));
        }
        return read;
    }

    /**
     * {@code CALL { MATCH ... RETURN ... UNION ALL MATCH ... RETURN ... }}: each branch matches its patterns with
     * their filters, as the body's required patterns are (so named entities are still index seeks), and returns the
     * union's entity variables and every union pattern's fact: its own, and null for the other branches'.
     */
    private static Statement union(Body body, Union union) {
        List<String> entities = new ArrayList<>();
        for (int index : union.branches().get(0)) {
            Pattern pattern = body.patterns().get(index);
            for (Pattern.ObjectRef end : List.of(pattern.subject(), pattern.object())) {
                if (end instanceof Pattern.EntityVariable v && !entities.contains(v.name())) entities.add(v.name());
            }
        }
        List<Statement> branches = new ArrayList<>();
        for (int b = 0; b < union.branches().size(); b++) {
            int branch = b;
            List<Pattern> patterns = union.branches().get(b).stream().map(body.patterns()::get).toList();
            List<PatternElement> matches = new ArrayList<>();
            for (Pattern pattern : patterns) matches.addAll(elements(pattern, body));
            StatementBuilder.OngoingReadingWithoutWhere reading = Cypher.match(matches.get(0));
            for (PatternElement match : matches.subList(1, matches.size())) reading = reading.match(match);
            List<Condition> where = conditions(body, patterns, body.filters().stream()
                    .filter(f -> body.branchOf(f).equals(Optional.of(branch))).toList());
            List<Expression> returned = new ArrayList<>();
            entities.forEach(e -> returned.add(Cypher.name(variable(e))));
            for (int index : union.patterns()) {
                returned.add(union.branches().get(b).contains(index) ? Cypher.name("f" + index)
                        : Cypher.literalOf(null).as("f" + index));
            }
            branches.add(reading.where(all(where)).returning(returned).build());
        }
        return Cypher.unionAll(branches);
    }

    /** The MATCH elements of a pattern: the fact with its subject, and its entity object when it has one. */
    private static List<PatternElement> elements(Pattern pattern, Body body) {
        List<PatternElement> matches = new ArrayList<>();
        String f = "f" + pattern.index();
            // One predicate is a property of the node; a family is a list the predicate is in (both use the index).
            Node fact = fact(f, pattern.onePredicate() ? pattern.predicate() : Optional.empty(), body.status());
            matches.add(pattern.subject().match(
                    named -> subjectVaries(pattern)
                            ? Cypher.node(NAME).named("ns" + pattern.index()).relationshipTo(Cypher.node(ENTITY), NAMES)
                            .relationshipFrom(fact, SUBJECT)
                            : namedEntity(named.key(), Cypher.node(ENTITY)).relationshipFrom(fact, SUBJECT),
                    entity -> entity(entity.name()).relationshipFrom(fact, SUBJECT),
                    value -> {
                        throw new IllegalStateException("a subject is an entity");
                    }));
            pattern.object().<Optional<PatternElement>>match(
                    named -> Optional.of(Cypher.anyNode(f).relationshipTo(Cypher.node(ENTITY), OBJECT)
                            .relationshipFrom(objectVaries(pattern) ? Cypher.node(NAME).named("no" + pattern.index())
                                    : nameOf(p(named.key())), NAMES)),
                    entity -> Optional.of(Cypher.anyNode(f).relationshipTo(entity(entity.name()), OBJECT)),
                    value -> Optional.empty()).ifPresent(matches::add);
        return matches;
    }

    /** The conditions of some patterns: their kinds, the filters given and, for each pattern, the scope. */
    private static List<Condition> conditions(Body body, List<Pattern> patterns, List<Filter> filters) {
        List<Condition> where = new ArrayList<>();
        for (Pattern pattern : patterns) {
            if (!pattern.onePredicate()) {
                where.add(property("f" + pattern.index(), PREDICATE).in(params(pattern.family())));
            }
            if (pattern.namesVary()) where.addAll(branches(pattern));
        }
        for (Filter filter : filters) where.add(filter.match(CypherPatterns::numberFilter,
                CypherPatterns::textFilter, q -> qualified("f" + q.pattern(), q.qualifier())));
        body.scope().ifPresent(s -> patterns.forEach(pattern -> where.add(scope("f" + pattern.index(), s))));
        return where;
    }

    /**
     * The alternatives of a pattern whose names vary, each matched as a whole: the varying names' keys are among
     * theirs (which lets the planner seek the Name index), and one alternative holds with its predicates and names.
     */
    private static List<Condition> branches(Pattern pattern) {
        String f = "f" + pattern.index();
        List<Condition> where = new ArrayList<>();
        List<Pattern.Alternative> all = new ArrayList<>();
        all.add(new Pattern.Alternative(pattern.ownPredicates(), Optional.empty(), Optional.empty()));
        all.addAll(pattern.alternatives());
        Optional<Param> subject = pattern.subject() instanceof Pattern.NamedEntity n ? Optional.of(n.key())
                : Optional.empty();
        Optional<Param> object = pattern.object() instanceof Pattern.NamedEntity n ? Optional.of(n.key())
                : Optional.empty();
        if (subjectVaries(pattern)) {
            where.add(property("ns" + pattern.index(), KEY).in(params(all.stream()
                    .map(a -> a.subject().orElse(subject.orElseThrow())).distinct().toList())));
        }
        if (objectVaries(pattern)) {
            where.add(property("no" + pattern.index(), KEY).in(params(all.stream()
                    .map(a -> a.object().orElse(object.orElseThrow())).distinct().toList())));
        }
        Condition any = Cypher.noCondition();
        for (Pattern.Alternative a : all) {
            List<Condition> holds = new ArrayList<>();
            holds.add(property(f, PREDICATE).in(params(a.predicates())));
            if (subjectVaries(pattern)) {
                holds.add(property("ns" + pattern.index(), KEY).isEqualTo(p(a.subject().orElse(subject.orElseThrow()))));
            }
            if (objectVaries(pattern)) {
                holds.add(property("no" + pattern.index(), KEY).isEqualTo(p(a.object().orElse(object.orElseThrow()))));
            }
            any = any.or(all(holds));
        }
        where.add(any);
        return where;
    }

    private static boolean subjectVaries(Pattern pattern) {
        return pattern.alternatives().stream().anyMatch(a -> a.subject().isPresent());
    }

    private static boolean objectVaries(Pattern pattern) {
        return pattern.alternatives().stream().anyMatch(a -> a.object().isPresent());
    }

    /** {@code NOT EXISTS { MATCH ... WHERE ... }}: no fact matches the pattern, with its qualifiers, in the scope. */
    private static Condition absent(Absence absence, Body body) {
        Pattern pattern = absence.pattern();
        String f = "f" + pattern.index();
        List<Condition> tests = new ArrayList<>();
        if (!pattern.onePredicate()) tests.add(property(f, PREDICATE).in(params(pattern.family())));
        absence.qualifiers().forEach(q -> tests.add(qualified(f, q)));
        body.scope().ifPresent(s -> tests.add(scope(f, s)));
        return Cypher.match(elements(pattern, body).toArray(PatternElement[]::new)).where(all(tests)).asCondition()
                .not();
    }

    /** The conjunction of the conditions; no condition (and no WHERE) when there are none. */
    static Condition all(List<Condition> conditions) {
        Condition all = Cypher.noCondition();
        for (Condition condition : conditions) all = all.and(condition);
        return all;
    }

    private static Condition numberFilter(Filter.NumberFilter n) {
        String fact = "f" + n.pattern();
        Property value = property(fact, VALUE);
        Parameter<Object> number = p(n.number());
        Condition test = switch (n.comparison()) {
            case EQ -> value.isEqualTo(number);
            case NEQ -> value.isNotEqualTo(number);
            case LT -> value.lt(number);
            case LTE -> value.lte(number);
            case GT -> value.gt(number);
            case GTE -> value.gte(number);
        };
        if (n.units().isEmpty()) return test;
        return test.and(Cypher.toLower(property(fact, UNIT)).in(params(n.units())));
    }

    /** The fact carries the qualifier: one of its {@code key=value} strings equals the pair, case-insensitively. */
    static Condition qualified(String fact, Qualifier qualifier) {
        Expression pair = p(qualifier.key()).concat(QUALIFIER_SEPARATOR).concat(p(qualifier.value()));
        return Cypher.any("q").in(property(fact, QUALIFIERS)).where(Cypher.toLower(Cypher.name("q")).isEqualTo(pair));
    }

    private static Condition textFilter(Filter.TextFilter t) {
        Parameter<Object> value = p(t.text());
        if (t.target() instanceof Target.EntityTarget e && t.operator() != Filter.TextOperator.CONTAINS) {
            // As a PatternElement: the RelationshipPattern overload renders the exists() function, not EXISTS { }.
            PatternElement named = Cypher.anyNode(variable(e.variable())).relationshipFrom(nameOf(value), NAMES);
            Condition exists = Cypher.exists(named);
            return t.operator() == Filter.TextOperator.EQUALS ? exists : exists.not();
        }
        Expression text = t.target().<Expression>match(e -> Cypher.toLower(targetText(e)),
                v -> Cypher.toLower(targetText(v)), CypherPatterns::targetText);
        return switch (t.operator()) {
            case EQUALS -> text.isEqualTo(value);
            case NOT_EQUALS -> text.isNotEqualTo(value);
            case CONTAINS -> text.contains(value);
        };
    }

    /** The text a target shows as: an entity's name, a fact's object text or predicate. */
    static Expression targetText(Target target) {
        return target.match(e -> property(variable(e.variable()), ENTITY_NAME),
                v -> property("f" + v.pattern(), OBJECT_TEXT), pr -> property("f" + pr.pattern(), PREDICATE));
    }

    /**
     * The fact has a citation in the scope's document and/or (sub)section: {@code EXISTS { MATCH (f)-[c:CITES]->
     * (s:Section) WHERE ... }}. Where the enclosing query has bound {@code c} already, this constrains that citation.
     */
    static Condition scope(String fact, Scope scope) {
        Node section = Cypher.node(SECTION).named("s");
        Relationship cites = Cypher.anyNode(fact).relationshipTo(section, CITES).named("c");
        List<Condition> tests = new ArrayList<>();
        scope.document().ifPresent(d -> tests.add(Cypher.toLower(cites.property(DOCUMENT_ID)).isEqualTo(p(d))));
        scope.section().ifPresent(s -> tests.add(section.property(NUMBER).isEqualTo(p(s))
                .or(section.property(NUMBER).startsWith(p(s).concat(SUBSECTION)))));
        return Cypher.match(cites).where(all(tests)).asCondition();
    }

    /** A user variable as a Cypher identifier; the grammar allows only [a-z_][a-z0-9_]* there. */
    static String variable(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) throw new IllegalArgumentException("not a variable name: " + name);
        return "v_" + name;
    }
}
