package dev.citegraph.graph.rdf;

import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.query.Absence;
import dev.citegraph.graph.query.Body;
import dev.citegraph.graph.query.Filter;
import dev.citegraph.graph.query.NumberComparison;
import dev.citegraph.graph.query.Pattern;
import dev.citegraph.graph.query.Qualifier;
import dev.citegraph.graph.query.Scope;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.query.Target;
import dev.citegraph.graph.query.Union;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_GreaterThan;
import org.apache.jena.sparql.expr.E_GreaterThanOrEqual;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_LessThanOrEqual;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.E_OneOf;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.vocabulary.RDFS;

import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.Map;

import static dev.citegraph.graph.rdf.CgVocabulary.DOCUMENT_OF;
import static dev.citegraph.graph.rdf.CgVocabulary.ID;
import static dev.citegraph.graph.rdf.CgVocabulary.NAME_KEY;
import static dev.citegraph.graph.rdf.CgVocabulary.NUMBER;
import static dev.citegraph.graph.rdf.CgVocabulary.OBJECT;
import static dev.citegraph.graph.rdf.CgVocabulary.OBJECT_TEXT;
import static dev.citegraph.graph.rdf.CgVocabulary.PREDICATE;
import static dev.citegraph.graph.rdf.CgVocabulary.QUALIFIER;
import static dev.citegraph.graph.rdf.CgVocabulary.SECTION_OF;
import static dev.citegraph.graph.rdf.CgVocabulary.STATUS;
import static dev.citegraph.graph.rdf.CgVocabulary.SUBJECT;
import static dev.citegraph.graph.rdf.CgVocabulary.UNIT;
import static dev.citegraph.graph.rdf.CgVocabulary.VALUE;
import static dev.citegraph.graph.rdf.CgVocabulary.WAS_DERIVED_FROM;

/**
 * The graph patterns of a query's body: fact patterns, filters, scopes and status. Fact f{i} is the node
 * {@code ?fn{i}} with the id {@code ?f{i}}.
 */
final class SparqlBody {
    /** {@code cg:subject|cg:object}: a fact's subject or entity object. */
    static final Path SUBJECT_OR_OBJECT = PathFactory.pathAlt(PathFactory.pathLink(SUBJECT.asNode()),
            PathFactory.pathLink(OBJECT.asNode()));

    /** The status of verified facts. */
    static final Node VERIFIED = NodeFactory.createLiteralString(FactStatus.VERIFIED.name());

    private final SparqlVars vars;

    SparqlBody(SparqlVars vars) {
        this.vars = vars;
    }

    Var fact(int pattern) {
        return vars.own("fn" + pattern);
    }

    Var factId(int pattern) {
        return vars.own("f" + pattern);
    }

    List<Var> factIds(Body body) {
        return body.patterns().stream().map(p -> factId(p.index())).toList();
    }

    /**
     * A union's groups first, as one UNION (each group with its filters and scope), then the other required patterns
     * with their filters and scope, then each optional pattern in an OPTIONAL group with its qualifiers and scope.
     */
    void add(SparqlGroup q, Body body) {
        add(q, body, Map.of());
    }

    /**
     * The body, with the order keys on values a union binds ({@code kv{i}}, {@code kt{i}} for order key i) bound in
     * each branch from its own fact: outside the union a row has no fact of the other branches to read.
     */
    void add(SparqlGroup q, Body body, Map<Integer, Target.ValueTarget> unionValues) {
        body.union().ifPresent(u -> q.element(union(body, u, unionValues)));
        for (Pattern p : body.patterns()) if (!p.optional() && !body.inUnion(p.index())) pattern(q, p, body.status());
        for (int i = 0; i < body.filters().size(); i++) {
            Filter f = body.filters().get(i);
            if (!body.onOptionalPattern(f) && body.branchOf(f).isEmpty()) filter(q, f, i);
        }
        body.scope().ifPresent(s -> body.patterns().stream().filter(p -> !p.optional() && !body.inUnion(p.index()))
                .forEach(p -> scope(q, fact(p.index()), "" + p.index(), s)));
        for (Absence a : body.absences()) {
            int index = a.pattern().index();
            SparqlGroup absent = new SparqlGroup();
            pattern(absent, a.pattern(), body.status());
            for (int i = 0; i < a.qualifiers().size(); i++) {
                qualified(absent, fact(index), a.qualifiers().get(i), "q" + index + "_" + i);
            }
            body.scope().ifPresent(s -> scope(absent, fact(index), "" + index, s));
            q.filter(new E_NotExists(absent.element()));
        }
        for (Pattern p : body.patterns()) {
            if (!p.optional()) continue;
            SparqlGroup optional = new SparqlGroup();
            pattern(optional, p, body.status());
            for (int i = 0; i < body.filters().size(); i++) {
                if (body.filters().get(i) instanceof Filter.QualifierFilter f && f.pattern() == p.index()) {
                    filter(optional, f, i);
                }
            }
            body.scope().ifPresent(s -> scope(optional, fact(p.index()), "" + p.index(), s));
            q.optional(optional);
        }
    }

    /**
     * {@code { ... } UNION { ... }}: each branch with its patterns, filters and scope, binding the ids of the other
     * branches' facts to the empty id, as the Cypher of a union returns them, so that rows sort alike in both stores.
     */
    private Element union(Body body, Union union, Map<Integer, Target.ValueTarget> values) {
        ElementUnion element = new ElementUnion();
        for (int b = 0; b < union.branches().size(); b++) {
            List<Integer> patterns = union.branches().get(b);
            SparqlGroup branch = new SparqlGroup();
            for (int index : patterns) pattern(branch, body.patterns().get(index), body.status());
            for (int i = 0; i < body.filters().size(); i++) {
                if (body.branchOf(body.filters().get(i)).equals(Optional.of(b))) filter(branch, body.filters().get(i), i);
            }
            body.scope().ifPresent(s -> patterns.forEach(index -> scope(branch, fact(index), "" + index, s)));
            for (Map.Entry<Integer, Target.ValueTarget> value : values.entrySet()) {
                Var fact = fact(body.valuePlaces(value.getValue()).get(b));
                branch.optional(new SparqlGroup().triple(fact, VALUE, vars.own("kv" + value.getKey())));
                branch.triple(fact, OBJECT_TEXT, vars.own("kt" + value.getKey()));
            }
            for (int index : union.patterns()) {
                if (!patterns.contains(index)) branch.bind(factId(index), NodeValue.makeString(""));
            }
            element.addElement(branch.element());
        }
        return element;
    }

    private void pattern(SparqlGroup q, Pattern p, StatusFilter status) {
        Var fact = fact(p.index());
        boolean subjectVaries = p.alternatives().stream().anyMatch(a -> a.subject().isPresent());
        boolean objectVaries = p.alternatives().stream().anyMatch(a -> a.object().isPresent());
        if (p.subject() instanceof Pattern.NamedEntity named) {
            Var subject = vars.own("s" + p.index());
            q.triple(subject, NAME_KEY, subjectVaries ? vars.own("ks" + p.index()) : vars.param(named.key()));
            q.triple(fact, SUBJECT, subject);
        } else {
            q.triple(fact, SUBJECT, vars.user(((Pattern.EntityVariable) p.subject()).name()));
        }
        if (p.onePredicate()) {
            q.triple(fact, PREDICATE, p.predicate().map(vars::param).orElseGet(() -> vars.own("pr" + p.index())));
        } else {
            Var predicate = vars.own("pr" + p.index());
            q.triple(fact, PREDICATE, predicate);
            q.filter(new E_OneOf(new ExprVar(predicate), vars.paramExprs(p.family())));
        }
        status(q, fact, status);
        q.triple(fact, ID, factId(p.index()));
        if (p.object() instanceof Pattern.NamedEntity named) {
            Var object = vars.own("o" + p.index());
            q.triple(object, NAME_KEY, objectVaries ? vars.own("ko" + p.index()) : vars.param(named.key()));
            q.triple(fact, OBJECT, object);
        } else if (p.object() instanceof Pattern.EntityVariable v) {
            q.triple(fact, OBJECT, vars.user(v.name()));
        }
        if (p.namesVary()) q.filter(branches(p, subjectVaries, objectVaries));
    }

    /** One alternative of a pattern whose names vary holds as a whole: its predicates and the names it gives. */
    private Expr branches(Pattern p, boolean subjectVaries, boolean objectVaries) {
        List<Pattern.Alternative> all = new ArrayList<>();
        all.add(new Pattern.Alternative(p.ownPredicates(), Optional.empty(), Optional.empty()));
        all.addAll(p.alternatives());
        Expr any = null;
        for (Pattern.Alternative a : all) {
            Expr holds = new E_OneOf(new ExprVar(vars.own("pr" + p.index())), vars.paramExprs(a.predicates()));
            if (subjectVaries) {
                holds = new E_LogicalAnd(holds, new E_Equals(new ExprVar(vars.own("ks" + p.index())),
                        vars.paramExpr(a.subject().orElse(((Pattern.NamedEntity) p.subject()).key()))));
            }
            if (objectVaries) {
                holds = new E_LogicalAnd(holds, new E_Equals(new ExprVar(vars.own("ko" + p.index())),
                        vars.paramExpr(a.object().orElse(((Pattern.NamedEntity) p.object()).key()))));
            }
            any = any == null ? holds : new E_LogicalOr(any, holds);
        }
        return any;
    }

    private void filter(SparqlGroup q, Filter filter, int index) {
        if (filter instanceof Filter.NumberFilter n) {
            Var fact = fact(n.pattern());
            Var value = vars.own("x" + index);
            q.triple(fact, VALUE, value);
            q.filter(compare(n.comparison(), new ExprVar(value), vars.paramExpr(n.number())));
            if (!n.units().isEmpty()) {
                Var unit = vars.own("xu" + index);
                q.triple(fact, UNIT, unit);
                q.filter(new E_OneOf(lcase(unit), vars.paramExprs(n.units())));
            }
            return;
        }
        if (filter instanceof Filter.QualifierFilter qualifier) {
            qualified(q, fact(qualifier.pattern()), qualifier.qualifier(), "q" + index);
            return;
        }
        Filter.TextFilter t = (Filter.TextFilter) filter;
        if (t.target() instanceof Target.EntityTarget e && t.operator() != Filter.TextOperator.CONTAINS) {
            Var entity = vars.user(e.variable());
            if (t.operator() == Filter.TextOperator.EQUALS) {
                q.triple(entity, NAME_KEY, vars.param(t.text()));
            } else {
                q.minus(new SparqlGroup().triple(entity, NAME_KEY, vars.param(t.text())));
            }
            return;
        }
        Expr text = targetText(q, t.target(), "x" + index);
        Expr value = vars.paramExpr(t.text());
        if (!(t.target() instanceof Target.PredicateTarget)) text = new E_StrLowerCase(text);
        q.filter(switch (t.operator()) {
            case EQUALS -> new E_Equals(text, value);
            case NOT_EQUALS -> new E_NotEquals(text, value);
            case CONTAINS -> new E_StrContains(text, value);
        });
    }

    /** The fact carries the qualifier: one of its {@code key=value} literals equals the pair, case-insensitively. */
    void qualified(SparqlGroup q, Var fact, Qualifier qualifier, String var) {
        Var pair = vars.own(var);
        q.triple(fact, QUALIFIER, pair);
        q.filter(new E_Equals(lcase(pair), new E_StrConcat(new ExprList(List.of(vars.paramExpr(qualifier.key()),
                NodeValue.makeString("="), vars.paramExpr(qualifier.value()))))));
    }

    /** The text a target shows as, adding the triple that binds it under {@code var}. */
    Expr targetText(SparqlGroup q, Target target, String var) {
        Var text = vars.own(var);
        if (target instanceof Target.EntityTarget e) {
            q.triple(vars.user(e.variable()), RDFS.label, text);
        } else if (target instanceof Target.ValueTarget v) {
            q.triple(fact(v.pattern()), OBJECT_TEXT, text);
        } else {
            q.triple(fact(((Target.PredicateTarget) target).pattern()), PREDICATE, text);
        }
        return new ExprVar(text);
    }

    /** The fact has a citation in the scope's document and/or (sub)section; {@code suffix} names its variables. */
    void scope(SparqlGroup q, Var fact, String suffix, Scope scope) {
        Var citation = vars.own("c" + suffix);
        q.triple(fact, WAS_DERIVED_FROM, citation);
        scope.document().ifPresent(d -> {
            Var document = vars.own("d" + suffix);
            Var id = vars.own("did" + suffix);
            q.triple(citation, DOCUMENT_OF, document);
            q.triple(document, ID, id);
            q.filter(new E_Equals(lcase(id), vars.paramExpr(d)));
        });
        scope.section().ifPresent(s -> {
            Var section = vars.own("sec" + suffix);
            Var numberVar = vars.own("sn" + suffix);
            Expr number = new ExprVar(numberVar);
            q.triple(citation, SECTION_OF, section);
            q.triple(section, NUMBER, numberVar);
            q.filter(new E_LogicalOr(new E_Equals(number, vars.paramExpr(s)), new E_StrStartsWith(number,
                    new E_StrConcat(new ExprList(List.of(vars.paramExpr(s), NodeValue.makeString(".")))))));
        });
    }

    static void status(SparqlGroup q, Node fact, StatusFilter status) {
        if (status == StatusFilter.VERIFIED_ONLY) q.triple(fact, STATUS, VERIFIED);
    }

    static Expr lcase(Var variable) {
        return new E_StrLowerCase(new ExprVar(variable));
    }

    private static Expr compare(NumberComparison comparison, Expr left, Expr right) {
        return switch (comparison) {
            case EQ -> new E_Equals(left, right);
            case NEQ -> new E_NotEquals(left, right);
            case LT -> new E_LessThan(left, right);
            case LTE -> new E_LessThanOrEqual(left, right);
            case GT -> new E_GreaterThan(left, right);
            case GTE -> new E_GreaterThanOrEqual(left, right);
        };
    }
}
