package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.query.Aggregation;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.OrderKey;
import dev.citegraph.graph.query.Scope;
import dev.citegraph.graph.query.Target;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.IdentifiableElement;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Renderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.citegraph.graph.neo4j.CypherPatterns.all;
import static dev.citegraph.graph.neo4j.CypherPatterns.body;
import static dev.citegraph.graph.neo4j.CypherPatterns.fact;
import static dev.citegraph.graph.neo4j.CypherPatterns.nameOf;
import static dev.citegraph.graph.neo4j.CypherPatterns.namedEntity;
import static dev.citegraph.graph.neo4j.CypherPatterns.p;
import static dev.citegraph.graph.neo4j.CypherPatterns.params;
import static dev.citegraph.graph.neo4j.CypherPatterns.property;
import static dev.citegraph.graph.neo4j.CypherPatterns.scope;
import static dev.citegraph.graph.neo4j.CypherPatterns.targetText;
import static dev.citegraph.graph.neo4j.CypherPatterns.variable;
import static dev.citegraph.graph.store.GraphSchema.CITES;
import static dev.citegraph.graph.store.GraphSchema.DOCUMENT;
import static dev.citegraph.graph.store.GraphSchema.DOCUMENT_ID;
import static dev.citegraph.graph.store.GraphSchema.ENTITY;
import static dev.citegraph.graph.store.GraphSchema.ENTITY_NAME;
import static dev.citegraph.graph.store.GraphSchema.FACT;
import static dev.citegraph.graph.store.GraphSchema.ID;
import static dev.citegraph.graph.store.GraphSchema.NAMES;
import static dev.citegraph.graph.store.GraphSchema.OBJECT;
import static dev.citegraph.graph.store.GraphSchema.OBJECT_KIND;
import static dev.citegraph.graph.store.GraphSchema.OBJECT_KIND_ENTITY;
import static dev.citegraph.graph.store.GraphSchema.OBJECT_TEXT;
import static dev.citegraph.graph.store.GraphSchema.PREDICATE;
import static dev.citegraph.graph.store.GraphSchema.SUBJECT;
import static dev.citegraph.graph.store.GraphSchema.UNIT;
import static dev.citegraph.graph.store.GraphSchema.VALUE;

/**
 * Renders a graph query as Cypher for the property graph of GraphSchema, built with the Cypher-DSL and printed by its
 * renderer. Values only ever appear as parameters; the identifiers are its own (f0, k1) or grammar-checked variable
 * names (v_model). The columns it returns are read back by {@link Neo4jQueryRows} alone.
 */
public final class CypherRenderer implements GraphQuery.Visitor<Statement> {
    /** The object kind of facts that link two entities: a relation, whose objects do not disagree. */
    private static final Expression ENTITY_OBJECT = Cypher.literalOf(OBJECT_KIND_ENTITY);
    private static final Renderer RENDERER = Renderer.getRenderer(Configuration.prettyPrinting());

    public static String render(GraphQuery<?> query) {
        return RENDERER.render(statement(query));
    }

    /** The Cypher with, as comments after it, how the store fills parameters it derives from the query's own. */
    public static String explained(GraphQuery<?> query) {
        return render(query) + CompareLists.described(query);
    }

    /** The statement before rendering: its catalog names its parameters and literals. */
    static Statement statement(GraphQuery<?> query) {
        return query.accept(new CypherRenderer());
    }

    @Override
    public Statement visitFactsAbout(GraphQuery.FactsAbout query) {
        Node fact = fact("f", Optional.empty(), query.status());
        Node entity = Cypher.node(ENTITY).named("e");
        StatementBuilder.OngoingReading reading = Cypher.match(namedEntity(query.entity(), entity)
                .relationshipFrom(fact, SUBJECT, OBJECT)).where(scoped("f", query.scope()));
        return finish(reading.returningDistinct(fact.property(ID).as("f0"), fact.property(PREDICATE).as("k0")),
                List.of(sort("k0", false), sort("f0", false)), query.limit());
    }

    @Override
    public Statement visitMatch(GraphQuery.Match query) {
        List<Expression> facts = new ArrayList<>();
        List<Expression> columns = new ArrayList<>();
        List<SortItem> order = new ArrayList<>();
        for (int i = 0; i < query.order().size(); i++) {
            OrderKey key = query.order().get(i);
            Target target = key.key().match(OrderKey.ByTarget::target, a -> null, g -> null);
            if (target instanceof Target.ValueTarget v) {
                // A value a union binds is the value of whichever of its facts the row has.
                List<Integer> places = query.body().valuePlaces(v);
                List<Expression> values = new ArrayList<>();
                places.forEach(p -> values.add(property("f" + p, VALUE)));
                values.add(Cypher.literalOf(OrderKey.NO_NUMBER));
                Expression text = places.size() == 1 ? property("f" + places.get(0), OBJECT_TEXT)
                        : Cypher.coalesce(places.stream().map(p -> property("f" + p, OBJECT_TEXT))
                        .toArray(Expression[]::new));
                columns.add(Cypher.coalesce(values.toArray(Expression[]::new)).as("k" + i));
                columns.add(Cypher.toLower(text).as("k" + i + "t"));
                order.add(sort("k" + i, key.descending()));
                order.add(sort("k" + i + "t", key.descending()));
            } else {
                columns.add(targetText(target).as("k" + i));
                order.add(sort("k" + i, key.descending()));
            }
        }
        for (int i = 0; i < query.body().patterns().size(); i++) {
            // A union's pattern has no fact in the rows of the other branches: the empty id, which sorts first; the
            // SPARQL branches bind it alike, so rows sort the same in both stores.
            Expression id = query.body().inUnion(i) ? Cypher.coalesce(property("f" + i, ID), Cypher.literalOf(""))
                    : property("f" + i, ID);
            facts.add(id.as("f" + i));
            order.add(sort("f" + i, false));
        }
        List<Expression> returned = new ArrayList<>(facts);
        returned.addAll(columns);
        return finish(body(query.body()).returningDistinct(returned), order, query.storeLimit());
    }

    @Override
    public Statement visitAggregate(GraphQuery.Aggregate query) {
        String cited = "f" + query.citedPattern();
        StatementBuilder.OngoingReading reading = body(query.body());
        boolean byDocument = query.group().map(g -> g.match(d -> true, t -> false)).orElse(false);
        if (byDocument) {
            Relationship citation = Cypher.anyNode(cited).relationshipTo(Cypher.anyNode(), CITES).named("gc");
            reading = reading.match(citation).where(query.body().scope().flatMap(Scope::document)
                    .map(d -> Cypher.toLower(citation.property(DOCUMENT_ID)).isEqualTo(p(d)))
                    .orElse(Cypher.noCondition()));
        }
        if (query.function() != Aggregation.COUNT) {
            reading = reading.with(Cypher.asterisk()).where(property(cited, VALUE).isNotNull());
        }
        Optional<Expression> group = query.group().map(g -> g.match(d -> property("gc", DOCUMENT_ID),
                t -> targetText(t.target())));
        List<IdentifiableElement> kept = new ArrayList<>();
        group.ifPresent(g -> kept.add(g.as("grp")));
        kept.add(Cypher.name(cited));
        if (query.target() instanceof Target.EntityTarget e) kept.add(Cypher.name(variable(e.variable())));
        List<Expression> returned = new ArrayList<>();
        if (group.isPresent()) returned.add(Cypher.name("grp"));
        returned.add(aggregate(query, cited).as("agg"));
        returned.add(Cypher.collectDistinct(property(cited, ID)).as("facts"));
        // A count has no unit: collecting the facts' units would only cost time.
        if (query.function() != Aggregation.COUNT) {
            returned.add(Cypher.collectDistinct(property(cited, UNIT)).as("units"));
        }
        List<SortItem> order = new ArrayList<>();
        for (OrderKey key : query.order()) {
            order.add(sort(key.key().match(t -> "grp", a -> "agg", g -> "grp"), key.descending()));
        }
        if (group.isPresent()) order.add(sort("grp", false));
        return finish(reading.withDistinct(kept).returning(returned), order, query.limit());
    }

    @Override
    public Statement visitCompare(GraphQuery.Compare query) {
        Expression pick = Cypher.name("pick");
        Expression key = Cypher.name("key");
        Node fact = fact("f", Optional.empty(), query.status());
        List<Condition> where = new ArrayList<>();
        StatementBuilder.OngoingReadingWithoutWhere reading;
        StatementBuilder.OngoingReading picked = Cypher.unwind(Cypher.parameter(CompareLists.PICKS)).as("pick")
                .with(Cypher.valueAt(pick, 0).as("col"), Cypher.valueAt(pick, 1).as("key"));
        if (query.documents()) {
            Relationship citation = fact.relationshipTo(Cypher.anyNode(), CITES).named("c");
            reading = picked.match(citation);
            where.add(Cypher.toLower(citation.property(DOCUMENT_ID)).isEqualTo(key));
        } else {
            reading = picked.match(nameOf(key).relationshipTo(Cypher.node(ENTITY), NAMES)
                    .relationshipFrom(fact, SUBJECT));
        }
        where.add(fact.property(PREDICATE).in(Cypher.parameter(CompareLists.PREDICATES)));
        query.qualifiers().forEach(q -> where.add(CypherPatterns.qualified("f", q)));
        query.scope().ifPresent(s -> where.add(scope("f", s)));
        StatementBuilder.OngoingReadingWithWhere filtered = reading.where(all(where));
        Expression[] columns = {Cypher.name("col"), fact.property(PREDICATE).as("row"), fact.property(ID).as("f0")};
        // A fact cites a document once per section that states it; it has one subject, and a name key one Name node
        // with one NAMES link per entity, so only the documents' comparison can meet a fact twice in one column.
        StatementBuilder.OngoingReadingAndReturn returned = query.documents()
                ? filtered.returningDistinct(columns) : filtered.returning(columns);
        return finish(returned, List.of(sort("col", false), sort("row", false), sort("f0", false)), Optional.empty());
    }

    /**
     * The facts stating values whose subject and predicate another one shares: grouped per subject and predicate,
     * the groups of one fact dropped, the rest unwound into one fact per row.
     */
    @Override
    public Statement visitConflicts(GraphQuery.Conflicts query) {
        Node fact = fact("f", Optional.empty(), query.status());
        Node entity = Cypher.node(ENTITY).named("e");
        StatementBuilder.OngoingReadingWithoutWhere reading = Cypher.match(query.subject()
                .<PatternElement>map(s -> namedEntity(s, entity).relationshipFrom(fact, SUBJECT))
                .orElseGet(() -> entity.relationshipFrom(fact, SUBJECT)));
        List<Condition> where = new ArrayList<>();
        where.add(fact.property(OBJECT_KIND).isNotEqualTo(ENTITY_OBJECT));
        if (!query.predicates().isEmpty()) where.add(fact.property(PREDICATE).in(params(query.allPredicates())));
        query.qualifiers().forEach(q -> where.add(CypherPatterns.qualified("f", q)));
        query.scope().ifPresent(s -> where.add(scope("f", s)));
        Expression ids = Cypher.name("ids");
        StatementBuilder.OngoingReadingAndReturn returned = reading.where(all(where))
                .with(entity.getRequiredSymbolicName(), fact.property(PREDICATE).as("k"),
                        Cypher.collect(fact.property(ID)).as("ids"))
                .where(Cypher.size(ids).gt(Cypher.literalOf(1)))
                .unwind(ids).as("f0")
                .returning(entity.property(ID).as("s"), Cypher.name("k"), Cypher.name("f0"));
        return finish(returned, List.of(sort("s", false), sort("k", false), sort("f0", false)), Optional.empty());
    }

    @Override
    public Statement visitListing(GraphQuery.Listing query) {
        return CypherListings.listing(query);
    }

    @Override
    public Statement visitNameKeyCount(GraphQuery.NameKeyCount query) {
        Node name = nameOf(p(query.key())).named("n");
        return Cypher.match(name).returning(Cypher.count(name).as("n")).build();
    }

    @Override
    public Statement visitAllNames(GraphQuery.AllNames query) {
        return switch (query.kind()) {
            case ENTITY_NAMES -> Cypher.match(Cypher.node(ENTITY).named("e"))
                    .returningDistinct(property("e", ENTITY_NAME).as("name")).build();
            case PREDICATES -> Cypher.match(Cypher.node(FACT).named("f"))
                    .returningDistinct(property("f", PREDICATE).as("name")).build();
            case DOCUMENT_IDS -> Cypher.match(Cypher.node(DOCUMENT).named("d"))
                    .returning(property("d", ID).as("name")).build();
        };
    }

    private static Condition scoped(String fact, Optional<Scope> scope) {
        return scope.map(s -> scope(fact, s)).orElse(Cypher.noCondition());
    }

    private static Expression aggregate(GraphQuery.Aggregate query, String cited) {
        Expression value = property(cited, VALUE);
        return switch (query.function()) {
            case COUNT -> Cypher.countDistinct(query.target() instanceof Target.EntityTarget e
                    ? Cypher.name(variable(e.variable())) : Cypher.name(cited));
            case SUM -> Cypher.sum(value);
            case MIN -> Cypher.min(value);
            case MAX -> Cypher.max(value);
            case AVG -> Cypher.avg(value);
        };
    }

    static SortItem sort(String column, boolean descending) {
        return Cypher.sort(Cypher.name(column), descending ? SortItem.Direction.DESC : SortItem.Direction.UNDEFINED);
    }

    /** ORDER BY (when there is an order) and LIMIT (when there is a limit). */
    static Statement finish(StatementBuilder.OngoingReadingAndReturn returned, List<SortItem> order,
                            Optional<Integer> limit) {
        StatementBuilder.TerminalExposesLimit ordered = order.isEmpty() ? returned : returned.orderBy(order);
        return limit.isPresent() ? ordered.limit(limit.get()).build() : ordered.build();
    }
}
