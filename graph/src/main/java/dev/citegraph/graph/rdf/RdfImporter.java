package dev.citegraph.graph.rdf;

import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.store.ImportException;
import dev.citegraph.graph.store.StoreContent;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link RdfExporter} wrote (any of its formats) back into documents, sections and facts. The whole file
 * is parsed and checked before anything is returned, so a bad file stores nothing.
 */
public final class RdfImporter {
    private RdfImporter() {
    }

    public static StoreContent read(InputStream in, RdfFormat format, String source) {
        Dataset dataset = DatasetFactory.create();
        try {
            RDFDataMgr.read(dataset, in, format.lang());
        } catch (RiotException e) {
            throw new ImportException(source + ": not valid " + format.lang().getLabel() + ": " + e.getMessage(), e);
        }
        Model all = ModelFactory.createUnion(dataset.getDefaultModel(), dataset.getUnionModel());
        try {
            RdfDocumentReader reader = new RdfDocumentReader(all);
            List<Document> documents = reader.documents();
            Map<String, List<Section>> sections = new LinkedHashMap<>();
            for (Document document : documents) sections.put(document.id(), reader.sections(document.id()));
            return StoreContent.of(documents, sections, reader.allFacts());
        } catch (ImportException e) {
            throw new ImportException(source + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ImportException(source + ": not a citegraph export (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); export with kg export --format ttl|trig|jsonld", e);
        }
    }
}
