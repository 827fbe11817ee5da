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

    public static final Resource DOCUMENT = type(GraphSchema.DOCUMENT);
    public static final Resource SECTION = type(GraphSchema.SECTION);
    public static final Resource ENTITY = type(GraphSchema.ENTITY);
    public static final Resource FACT = type(GraphSchema.FACT);
    public static final Resource CITATION = type("Citation");

    public static final Property ID = property(GraphSchema.ID);
    public static final Property SOURCE_PATH = property(GraphSchema.SOURCE_PATH);
    public static final Property SHA256 = property(GraphSchema.SHA256);
    public static final Property PAGES = property(GraphSchema.PAGES);
    public static final Property DOCUMENT_OF = property("document");
    public static final Property NUMBER = property(GraphSchema.NUMBER);
    public static final Property LEVEL = property(GraphSchema.LEVEL);
    public static final Property PAGE_START = property(GraphSchema.PAGE_START);
    public static final Property PAGE_END = property(GraphSchema.PAGE_END);
    public static final Property TEXT = property(GraphSchema.OBJECT_KIND_TEXT);
    public static final Property TEXT_HASH = property(GraphSchema.TEXT_HASH);
    public static final Property PARENT = property("parent");
    public static final Property ORDINAL = property(GraphSchema.ORDINAL);
    public static final Property PAGE_STARTS = property(GraphSchema.PAGE_STARTS);
    public static final Property TABLES = property(GraphSchema.TABLES);
    public static final Property KIND = property(GraphSchema.KIND);
    public static final Property NAME_KEY = property("nameKey");
    public static final Property SUBJECT = property("subject");
    public static final Property PREDICATE = property(GraphSchema.PREDICATE);
    public static final Property SURFACE = property(GraphSchema.SURFACE);
    public static final Property OBJECT_KIND = property(GraphSchema.OBJECT_KIND);
    public static final Property OBJECT = property("object");
    public static final Property VALUE = property(GraphSchema.VALUE);
    public static final Property VALUE_TEXT = property(GraphSchema.VALUE_TEXT);
    public static final Property UNIT = property(GraphSchema.UNIT);
    public static final Property OBJECT_TEXT = property(GraphSchema.OBJECT_TEXT);
    public static final Property QUALIFIER = property("qualifier");
    public static final Property STATUS = property(GraphSchema.STATUS);
    public static final Property REASON = property(GraphSchema.REASON);
    public static final Property METHOD = property(GraphSchema.METHOD);
    public static final Property SECTION_OF = property("section");
    public static final Property QUOTE = property(GraphSchema.QUOTE);
    public static final Property PAGE = property(GraphSchema.PAGE);
    public static final Property START = property(GraphSchema.START);
    public static final Property END = property(GraphSchema.END);

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
