package dev.citegraph.graph.rdf;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.store.DocumentBatch;
import dev.citegraph.graph.store.GraphSchema;
import dev.citegraph.graph.store.SectionLayout;
import dev.citegraph.graph.store.StoredVerdict;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.citegraph.graph.rdf.CgVocabulary.*;

/**
 * Writes one document with its sections, entities, facts and this document's citations into a model, in the shape
 * GraphSchema documents. Stores and exports keep one such model per document (a named graph), so the union of the
 * graphs is the whole store and a document is replaced by replacing its graph.
 */
public final class RdfDocumentWriter {
    private RdfDocumentWriter() {
    }

    public static void write(Model model, DocumentBatch batch) {
        Resource document = document(model, batch.document());
        List<Section> sections = batch.sections();
        for (int i = 0; i < sections.size(); i++) section(model, document, sections.get(i), i);
        for (Fact fact : batch.facts()) fact(model, fact, batch.citationsInDocument(fact));
    }

    private static Resource document(Model model, Document d) {
        return model.createResource(documentIri(d.id()), DOCUMENT)
                .addProperty(ID, d.id())
                .addProperty(RDFS.label, d.title())
                .addProperty(SOURCE_PATH, d.sourcePath())
                .addProperty(SHA256, d.sha256())
                .addLiteral(PAGES, (long) d.pages());
    }

    private static void section(Model model, Resource document, Section s, int ordinal) {
        Resource section = model.createResource(sectionIri(s.id()), SECTION)
                .addProperty(ID, s.id())
                .addProperty(DOCUMENT_OF, document)
                .addProperty(NUMBER, s.number())
                .addProperty(RDFS.label, s.title())
                .addLiteral(LEVEL, (long) s.level())
                .addLiteral(PAGE_START, (long) s.pageStart())
                .addLiteral(PAGE_END, (long) s.pageEnd())
                .addProperty(TEXT, s.text())
                .addProperty(TEXT_HASH, s.textHash())
                .addLiteral(ORDINAL, (long) ordinal)
                .addProperty(PAGE_STARTS, SectionLayout.pageStartsJson(s.pageStarts()))
                .addProperty(TABLES, SectionLayout.tablesJson(s.tables()));
        if (s.parentId() != null) section.addProperty(PARENT, model.createResource(sectionIri(s.parentId())));
    }

    private static Resource entity(Model model, Entity e) {
        Resource entity = model.createResource(entityIri(e.id()), ENTITY)
                .addProperty(ID, e.id())
                .addProperty(RDFS.label, e.name())
                .addProperty(KIND, e.kind().name())
                .addProperty(NAME_KEY, Entity.keyOf(e.name()));
        for (String alias : e.aliases()) {
            entity.addProperty(ALT_LABEL, alias).addProperty(NAME_KEY, Entity.keyOf(alias));
        }
        return entity;
    }

    private static void fact(Model model, Fact f, List<Citation> citations) {
        Resource subject = entity(model, f.subject());
        StoredVerdict verdict = StoredVerdict.of(f.verdict());
        Resource fact = model.createResource(factIri(f.id()), FACT)
                .addProperty(ID, f.id())
                .addProperty(SUBJECT, subject)
                .addProperty(PREDICATE, f.predicate().name())
                .addProperty(SURFACE, f.predicate().surface())
                .addProperty(OBJECT_TEXT, f.object().display())
                .addProperty(STATUS, verdict.status())
                .addProperty(REASON, verdict.reason())
                .addProperty(METHOD, f.method());
        for (Map.Entry<String, String> q : new TreeMap<>(f.qualifiers()).entrySet()) {
            fact.addProperty(QUALIFIER, q.getKey() + "=" + q.getValue());
        }
        if (f.object() instanceof FactObject.EntityObject o) {
            Resource object = entity(model, o.entity());
            fact.addProperty(OBJECT_KIND, GraphSchema.OBJECT_KIND_ENTITY).addProperty(OBJECT, object);
            subject.addProperty(relation(f.predicate().name()), object);
        } else if (f.object() instanceof FactObject.QuantityObject o) {
            fact.addProperty(OBJECT_KIND, GraphSchema.OBJECT_KIND_QUANTITY)
                    .addLiteral(VALUE, model.createTypedLiteral(o.quantity().value().toPlainString(),
                            XSDDatatype.XSDdecimal))
                    .addProperty(VALUE_TEXT, o.quantity().value().toPlainString())
                    .addProperty(UNIT, o.quantity().unit());
        } else {
            fact.addProperty(OBJECT_KIND, GraphSchema.OBJECT_KIND_TEXT);
        }
        for (Citation c : citations) fact.addProperty(WAS_DERIVED_FROM, citation(model, f.id(), c));
    }

    private static Resource citation(Model model, String factId, Citation c) {
        Resource citation = model.createResource(citationIri(citationId(factId, c)), CITATION)
                .addProperty(DOCUMENT_OF, model.createResource(documentIri(c.documentId())))
                .addProperty(SECTION_OF, model.createResource(sectionIri(c.sectionId())))
                .addProperty(QUOTE, c.quote())
                .addLiteral(START, (long) c.start())
                .addLiteral(END, (long) c.end());
        if (c.page() != null) citation.addLiteral(PAGE, (long) c.page());
        return citation;
    }

    /** Stable: the same citation of the same fact gets the same IRI in every export. */
    private static String citationId(String factId, Citation c) {
        String key = String.join("\u001f", factId, c.documentId(), c.sectionId(), String.valueOf(c.start()),
                String.valueOf(c.end()), c.quote());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "c-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
