package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.ListingKind;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.citegraph.graph.neo4j.CypherPatterns.all;
import static dev.citegraph.graph.neo4j.CypherPatterns.fact;
import static dev.citegraph.graph.neo4j.CypherPatterns.p;
import static dev.citegraph.graph.neo4j.CypherRenderer.finish;
import static dev.citegraph.graph.neo4j.CypherRenderer.sort;
import static dev.citegraph.graph.store.GraphSchema.DOCUMENT;
import static dev.citegraph.graph.store.GraphSchema.DOCUMENT_ID;
import static dev.citegraph.graph.store.GraphSchema.ENTITY;
import static dev.citegraph.graph.store.GraphSchema.ENTITY_NAME;
import static dev.citegraph.graph.store.GraphSchema.ID;
import static dev.citegraph.graph.store.GraphSchema.KIND;
import static dev.citegraph.graph.store.GraphSchema.NUMBER;
import static dev.citegraph.graph.store.GraphSchema.OBJECT;
import static dev.citegraph.graph.store.GraphSchema.PAGES;
import static dev.citegraph.graph.store.GraphSchema.PAGE_START;
import static dev.citegraph.graph.store.GraphSchema.PREDICATE;
import static dev.citegraph.graph.store.GraphSchema.SECTION;
import static dev.citegraph.graph.store.GraphSchema.SUBJECT;
import static dev.citegraph.graph.store.GraphSchema.TEXT;
import static dev.citegraph.graph.store.GraphSchema.TITLE;

/** The {@code show} listings as Cypher: what the graph holds, optionally narrowed by a lower-case text. */
final class CypherListings {
    private CypherListings() {
    }

    static Statement listing(GraphQuery.Listing query) {
        Optional<Parameter<Object>> matching = query.matching().map(CypherPatterns::p);
        List<Condition> where = new ArrayList<>();
        List<SortItem> order = new ArrayList<>();
        StatementBuilder.OngoingReadingAndReturn returned = switch (query.kind()) {
            case PREDICATES -> {
                Node fact = fact("f", Optional.empty(), query.status());
                matching.ifPresent(m -> where.add(fact.property(PREDICATE).contains(m)));
                order.add(sort("predicate", false));
                yield Cypher.match(fact).where(all(where))
                        .returning(fact.property(PREDICATE).as("predicate"), Cypher.countDistinct(fact).as("facts"));
            }
            case ENTITIES -> {
                Node entity = Cypher.node(ENTITY).named("e");
                Node fact = fact("f", Optional.empty(), query.status());
                matching.ifPresent(m -> where.add(lower(entity.property(ENTITY_NAME)).contains(m)));
                order.addAll(List.of(sort("name", false), sort("kind", false)));
                yield Cypher.match(entity.relationshipFrom(fact, SUBJECT, OBJECT)).where(all(where))
                        .returning(entity.property(ENTITY_NAME).as("name"), entity.property(KIND).as("kind"),
                                Cypher.countDistinct(fact).as("facts"));
            }
            case DOCUMENTS -> {
                Node document = Cypher.node(DOCUMENT).named("d");
                matching.ifPresent(m -> where.add(lower(document.property(ID)).contains(m)
                        .or(lower(document.property(TITLE)).contains(m))));
                order.add(sort("id", false));
                yield Cypher.match(document).where(all(where))
                        .returning(document.property(ID).as("id"), document.property(TITLE).as("title"),
                                document.property(PAGES).as("pages"));
            }
            case SECTIONS -> {
                Node section = Cypher.node(SECTION).named("s");
                query.document().ifPresent(d -> where.add(lower(section.property(DOCUMENT_ID)).isEqualTo(p(d))));
                matching.ifPresent(m -> where.add(lower(section.property(TITLE)).contains(m)
                        .or(lower(section.property(TEXT)).contains(m))));
                order.addAll(List.of(sort("document", false), sort("number", false), sort("title", false)));
                yield Cypher.match(section).where(all(where))
                        .returning(section.property(DOCUMENT_ID).as("document"), section.property(NUMBER).as("number"),
                                section.property(TITLE).as("title"), section.property(PAGE_START).as("page"),
                                section.property(TEXT).as("text"));
            }
        };
        // Sections are sorted by their numbering (3.2 before 3.10) and cut to the limit by the reader, not here.
        return finish(returned, order, query.kind() == ListingKind.SECTIONS ? Optional.empty() : query.limit());
    }

    private static Expression lower(Expression expression) {
        return Cypher.toLower(expression);
    }
}
