package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.model.EntityKind;
import dev.citegraph.graph.model.FactStatus;
import org.neo4j.cypherdsl.core.Clauses;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.ExposesWith;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.UpdatingClause;
import org.neo4j.cypherdsl.core.renderer.Renderer;

import java.util.List;

import static dev.citegraph.graph.store.GraphSchema.ALIASES;
import static dev.citegraph.graph.store.GraphSchema.CITES;
import static dev.citegraph.graph.store.GraphSchema.DOCUMENT;
import static dev.citegraph.graph.store.GraphSchema.DOCUMENT_ID;
import static dev.citegraph.graph.store.GraphSchema.END;
import static dev.citegraph.graph.store.GraphSchema.ENTITY;
import static dev.citegraph.graph.store.GraphSchema.ENTITY_NAME;
import static dev.citegraph.graph.store.GraphSchema.FACT;
import static dev.citegraph.graph.store.GraphSchema.ID;
import static dev.citegraph.graph.store.GraphSchema.IN;
import static dev.citegraph.graph.store.GraphSchema.KEY;
import static dev.citegraph.graph.store.GraphSchema.KIND;
import static dev.citegraph.graph.store.GraphSchema.NAME;
import static dev.citegraph.graph.store.GraphSchema.NAMES;
import static dev.citegraph.graph.store.GraphSchema.NAME_KEYS;
import static dev.citegraph.graph.store.GraphSchema.OBJECT;
import static dev.citegraph.graph.store.GraphSchema.PAGE;
import static dev.citegraph.graph.store.GraphSchema.PARENT;
import static dev.citegraph.graph.store.GraphSchema.PARENT_ID;
import static dev.citegraph.graph.store.GraphSchema.PREDICATE;
import static dev.citegraph.graph.store.GraphSchema.QUOTE;
import static dev.citegraph.graph.store.GraphSchema.REASON;
import static dev.citegraph.graph.store.GraphSchema.RELATED;
import static dev.citegraph.graph.store.GraphSchema.RELATED_FACT;
import static dev.citegraph.graph.store.GraphSchema.SEARCH_TEXT;
import static dev.citegraph.graph.store.GraphSchema.SECTION;
import static dev.citegraph.graph.store.GraphSchema.START;
import static dev.citegraph.graph.store.GraphSchema.STATUS;
import static dev.citegraph.graph.store.GraphSchema.SUBJECT;

/**
 * The statements that replace or remove one document, built with the Cypher-DSL from GraphSchema's names and
 * rendered once. Every value travels as a parameter: {@code $id} the document's id, {@code $doc} its properties,
 * {@code $rows} a batch of the rows {@link Neo4jRows} builds, {@code $ids} a list of ids. The keys of a row that are
 * not properties of the graph ({@link #ROW_KEYS}, {@link #SUBJECT_ELEMENT}, ...) are named here, next to the
 * statements that read them.
 */
final class DocumentStatements {
    static final String ROW_KEYS = "keys";
    static final String ROW_PROPS = "props";
    static final String ROW_CITATIONS = "citations";
    static final String SUBJECT_ELEMENT = "subject";
    static final String OBJECT_ELEMENT = "object";
    static final String SECTION_ELEMENT = "section";
    /** The columns of the statements that return ids with the element ids Neo4j gave them. */
    static final String ID_COLUMN = "id";
    static final String ELEMENT_COLUMN = "element";
    static final String CHANGES_COLUMN = "changes";
    static final String FOUND_COLUMN = "found";
    static final String ENTITIES_COLUMN = "entities";
    static final String WRITTEN_COLUMN = "written";

    private static final Renderer RENDERER = Renderer.getDefaultRenderer();
    private static final SymbolicName ROW = Cypher.name("row");
    private static final Expression CONCEPT = Cypher.literalOf(EntityKind.CONCEPT.name());
    private static final Expression VERIFIED = Cypher.literalOf(FactStatus.VERIFIED.name());

    // Merging the document node first takes its write lock, so two builds of one document run one after the other.
    static final String MERGE_DOCUMENT = render(mergeDocument());
    static final String DOCUMENT_EXISTS = render(documentExists());
    static final String DROP_CITATIONS = render(dropCitations());
    static final String DROP_SECTIONS = render(dropSections());
    static final String DROP_DOCUMENT = render(dropDocument());
    static final String DROP_ORPHAN_ENTITIES = render(dropOrphanEntities());
    static final String CREATE_SECTIONS = render(createSections());
    static final String LINK_PARENTS = render(linkParents());
    static final String ENTITY_CHANGES = render(entityChanges());
    static final String MERGE_ENTITIES = render(mergeEntities());
    static final String STORED_FACTS = render(storedFacts());
    static final String CREATE_FACTS = render(createFacts());
    static final String CITE_STORED_FACTS = render(citeStoredFacts());

    private DocumentStatements() {
    }

    private static String render(Statement statement) {
        return RENDERER.render(statement);
    }

    private static Expression row(String key) {
        return Cypher.property(ROW, key);
    }

    private static Node documentById() {
        return Cypher.node(DOCUMENT).withProperties(ID, Cypher.parameter("id"));
    }

    private static Statement mergeDocument() {
        Node d = Cypher.node(DOCUMENT).named("d").withProperties(ID, Cypher.property(Cypher.parameter("doc"), ID));
        return Cypher.merge(d).mutate(d, Cypher.parameter("doc")).build();
    }

    private static Statement documentExists() {
        Node d = documentById().named("d");
        return Cypher.match(d).returning(Cypher.count(d).gt(Cypher.literalOf(0)).as(FOUND_COLUMN)).build();
    }

    /** Drops the document's citations and the facts left uncited; returns the ids of the entities they named. */
    private static Statement dropCitations() {
        Node fact = Cypher.node(FACT).named("f");
        Node subject = Cypher.node(ENTITY).named("s");
        Node object = Cypher.node(ENTITY).named("o");
        Relationship cites = Cypher.node(SECTION).relationshipFrom(fact, CITES).named("c");
        Relationship related = subject.relationshipTo(Cypher.anyNode(), RELATED).named("r")
                .withProperties(RELATED_FACT, fact.property(ID));
        return Cypher.match(documentById().relationshipFrom(Cypher.node(SECTION), IN)
                        .relationshipFrom(fact, CITES).named("c"))
                .delete(cites)
                .withDistinct(fact)
                .where(Cypher.not(fact.relationshipTo(Cypher.anyNode(), CITES)))
                .match(fact.relationshipTo(subject, SUBJECT))
                .optionalMatch(fact.relationshipTo(object, OBJECT))
                .optionalMatch(related)
                .delete(related)
                .with(fact, subject, object)
                .detachDelete(fact)
                .returning(Cypher.collectDistinct(subject.property(ID))
                        .add(Cypher.collectDistinct(object.property(ID))).as(ENTITIES_COLUMN))
                .build();
    }

    private static Statement dropSections() {
        Node section = Cypher.node(SECTION).named("s");
        return Cypher.match(documentById().relationshipFrom(section, IN)).detachDelete(section).build();
    }

    private static Statement dropDocument() {
        Node d = documentById().named("d");
        return Cypher.match(d).detachDelete(d).build();
    }

    private static Statement dropOrphanEntities() {
        SymbolicName id = Cypher.name("id");
        Node entity = Cypher.node(ENTITY).named("e").withProperties(ID, id);
        Node name = Cypher.node(NAME).named("n");
        return Cypher.unwind(Cypher.parameter("ids")).as(id)
                .match(entity)
                .where(Cypher.not(entity.relationshipFrom(Cypher.anyNode(), SUBJECT, OBJECT)))
                .optionalMatch(name.relationshipTo(entity, NAMES))
                .detachDelete(entity)
                .withDistinct(name)
                .where(name.isNotNull().and(Cypher.not(name.relationshipTo(Cypher.anyNode(), NAMES))))
                .delete(name)
                .build();
    }

    private static Statement createSections() {
        Node d = documentById().named("d");
        Node section = Cypher.node(SECTION).named("s");
        return Cypher.match(d)
                .unwind(Cypher.parameter("rows")).as(ROW)
                .create(section.relationshipTo(d, IN))
                .set(section, ROW)
                .returning(section.property(ID).as(ID_COLUMN), Cypher.elementId(section).as(ELEMENT_COLUMN))
                .build();
    }

    private static Statement linkParents() {
        Node section = Cypher.node(SECTION).named("s").withProperties(ID, row(ID));
        Node parent = Cypher.node(SECTION).named("p").withProperties(ID, row(PARENT_ID));
        return Cypher.unwind(Cypher.parameter("rows")).as(ROW)
                .match(section, parent)
                .create(section.relationshipTo(parent, PARENT))
                .build();
    }

    /** Spellings of an entity row that the stored entity {@code e} does not have yet. */
    private static Condition hasNewSpelling(Node e) {
        SymbolicName a = Cypher.name("a");
        return Cypher.any(a).in(row(ALIASES).add(Cypher.listOf(row(ENTITY_NAME))))
                .where(Cypher.not(a.in(Cypher.coalesce(e.property(ALIASES), Cypher.listOf())))
                        .and(a.isNotEqualTo(e.property(ENTITY_NAME))));
    }

    // Decided in the store, next to the data: what an entity row would add to the stored entity, if anything.
    private static Statement entityChanges() {
        Node e = Cypher.node(ENTITY).named("e").withProperties(ID, row(ID));
        SymbolicName k = Cypher.name("k");
        Condition changes = e.isNull()
                .or(e.property(KIND).isEqualTo(CONCEPT).and(row(KIND).isNotEqualTo(CONCEPT)))
                .or(hasNewSpelling(e))
                .or(Cypher.any(k).in(row(ROW_KEYS))
                        .where(Cypher.not(k.in(Cypher.coalesce(e.property(NAME_KEYS), Cypher.listOf())))));
        return Cypher.unwind(Cypher.parameter("rows")).as(ROW)
                .optionalMatch(e)
                .returning(row(ID).as(ID_COLUMN), Cypher.elementId(e).as(ELEMENT_COLUMN), changes.as(CHANGES_COLUMN))
                .build();
    }

    // Run only for entities that are new or gain a kind, alias or spelling: most entities of a document are already
    // stored as they are, and re-merging them was a large part of the write. Name nodes are merged only for spellings
    // the entity has not had before (kept in nameKeys).
    private static Statement mergeEntities() {
        Node e = Cypher.node(ENTITY).named("e").withProperties(ID, row(ID));
        SymbolicName a = Cypher.name("a");
        SymbolicName k = Cypher.name("k");
        SymbolicName key = Cypher.name("key");
        SymbolicName newKeys = Cypher.name("newKeys");
        Expression storedAliases = Cypher.coalesce(e.property(ALIASES), Cypher.listOf());
        Expression newSpellings = Cypher.listWith(a).in(row(ALIASES).add(Cypher.listOf(row(ENTITY_NAME))))
                .where(Cypher.not(a.in(storedAliases)).and(a.isNotEqualTo(e.property(ENTITY_NAME)))).returning();
        Expression storedKeys = Cypher.coalesce(e.property(NAME_KEYS), Cypher.listOf());
        Node name = Cypher.node(NAME).named("n").withProperties(KEY, key);
        Statement mergeNames = Cypher.unwind(newKeys).as(key)
                .merge(name)
                .merge(name.relationshipTo(e, NAMES))
                .build();
        return Cypher.unwind(Cypher.parameter("rows")).as(ROW)
                .merge(e)
                .onCreate().set(e.property(ENTITY_NAME).to(row(ENTITY_NAME)), e.property(KIND).to(row(KIND)),
                        e.property(ALIASES).to(row(ALIASES)))
                .onMatch().set(
                        e.property(KIND).to(Cypher.caseExpression().when(e.property(KIND).isEqualTo(CONCEPT))
                                .then(row(KIND)).elseDefault(e.property(KIND))),
                        e.property(ALIASES).to(storedAliases.add(newSpellings)))
                .with(e.getRequiredSymbolicName(), Cypher.listWith(k).in(row(ROW_KEYS))
                        .where(Cypher.not(k.in(storedKeys))).returning().as(newKeys))
                .set(e.property(NAME_KEYS).to(storedKeys.add(newKeys)))
                .with(e.getRequiredSymbolicName(), newKeys)
                .call(mergeNames, e.getRequiredSymbolicName(), newKeys)
                .returning(e.property(ID).as(ID_COLUMN), Cypher.elementId(e).as(ELEMENT_COLUMN))
                .build();
    }

    private static Statement storedFacts() {
        SymbolicName id = Cypher.name("id");
        Node fact = Cypher.node(FACT).named("f").withProperties(ID, id);
        return Cypher.unwind(Cypher.parameter("ids")).as(id)
                .match(fact)
                .returning(fact.property(ID).as(ID_COLUMN))
                .build();
    }

    // The tail of the two fact statements: the citations of fact f in this document, and how many facts were written.
    private static Statement citeInThisDocument(ExposesWith facts, Node fact) {
        SymbolicName c = Cypher.name("c");
        Node section = Cypher.node(SECTION).named("sec");
        Statement cite = Cypher.unwind(row(ROW_CITATIONS)).as(c)
                .match(section)
                .where(Cypher.elementId(section).isEqualTo(Cypher.property(c, SECTION_ELEMENT)))
                .create(fact.relationshipTo(section, CITES).withProperties(
                        DOCUMENT_ID, Cypher.property(c, DOCUMENT_ID), QUOTE, Cypher.property(c, QUOTE),
                        PAGE, Cypher.property(c, PAGE), START, Cypher.property(c, START), END, Cypher.property(c, END),
                        SEARCH_TEXT, Cypher.property(c, SEARCH_TEXT)))
                .build();
        return facts.with(fact.getRequiredSymbolicName(), ROW)
                .call(cite, fact.getRequiredSymbolicName(), ROW)
                .returning(Cypher.count(fact).as(WRITTEN_COLUMN))
                .build();
    }

    // A new fact's node and relationships are created, not merged: merging a relationship made Neo4j walk the
    // entity's relationships, which grow with the library. The unique constraint on Fact.id still stops a fact
    // created twice by builds running at once (see Neo4jDocumentWriter). Entities and sections are found by the
    // element ids read earlier in this transaction, which skips an index seek a row; the count lets the caller see an
    // entity that another build removed in between.
    private static Statement createFacts() {
        Node subject = Cypher.node(ENTITY).named("s");
        Node object = Cypher.node(ENTITY).named("o");
        Node fact = Cypher.node(FACT).named("f");
        SymbolicName x = Cypher.name("x");
        Node target = Cypher.anyNode(x);
        // Clauses.create builds a Create, which is the updating clause FOREACH takes.
        UpdatingClause linkObject = (UpdatingClause) Clauses.create(List.<PatternElement>of(
                fact.relationshipTo(target, OBJECT),
                subject.relationshipTo(target, RELATED)
                        .withProperties(RELATED_FACT, row(ID), PREDICATE, row(PREDICATE))));
        StatementBuilder.OngoingUpdate created = Cypher.unwind(Cypher.parameter("rows")).as(ROW)
                .match(subject).where(Cypher.elementId(subject).isEqualTo(row(SUBJECT_ELEMENT)))
                .optionalMatch(object).where(Cypher.elementId(object).isEqualTo(row(OBJECT_ELEMENT)))
                .with(ROW, subject.getRequiredSymbolicName(), object.getRequiredSymbolicName())
                .where(row(OBJECT_ELEMENT).isNull().or(object.isNotNull()))
                .create(fact.relationshipTo(subject, SUBJECT))
                .set(fact, row(ROW_PROPS))
                .foreach(x).in(Cypher.caseExpression().when(object.isNull()).then(Cypher.listOf())
                        .elseDefault(Cypher.listOf(object.getRequiredSymbolicName())))
                .apply(linkObject);
        return citeInThisDocument(created, fact);
    }

    // A fact already stored (cited by another document) only gains citations; "verified" wins over "unverified".
    private static Statement citeStoredFacts() {
        Node fact = Cypher.node(FACT).named("f").withProperties(ID, row(ID));
        Expression verified = fact.property(STATUS).isEqualTo(VERIFIED);
        Expression props = row(ROW_PROPS);
        return citeInThisDocument(Cypher.unwind(Cypher.parameter("rows")).as(ROW)
                .match(fact)
                .set(fact.property(REASON).to(Cypher.caseExpression().when(verified).then(fact.property(REASON))
                                .elseDefault(Cypher.property(props, REASON))),
                        fact.property(STATUS).to(Cypher.caseExpression().when(verified).then(fact.property(STATUS))
                                .elseDefault(Cypher.property(props, STATUS)))), fact);
    }
}
