package dev.citegraph.graph.store;

/**
 * The names both stores and the query compiler share. Changing one here changes it everywhere it is used.
 *
 * <h2>Property graph (Neo4j)</h2>
 * <pre>
 * (:Document {id, title, sourcePath, sha256, pages})
 * (:Section {id, documentId, number, title, level, pageStart, pageEnd, text, textHash, pageStarts, tables})-[:IN]->(:Document)
 * (:Section)-[:PARENT]->(:Section)
 * (:Entity {id, name, kind, aliases})            id = Entity.keyOf(name)
 * (:Name {key})-[:NAMES]->(:Entity)              one Name per canonical name and alias, key = Entity.keyOf(spelling)
 * (:Fact {id, predicate, surface, objectKind, objectText, value, valueText, unit, qualifiers, status, reason, method})
 * (:Fact)-[:SUBJECT]->(:Entity), (:Fact)-[:OBJECT]->(:Entity) when objectKind = "entity"
 * (:Fact)-[:CITES {documentId, quote, page, start, end}]->(:Section)
 * (:Entity)-[:RELATED {predicate, fact}]->(:Entity)   a plain projection for Browser and Bloom users
 * </pre>
 * {@code value} is a double for comparison and ordering, {@code valueText} the exact decimal; {@code qualifiers} is a
 * list of "key=value" strings; {@code objectKind} is entity, quantity or text.
 *
 * <h2>RDF (Jena)</h2>
 * <pre>
 * fact:ID a cg:Fact ; cg:subject ent:KEY ; cg:predicate "uses" ; cg:surface "adopts" ; cg:objectKind "entity" ;
 *         cg:object ent:KEY | cg:value "2664000"^^xsd:decimal ; cg:unit "GPU hour" ; cg:objectText "2664K" ;
 *         cg:qualifier "stage=pre-training" ; cg:status "VERIFIED" ; cg:reason "" ; cg:method "rules" ;
 *         prov:wasDerivedFrom cit:ID .
 * cit:ID a cg:Citation ; cg:document doc:ID ; cg:section sec:ID ; cg:quote "..." ; cg:page 15 ; cg:start 0 ; cg:end 10 .
 * ent:KEY a cg:Entity ; rdfs:label "DeepSeek-V3" ; cg:kind "MODEL" ; skos:altLabel "DeepSeek V3" ; cg:nameKey "deepseek-v3" .
 * sec:ID a cg:Section ; cg:document doc:ID ; cg:number "3.3.1" ; rdfs:label "Mixed Precision Framework" ; ...
 * doc:ID a cg:Document ; rdfs:label "..." ; ...
 * ent:KEY rel:uses ent:KEY .   the plain triple, for linked-data users
 * </pre>
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
