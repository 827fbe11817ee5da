package dev.citegraph.graph.rdf;

import dev.citegraph.graph.store.DocumentBatch;
import dev.citegraph.graph.store.GraphSchema;
import dev.citegraph.graph.store.StoreContent;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

import java.io.OutputStream;

/**
 * Writes a store's content as RDF in GraphSchema's shape. Each fact is a statement node ({@code cg:Fact}) carrying
 * its qualifiers and, through {@code prov:wasDerivedFrom}, its citations (document, section, page, quote); the plain
 * triple {@code ent:S rel:P ent:O} sits beside it for linked-data users. TriG and JSON-LD put each document's
 * triples in a named graph named by the document's IRI; Turtle, which has no graphs, writes their union.
 */
public final class RdfExporter {
    private RdfExporter() {
    }

    public static void export(StoreContent content, RdfFormat format, OutputStream out) {
        Dataset dataset = DatasetFactory.create();
        dataset.getDefaultModel().setNsPrefixes(prefixes());
        for (DocumentBatch batch : content.batches()) {
            Model graph = ModelFactory.createDefaultModel();
            RdfDocumentWriter.write(graph, batch);
            dataset.addNamedModel(CgVocabulary.documentIri(batch.document().id()), graph);
        }
        if (format.hasNamedGraphs()) {
            RDFDataMgr.write(out, dataset, format.writerFormat());
        } else {
            Model union = ModelFactory.createDefaultModel().setNsPrefixes(prefixes());
            union.add(dataset.getUnionModel());
            RDFDataMgr.write(out, union, format.writerFormat());
        }
    }

    static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("cg", GraphSchema.NS)
                .setNsPrefix("fact", GraphSchema.FACT_NS)
                .setNsPrefix("cit", GraphSchema.CITATION_NS)
                .setNsPrefix("ent", GraphSchema.ENTITY_NS)
                .setNsPrefix("sec", GraphSchema.SECTION_NS)
                .setNsPrefix("doc", GraphSchema.DOCUMENT_NS)
                .setNsPrefix("rel", GraphSchema.RELATION_NS)
                .setNsPrefix("prov", GraphSchema.PROV_NS)
                .setNsPrefix("skos", GraphSchema.SKOS_NS)
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("xsd", XSD.getURI());
    }
}
