package dev.citegraph.graph.neo4j;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.ExposesMatch;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.renderer.Renderer;

import static dev.citegraph.graph.store.GraphSchema.CITES;
import static dev.citegraph.graph.store.GraphSchema.DOCUMENT;
import static dev.citegraph.graph.store.GraphSchema.DOCUMENT_ID;
import static dev.citegraph.graph.store.GraphSchema.END;
import static dev.citegraph.graph.store.GraphSchema.ENTITY;
import static dev.citegraph.graph.store.GraphSchema.FACT;
import static dev.citegraph.graph.store.GraphSchema.ID;
import static dev.citegraph.graph.store.GraphSchema.NUMBER;
import static dev.citegraph.graph.store.GraphSchema.OBJECT;
import static dev.citegraph.graph.store.GraphSchema.ORDINAL;
import static dev.citegraph.graph.store.GraphSchema.PAGE;
import static dev.citegraph.graph.store.GraphSchema.QUOTE;
import static dev.citegraph.graph.store.GraphSchema.SECTION;
import static dev.citegraph.graph.store.GraphSchema.START;
import static dev.citegraph.graph.store.GraphSchema.STATUS;
import static dev.citegraph.graph.store.GraphSchema.SUBJECT;
import static dev.citegraph.graph.store.GraphSchema.TITLE;

/**
 * The store's own reads (documents, sections, facts with their citations, counts), built with the Cypher-DSL from
 * GraphSchema's names and rendered once. The columns they return are read by {@link Neo4jReader} and the store.
 */
final class StoreReads {
    static final String DOCUMENT_COLUMN = "d";
    static final String SECTION_COLUMN = "s";
    static final String FACT_COLUMN = "fact";
    static final String SUBJECT_COLUMN = "subject";
    static final String OBJECT_COLUMN = "object";
    static final String CITATIONS_COLUMN = "citations";
    /** The keys of a citation map in {@link #CITATIONS_COLUMN}; the others are GraphSchema's property names. */
    static final String CITATION_SECTION_ID = "sectionId";
    static final String COUNT_COLUMN = "n";
    static final String STATUS_COLUMN = "status";

    private static final Renderer RENDERER = Renderer.getDefaultRenderer();

    static final String DOCUMENTS = render(documents());
    static final String DOCUMENT_BY_ID = render(documentById());
    static final String SECTIONS_OF_DOCUMENT = render(sectionsOfDocument());
    static final String FACTS_BY_ID = render(factsById());
    static final String ALL_FACTS = render(allFacts());
    static final String CITATION_COUNT = render(citationCount());
    static final String FACTS_BY_STATUS = render(factsByStatus());
    static final String DELETE_EVERYTHING = render(deleteEverything());

    private StoreReads() {
    }

    /** Counts the nodes with {@code label}, one of GraphSchema's labels. */
    static String countOf(String label) {
        Node n = Cypher.node(label).named("n");
        return render(Cypher.match(n).returning(Cypher.count(n).as(COUNT_COLUMN)).build());
    }

    private static String render(Statement statement) {
        return RENDERER.render(statement);
    }

    private static Statement documents() {
        Node d = Cypher.node(DOCUMENT).named(DOCUMENT_COLUMN);
        return Cypher.match(d).returning(d).orderBy(d.property(ID)).build();
    }

    private static Statement documentById() {
        Node d = Cypher.node(DOCUMENT).named(DOCUMENT_COLUMN).withProperties(ID, Cypher.parameter("id"));
        return Cypher.match(d).returning(d).build();
    }

    private static Statement sectionsOfDocument() {
        Node s = Cypher.node(SECTION).named(SECTION_COLUMN).withProperties(DOCUMENT_ID, Cypher.parameter("id"));
        return Cypher.match(s).returning(s).orderBy(s.property(ORDINAL)).build();
    }

    private static Statement factsById() {
        Node f = Cypher.node(FACT).named("f");
        return withCitations(Cypher.match(f).where(f.property(ID).in(Cypher.parameter("ids"))), f).build();
    }

    private static Statement allFacts() {
        Node f = Cypher.node(FACT).named("f");
        return withCitations(Cypher.match(f), f).orderBy(Cypher.sort(Cypher.property(Cypher.name(FACT_COLUMN), ID))).build();
    }

    /** Each fact {@code f} matched so far with its subject, object and citations in reading order. */
    private static StatementBuilder.OngoingReadingAndReturn withCitations(ExposesMatch facts,
                                                                          Node f) {
        Node subject = Cypher.node(ENTITY).named("s");
        Node object = Cypher.node(ENTITY).named("o");
        Node section = Cypher.node(SECTION).named("sec");
        Relationship c = f.relationshipTo(section, CITES).named("c");
        Expression citation = Cypher.caseExpression().when(Cypher.isNull(c.getRequiredSymbolicName())).then(Cypher.literalNull())
                .elseDefault(Cypher.mapOf(DOCUMENT_ID, c.property(DOCUMENT_ID), CITATION_SECTION_ID, section.property(ID),
                        NUMBER, section.property(NUMBER), TITLE, section.property(TITLE), PAGE, c.property(PAGE),
                        QUOTE, c.property(QUOTE), START, c.property(START), END, c.property(END)));
        return facts.match(f.relationshipTo(subject, SUBJECT))
                .optionalMatch(f.relationshipTo(object, OBJECT))
                .optionalMatch(c)
                .with(f, subject, object, c, section)
                .orderBy(Cypher.sort(c.property(DOCUMENT_ID)), Cypher.sort(section.property(ORDINAL)), Cypher.sort(c.property(START)),
                        Cypher.sort(c.property(END)))
                .returning(f.project(Cypher.asterisk()).as(FACT_COLUMN), subject.project(Cypher.asterisk()).as(SUBJECT_COLUMN),
                        object.project(Cypher.asterisk()).as(OBJECT_COLUMN), Cypher.collect(citation).as(CITATIONS_COLUMN));
    }

    private static Statement citationCount() {
        Relationship c = Cypher.anyNode().relationshipTo(Cypher.anyNode(), CITES).named("c");
        return Cypher.match(c).returning(Cypher.count(c.getRequiredSymbolicName()).as(COUNT_COLUMN)).build();
    }

    private static Statement factsByStatus() {
        Node f = Cypher.node(FACT).named("f");
        return Cypher.match(f).returning(f.property(STATUS).as(STATUS_COLUMN), Cypher.count(f).as(COUNT_COLUMN)).build();
    }

    private static Statement deleteEverything() {
        Node n = Cypher.anyNode("n");
        return Cypher.match(n).detachDelete(n).build();
    }
}
