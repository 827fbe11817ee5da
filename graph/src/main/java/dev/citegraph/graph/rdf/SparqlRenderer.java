package dev.citegraph.graph.rdf;

import dev.citegraph.graph.query.Aggregation;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.Grouping;
import dev.citegraph.graph.query.OrderKey;
import dev.citegraph.graph.query.Param;
import dev.citegraph.graph.query.Scope;
import dev.citegraph.graph.query.Target;
import dev.citegraph.graph.store.GraphSchema;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Coalesce;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_GreaterThan;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.E_OneOf;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.vocabulary.RDFS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.citegraph.graph.rdf.CgVocabulary.DOCUMENT_OF;
import static dev.citegraph.graph.rdf.CgVocabulary.ID;
import static dev.citegraph.graph.rdf.CgVocabulary.NAME_KEY;
import static dev.citegraph.graph.rdf.CgVocabulary.OBJECT_KIND;
import static dev.citegraph.graph.rdf.CgVocabulary.OBJECT_TEXT;
import static dev.citegraph.graph.rdf.CgVocabulary.PREDICATE;
import static dev.citegraph.graph.rdf.CgVocabulary.SUBJECT;
import static dev.citegraph.graph.rdf.CgVocabulary.UNIT;
import static dev.citegraph.graph.rdf.CgVocabulary.VALUE;
import static dev.citegraph.graph.rdf.CgVocabulary.WAS_DERIVED_FROM;
import static dev.citegraph.graph.rdf.SparqlBody.lcase;
import static dev.citegraph.graph.rdf.SparqlBody.status;

/**
 * Renders a graph query as a SPARQL query for the RDF shape of GraphSchema, built with Jena's syntax objects: no
 * query text is assembled. A parameter {@code p} appears as the variable {@code ?p}; {@link #bind} replaces it by
 * the value as an RDF term. Every other variable is the renderer's own or a user's ({@code ?v_m}).
 */
public final class SparqlRenderer implements GraphQuery.Visitor<Query> {
    /** Sorts facts without a number before all numbers, the same in both stores. */
    private static final NodeValue NO_NUMBER = NodeValue.makeDouble(OrderKey.NO_NUMBER);

    /** The object kind of facts that link two entities: a relation, whose objects do not disagree. */
    private static final NodeValue ENTITY_OBJECT = NodeValue.makeString(GraphSchema.OBJECT_KIND_ENTITY);

    private final SparqlVars vars = new SparqlVars();
    private final SparqlBody body = new SparqlBody(vars);

    private SparqlRenderer() {
    }

    /** The SPARQL text of a query, parameters still variables: what {@code explain} shows. */
    public static String render(GraphQuery<?> query) {
        return query(query).serialize().stripTrailing();
    }

    /** The SPARQL query of a graph query, parameters still variables. */
    public static Query query(GraphQuery<?> query) {
        SparqlRenderer renderer = new SparqlRenderer();
        Query sparql = query.accept(renderer);
        renderer.vars.checkApart();
        return sparql;
    }

    /** A copy of a rendered query with each parameter's variable replaced by its value as an RDF term. */
    static Query bind(Query query, Map<String, Object> parameters) {
        if (parameters.isEmpty()) return query;
        Map<Var, Node> values = new HashMap<>();
        parameters.forEach((name, value) -> values.put(Var.alloc(name), RdfValues.literal(name, value).asNode()));
        return QueryTransformOps.replaceVars(query, values);
    }

    /** A SELECT query with the prefixes of GraphSchema's RDF shape. */
    static Query select() {
        Query query = new Query();
        query.setQuerySelectType();
        query.setPrefix("cg", GraphSchema.NS);
        query.setPrefix("prov", GraphSchema.PROV_NS);
        query.setPrefix("rdfs", RDFS.getURI());
        return query;
    }

    @Override
    public Query visitFactsAbout(GraphQuery.FactsAbout plan) {
        Var entity = vars.own("e");
        Var fact = vars.own("fn");
        Var id = vars.own("f0");
        Var predicate = vars.own("k0");
        SparqlGroup q = new SparqlGroup()
                .triple(entity, NAME_KEY, vars.param(plan.entity()))
                .path(fact, SparqlBody.SUBJECT_OR_OBJECT, entity)
                .triple(fact, ID, id)
                .triple(fact, PREDICATE, predicate);
        status(q, fact, plan.status());
        plan.scope().ifPresent(s -> body.scope(q, fact, "", s));
        Query query = select();
        query.setDistinct(true);
        query.addResultVar(id);
        query.addResultVar(predicate);
        query.setQueryPattern(q.element());
        query.addOrderBy(predicate, Query.ORDER_DEFAULT);
        query.addOrderBy(id, Query.ORDER_DEFAULT);
        plan.limit().ifPresent(query::setLimit);
        return query;
    }

    @Override
    public Query visitMatch(GraphQuery.Match plan) {
        SparqlGroup q = new SparqlGroup();
        Map<Integer, Target.ValueTarget> unionValues = new TreeMap<>();
        for (int i = 0; i < plan.order().size(); i++) {
            Target target = ((OrderKey.ByTarget) plan.order().get(i).key()).target();
            if (target instanceof Target.ValueTarget v && plan.body().inUnion(v.pattern())) unionValues.put(i, v);
        }
        body.add(q, plan.body(), unionValues);
        Query query = select();
        query.setDistinct(true);
        List<Var> facts = body.factIds(plan.body());
        facts.forEach(query::addResultVar);
        for (int i = 0; i < plan.order().size(); i++) {
            OrderKey key = plan.order().get(i);
            for (Var k : orderKeys(q, ((OrderKey.ByTarget) key.key()).target(), i, unionValues.containsKey(i))) {
                query.addResultVar(k);
                query.addOrderBy(k, direction(key));
            }
        }
        facts.forEach(f -> query.addOrderBy(f, Query.ORDER_DEFAULT));
        query.setQueryPattern(q.element());
        plan.storeLimit().ifPresent(query::setLimit);
        return query;
    }

    /**
     * The keys to sort by a target, bound in the pattern: a value sorts by its number (none first), then by its text
     * in lower case; anything else by its text.
     */
    private List<Var> orderKeys(SparqlGroup q, Target target, int index, boolean boundInBranches) {
        Var key = vars.own("k" + index);
        if (target instanceof Target.ValueTarget v) {
            Var number = vars.own("kv" + index);
            Var text = vars.own("kt" + index);
            Var textKey = vars.own("k" + index + "t");
            if (!boundInBranches) q.optional(new SparqlGroup().triple(body.fact(v.pattern()), VALUE, number));
            q.bind(key, new E_Coalesce(new ExprList(List.of(new ExprVar(number), NO_NUMBER))));
            if (!boundInBranches) q.triple(body.fact(v.pattern()), OBJECT_TEXT, text);
            q.bind(textKey, lcase(text));
            return List.of(key, textKey);
        }
        q.bind(key, body.targetText(q, target, "k" + index + "x"));
        return List.of(key);
    }

    /**
     * The distinct rows of the body (the cited fact, the value and unit, the entity, the group) in a sub-select, then
     * the aggregate per group with the cited facts' ids and the units seen.
     */
    @Override
    public Query visitAggregate(GraphQuery.Aggregate plan) {
        Query query = select();
        Var factId = body.factId(plan.citedPattern());
        Var value = vars.own("agv");
        Var unit = vars.own("agu");
        Var group = vars.own("grp");
        Query rows = new Query();
        rows.setQuerySelectType();
        rows.setDistinct(true);
        rows.setQueryPattern(aggregated(plan, rows, value, unit, group).element());
        if (plan.group().isPresent()) query.addResultVar(group);
        Var result = vars.own("agg");
        query.addResultVar(result, query.allocAggregate(aggregator(plan, factId, value)));
        query.addResultVar(vars.own("facts"), query.allocAggregate(
                AggregatorFactory.createGroupConcat(true, new ExprVar(factId), " ", null)));
        if (plan.function() != Aggregation.COUNT) {
            query.addResultVar(vars.own("units"), query.allocAggregate(
                    AggregatorFactory.createCountExpr(true, new ExprVar(unit))));
            query.addResultVar(vars.own("unit"), query.allocAggregate(
                    AggregatorFactory.createSample(false, new ExprVar(unit))));
        }
        query.setQueryPattern(new SparqlGroup().element(new ElementSubQuery(rows)).element());
        if (plan.group().isPresent()) query.addGroupBy(group);
        for (OrderKey key : plan.order()) {
            query.addOrderBy(key.key() instanceof OrderKey.ByAggregate ? result : group, direction(key));
        }
        if (plan.group().isPresent()) query.addOrderBy(group, Query.ORDER_DEFAULT);
        plan.limit().ifPresent(query::setLimit);
        return query;
    }

    /** Counts distinct entities or cited facts; sums, compares or averages the values. */
    private Aggregator aggregator(GraphQuery.Aggregate plan, Var factId, Var value) {
        Expr counted = new ExprVar(plan.target() instanceof Target.EntityTarget e ? vars.user(e.variable()) : factId);
        Expr values = new ExprVar(value);
        return switch (plan.function()) {
            case COUNT -> AggregatorFactory.createCountExpr(true, counted);
            case SUM -> AggregatorFactory.createSum(false, values);
            case MIN -> AggregatorFactory.createMin(false, values);
            case MAX -> AggregatorFactory.createMax(false, values);
            case AVG -> AggregatorFactory.createAvg(false, values);
        };
    }

    /** The pattern of an aggregate's sub-select, adding its columns to {@code rows}. */
    private SparqlGroup aggregated(GraphQuery.Aggregate plan, Query rows, Var value, Var unit, Var group) {
        SparqlGroup q = new SparqlGroup();
        body.add(q, plan.body());
        Var cited = body.fact(plan.citedPattern());
        rows.addResultVar(body.factId(plan.citedPattern()));
        if (plan.function() != Aggregation.COUNT) {
            q.triple(cited, VALUE, value);
            q.optional(new SparqlGroup().triple(cited, UNIT, unit));
            rows.addResultVar(value);
            rows.addResultVar(unit);
        }
        if (plan.target() instanceof Target.EntityTarget e) rows.addResultVar(vars.user(e.variable()));
        plan.group().ifPresent(g -> {
            if (g instanceof Grouping.ByDocument) {
                Var citation = vars.own("gc");
                Var document = vars.own("gd");
                q.triple(cited, WAS_DERIVED_FROM, citation);
                q.triple(citation, DOCUMENT_OF, document);
                q.triple(document, ID, group);
                plan.body().scope().flatMap(Scope::document)
                        .ifPresent(d -> q.filter(new E_Equals(lcase(group), vars.paramExpr(d))));
            } else {
                q.bind(group, body.targetText(q, ((Grouping.ByTarget) g).target(), "gx"));
            }
            rows.addResultVar(group);
        });
        return q;
    }

    /** One column per subject (picked by name key or document id), one row per predicate. */
    @Override
    public Query visitCompare(GraphQuery.Compare plan) {
        Var column = vars.own("col");
        Var row = vars.own("row");
        Var id = vars.own("f0");
        Var fact = vars.own("fn");
        Var subject = vars.own(plan.documents() ? "d" : "e");
        SparqlGroup q = new SparqlGroup().element(columns(plan, column, subject));
        if (plan.documents()) {
            Var citation = vars.own("c");
            q.triple(citation, DOCUMENT_OF, subject);
            q.triple(fact, WAS_DERIVED_FROM, citation);
        } else {
            q.triple(fact, SUBJECT, subject);
        }
        q.triple(fact, PREDICATE, row);
        q.triple(fact, ID, id);
        status(q, fact, plan.status());
        q.filter(new E_OneOf(new ExprVar(row), vars.paramExprs(plan.allPredicates())));
        for (int i = 0; i < plan.qualifiers().size(); i++) body.qualified(q, fact, plan.qualifiers().get(i), "q" + i);
        plan.scope().ifPresent(s -> body.scope(q, fact, "", s));
        Query query = select();
        query.setDistinct(true);
        for (Var v : List.of(column, row, id)) {
            query.addResultVar(v);
            query.addOrderBy(v, Query.ORDER_DEFAULT);
        }
        query.setQueryPattern(q.element());
        return query;
    }

    /** The subjects of a comparison, each with its column number: a union of one branch per subject. */
    private Element columns(GraphQuery.Compare plan, Var column, Var subject) {
        List<Element> picks = new ArrayList<>();
        for (int i = 0; i < plan.subjects().size(); i++) {
            Param key = plan.subjects().get(i);
            SparqlGroup pick = new SparqlGroup();
            if (plan.documents()) {
                Var documentId = vars.own("did");
                pick.triple(subject, ID, documentId).filter(new E_Equals(lcase(documentId), vars.paramExpr(key)));
            } else {
                pick.triple(subject, NAME_KEY, vars.param(key));
            }
            picks.add(pick.bind(column, NodeValue.makeInteger(i)).element());
        }
        if (picks.size() == 1) return picks.get(0);
        ElementUnion union = new ElementUnion();
        picks.forEach(union::addElement);
        return union;
    }

    /**
     * The facts stating values whose subject and predicate another one shares: a sub-select finds the subjects and
     * predicates with two or more such facts, the outer pattern lists their facts.
     */
    @Override
    public Query visitConflicts(GraphQuery.Conflicts plan) {
        Var subject = vars.own("e");
        Var predicate = vars.own("k");
        Var id = vars.own("f0");
        Query groups = new Query();
        groups.setQuerySelectType();
        groups.addResultVar(subject);
        groups.addResultVar(predicate);
        groups.setQueryPattern(candidates(plan, subject, predicate, vars.own("fg"), "g").element());
        groups.addGroupBy(subject);
        groups.addGroupBy(predicate);
        groups.addHavingCondition(new E_GreaterThan(groups.allocAggregate(
                AggregatorFactory.createCountExpr(true, new ExprVar(vars.own("fg")))), NodeValue.makeInteger(1)));
        Var fact = vars.own("fn");
        SparqlGroup q = new SparqlGroup().element(new ElementSubQuery(groups));
        SparqlGroup facts = candidates(plan, subject, predicate, fact, "");
        q.element(facts.element()).triple(fact, ID, id);
        Var key = vars.own("ek");
        q.triple(subject, ID, key);
        Query query = select();
        query.setDistinct(true);
        query.setQueryPattern(q.element());
        for (Var v : List.of(key, predicate, id)) {
            query.addResultVar(v);
            query.addOrderBy(v, Query.ORDER_DEFAULT);
        }
        return query;
    }

    /** The facts stating a value of {@code subject} and {@code predicate}; {@code suffix} names their variables. */
    private SparqlGroup candidates(GraphQuery.Conflicts plan, Var subject, Var predicate, Var fact, String suffix) {
        SparqlGroup q = new SparqlGroup();
        plan.subject().ifPresent(s -> q.triple(subject, NAME_KEY, vars.param(s)));
        q.triple(fact, SUBJECT, subject).triple(fact, PREDICATE, predicate);
        status(q, fact, plan.status());
        Var kind = vars.own("ok" + suffix);
        q.triple(fact, OBJECT_KIND, kind).filter(new E_NotEquals(new ExprVar(kind), ENTITY_OBJECT));
        if (!plan.predicates().isEmpty()) {
            q.filter(new E_OneOf(new ExprVar(predicate), vars.paramExprs(plan.allPredicates())));
        }
        for (int i = 0; i < plan.qualifiers().size(); i++) {
            body.qualified(q, fact, plan.qualifiers().get(i), "q" + suffix + i);
        }
        plan.scope().ifPresent(s -> body.scope(q, fact, suffix, s));
        return q;
    }

    @Override
    public Query visitListing(GraphQuery.Listing plan) {
        return new SparqlListings(vars).listing(plan);
    }

    @Override
    public Query visitNameKeyCount(GraphQuery.NameKeyCount plan) {
        Var entity = vars.own("e");
        Query query = select();
        query.addResultVar(vars.own("n"), query.allocAggregate(
                AggregatorFactory.createCountExpr(true, new ExprVar(entity))));
        query.setQueryPattern(new SparqlGroup().triple(entity, NAME_KEY, vars.param(plan.key())).element());
        return query;
    }

    @Override
    public Query visitAllNames(GraphQuery.AllNames plan) {
        return new SparqlListings(vars).names(plan.kind());
    }

    private static int direction(OrderKey key) {
        return key.descending() ? Query.ORDER_DESCENDING : Query.ORDER_DEFAULT;
    }
}
