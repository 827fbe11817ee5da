package dev.citegraph.graph.rdf;

import dev.citegraph.graph.store.GraphSchema;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The RDF terms of GraphSchema, and the IRIs of documents, sections, entities, facts and citations. */
public final class CgVocabulary {
    private CgVocabulary() {
    }

    public static final Resource DOCUMENT = type("Document");
    public static final Resource SECTION = type("Section");
    public static final Resource ENTITY = type("Entity");
    public static final Resource FACT = type("Fact");
    public static final Resource CITATION = type("Citation");

    public static final Property ID = property("id");
    public static final Property SOURCE_PATH = property("sourcePath");
    public static final Property SHA256 = property("sha256");
    public static final Property PAGES = property("pages");
    public static final Property DOCUMENT_OF = property("document");
    public static final Property NUMBER = property("number");
    public static final Property LEVEL = property("level");
    public static final Property PAGE_START = property("pageStart");
    public static final Property PAGE_END = property("pageEnd");
    public static final Property TEXT = property("text");
    public static final Property TEXT_HASH = property("textHash");
    public static final Property PARENT = property("parent");
    public static final Property ORDINAL = property("ordinal");
    public static final Property PAGE_STARTS = property("pageStarts");
    public static final Property TABLES = property("tables");
    public static final Property KIND = property("kind");
    public static final Property NAME_KEY = property("nameKey");
    public static final Property SUBJECT = property("subject");
    public static final Property PREDICATE = property("predicate");
    public static final Property SURFACE = property("surface");
    public static final Property OBJECT_KIND = property("objectKind");
    public static final Property OBJECT = property("object");
    public static final Property VALUE = property("value");
    public static final Property VALUE_TEXT = property("valueText");
    public static final Property UNIT = property("unit");
    public static final Property OBJECT_TEXT = property("objectText");
    public static final Property QUALIFIER = property("qualifier");
    public static final Property STATUS = property("status");
    public static final Property REASON = property("reason");
    public static final Property METHOD = property("method");
    public static final Property SECTION_OF = property("section");
    public static final Property QUOTE = property("quote");
    public static final Property PAGE = property("page");
    public static final Property START = property("start");
    public static final Property END = property("end");

    public static final Property WAS_DERIVED_FROM = ResourceFactory.createProperty(GraphSchema.PROV_NS, "wasDerivedFrom");
    public static final Property ALT_LABEL = ResourceFactory.createProperty(GraphSchema.SKOS_NS, "altLabel");

    public static String documentIri(String id) {
        return GraphSchema.DOCUMENT_NS + encode(id);
    }

    public static String sectionIri(String id) {
        return GraphSchema.SECTION_NS + encode(id);
    }

    public static String entityIri(String id) {
        return GraphSchema.ENTITY_NS + encode(id);
    }

    public static String factIri(String id) {
        return GraphSchema.FACT_NS + encode(id);
    }

    public static String citationIri(String id) {
        return GraphSchema.CITATION_NS + encode(id);
    }

    /** The plain entity-to-entity triple's property for a predicate name. */
    public static Property relation(String predicate) {
        return ResourceFactory.createProperty(GraphSchema.RELATION_NS + encode(predicate));
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Resource type(String name) {
        return ResourceFactory.createResource(GraphSchema.NS + name);
    }

    private static Property property(String name) {
        return ResourceFactory.createProperty(GraphSchema.NS, name);
    }
}
