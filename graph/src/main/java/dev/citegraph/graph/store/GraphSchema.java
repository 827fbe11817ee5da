package dev.citegraph.graph.store;

/**
 * The names both stores and the query compiler share. Changing one here changes it everywhere it is used.
 *
 * <h2>Property graph (Neo4j)</h2>
 * <pre>
 * (:Document {id, title, sourcePath, sha256, pages})
 * (:Section {id, documentId, number, title, level, pageStart, pageEnd, text, textHash, parentId, ordinal,
 *            pageStarts, tables})-[:IN]->(:Document)
 * (:Section)-[:PARENT]->(:Section)
 * (:Entity {id, name, kind, aliases, nameKeys})  id = Entity.keyOf(name)
 * (:Name {key})-[:NAMES]->(:Entity)              one Name per canonical name and alias, key = Entity.keyOf(spelling)
 * (:Fact {id, predicate, surface, objectKind, objectText, value, valueText, unit, qualifiers, status, reason, method})
 * (:Fact)-[:SUBJECT]->(:Entity), (:Fact)-[:OBJECT]->(:Entity) when objectKind = "entity"
 * (:Fact)-[:CITES {documentId, quote, page, start, end, searchText}]->(:Section)
 * (:Entity)-[:RELATED {predicate, fact}]->(:Entity)   a plain projection for Browser and Bloom users
 * </pre>
 * {@code value} is a double for comparison and ordering, {@code valueText} the exact decimal; {@code qualifiers} is a
 * list of "key=value" strings sorted by key; {@code objectKind} is entity, quantity or text; {@code ordinal} is the
 * section's place in reading order; {@code pageStarts} and {@code tables} are JSON text (see SectionLayout);
 * {@code nameKeys} lists the keys that have a Name node; {@code reason} is empty unless the status is REJECTED, then
 * "code: detail" (see StoredVerdict). Unique constraints on Document.id, Section.id, Entity.id,
 * Name.key, Fact.id; indexes on Section.documentId, Entity.name, Fact.predicate, Fact.status, CITES.documentId, and
 * the full-text index {@link #CITATION_TEXT_INDEX} on CITES.searchText ({@link FactText}: the fact's and the quote's
 * words, whitespace-separated, indexed with a whitespace analyzer). The TDB2 store keeps the same text per citation
 * in a Lucene index beside its dataset.
 * A fact node is shared by every document that states it (one CITES each); when two documents disagree on its
 * status, VERIFIED wins. Cypher parameters are Java values; a BigDecimal parameter is sent as a double.
 *
 * <h2>RDF (Jena)</h2>
 * Each document's triples sit in a named graph whose name is the document's IRI; stores query the union of the
 * graphs, and Turtle exports write that union. Facts are statement nodes (as Wikidata's) carrying qualifiers and
 * provenance; the plain triple sits beside them. Every resource has a {@code cg:id} literal with its id.
 * <pre>
 * fact:ID a cg:Fact ; cg:id "f-..." ; cg:subject ent:KEY ; cg:predicate "uses" ; cg:surface "adopts" ;
 *         cg:objectKind "entity" ; cg:objectText "Multi-head Latent Attention" ;
 *         cg:object ent:KEY | cg:value "2664000"^^xsd:decimal ; cg:valueText "2664000" ; cg:unit "GPU hour" ;
 *         cg:qualifier "stage=pre-training" ; cg:status "VERIFIED" ; cg:reason "" ; cg:method "rules" ;
 *         prov:wasDerivedFrom cit:ID .
 * cit:ID a cg:Citation ; cg:document doc:ID ; cg:section sec:ID ; cg:quote "..." ; cg:page 15 ; cg:start 0 ; cg:end 10 .
 * ent:KEY a cg:Entity ; cg:id "deepseek-v3" ; rdfs:label "DeepSeek-V3" ; cg:kind "MODEL" ; skos:altLabel "DeepSeek V3" ;
 *         cg:nameKey "deepseek-v3", "dsv3" .
 * sec:ID a cg:Section ; cg:id "v3#3.3.1" ; cg:document doc:ID ; cg:number "3.3.1" ; rdfs:label "Mixed Precision Framework" ;
 *        cg:level 3 ; cg:pageStart 15 ; cg:pageEnd 16 ; cg:text "..." ; cg:textHash "..." ; cg:ordinal 12 ;
 *        cg:parent sec:ID ; cg:pageStarts "[...]" ; cg:tables "[...]" .
 * doc:ID a cg:Document ; cg:id "v3" ; rdfs:label "..." ; cg:sourcePath "..." ; cg:sha256 "..." ; cg:pages 53 .
 * ent:KEY rel:uses ent:KEY .   the plain triple, for linked-data users (rel: + the predicate name)
 * </pre>
 * Integers are xsd:integer (or xsd:long), quantities xsd:decimal. IRIs are the namespace plus the percent-encoded id.
 *
 * <h2>Queries</h2>
 * Above the stores, queries are store-neutral ({@code dev.citegraph.graph.query.GraphQuery}); each store builds them
 * with its language's library (Cypher-DSL statements for Neo4j, Jena query objects for TDB2), never as pasted text,
 * and reads the answer into typed rows. The Neo4j store's own writes, reads and schema are built from these names
 * too (neo4j/DocumentStatements, StoreReads, Neo4jSchema), so no label, type or property is spelled twice. A parameter {@code p} is {@code $p} in Cypher, bound by the driver; in SPARQL
 * it is the variable {@code ?p}, replaced by the value as a typed literal before the query runs
 * ({@code QueryTransformOps.replaceVars}). Scalars only: String (xsd:string), Long or Integer (xsd:integer), Double
 * (xsd:double), BigDecimal (xsd:decimal), Boolean (xsd:boolean).
 */
public final class GraphSchema {
    private GraphSchema() {
    }

    public static final String DOCUMENT = "Document";
    public static final String SECTION = "Section";
    public static final String ENTITY = "Entity";
    public static final String NAME = "Name";
    public static final String FACT = "Fact";

    public static final String IN = "IN";
    public static final String PARENT = "PARENT";
    public static final String NAMES = "NAMES";
    public static final String SUBJECT = "SUBJECT";
    public static final String OBJECT = "OBJECT";
    public static final String CITES = "CITES";
    public static final String RELATED = "RELATED";

    /** Property keys of the property graph (see the shape above); several labels share one key, as id. */
    public static final String ID = "id";
    public static final String KEY = "key";
    /** An Entity's canonical name (the label Name is {@link #NAME}). */
    public static final String ENTITY_NAME = "name";
    public static final String KIND = "kind";
    public static final String ALIASES = "aliases";
    public static final String NAME_KEYS = "nameKeys";
    public static final String PREDICATE = "predicate";
    public static final String SURFACE = "surface";
    public static final String STATUS = "status";
    public static final String REASON = "reason";
    public static final String METHOD = "method";
    public static final String OBJECT_KIND = "objectKind";
    public static final String VALUE = "value";
    public static final String VALUE_TEXT = "valueText";
    public static final String UNIT = "unit";
    public static final String OBJECT_TEXT = "objectText";
    public static final String QUALIFIERS = "qualifiers";
    public static final String DOCUMENT_ID = "documentId";
    public static final String SOURCE_PATH = "sourcePath";
    public static final String SHA256 = "sha256";
    public static final String NUMBER = "number";
    public static final String TITLE = "title";
    public static final String LEVEL = "level";
    public static final String TEXT = "text";
    public static final String TEXT_HASH = "textHash";
    public static final String PARENT_ID = "parentId";
    public static final String ORDINAL = "ordinal";
    public static final String PAGE_START = "pageStart";
    public static final String PAGE_END = "pageEnd";
    public static final String PAGE_STARTS = "pageStarts";
    public static final String TABLES = "tables";
    public static final String PAGES = "pages";
    /** On CITES: the quote, the page it is printed on, and its span in the section's text. */
    public static final String QUOTE = "quote";
    public static final String PAGE = "page";
    public static final String START = "start";
    public static final String END = "end";
    /** On CITES: the words the full-text index holds for the citation (FactText). */
    public static final String SEARCH_TEXT = "searchText";
    /** The full-text index over CITES.searchText. */
    public static final String CITATION_TEXT_INDEX = "citation_text";
    /** On RELATED: the id of the fact the relationship projects. */
    public static final String RELATED_FACT = "fact";

    public static final String OBJECT_KIND_ENTITY = "entity";
    public static final String OBJECT_KIND_QUANTITY = "quantity";
    public static final String OBJECT_KIND_TEXT = "text";

    public static final String NS = "https://citegraph.dev/ns#";
    public static final String FACT_NS = "https://citegraph.dev/fact/";
    public static final String CITATION_NS = "https://citegraph.dev/citation/";
    public static final String ENTITY_NS = "https://citegraph.dev/entity/";
    public static final String SECTION_NS = "https://citegraph.dev/section/";
    public static final String DOCUMENT_NS = "https://citegraph.dev/document/";
    public static final String RELATION_NS = "https://citegraph.dev/relation/";
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";
    public static final String SKOS_NS = "http://www.w3.org/2004/02/skos/core#";
}
