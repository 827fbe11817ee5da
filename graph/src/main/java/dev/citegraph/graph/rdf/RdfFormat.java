package dev.citegraph.graph.rdf;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF serialisations citegraph exports and imports. Turtle holds the union of all documents' graphs. */
public enum RdfFormat {
    TURTLE(Lang.TURTLE, RDFFormat.TURTLE_BLOCKS),
    TRIG(Lang.TRIG, RDFFormat.TRIG_BLOCKS),
    JSONLD(Lang.JSONLD, RDFFormat.JSONLD);

    private final Lang lang;
    private final RDFFormat writerFormat;

    RdfFormat(Lang lang, RDFFormat writerFormat) {
        this.lang = lang;
        this.writerFormat = writerFormat;
    }

    Lang lang() {
        return lang;
    }

    RDFFormat writerFormat() {
        return writerFormat;
    }

    public boolean hasNamedGraphs() {
        return this != TURTLE;
    }
}
