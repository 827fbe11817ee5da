package dev.citegraph.graph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Query parameters as RDF terms. */
final class RdfValues {
    private RdfValues() {
    }

    /** A query parameter as a typed literal; only scalars, the convention GraphSchema states. */
    static RDFNode literal(String name, Object value) {
        if (value instanceof String s) return ResourceFactory.createPlainLiteral(s);
        if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
            return ResourceFactory.createTypedLiteral(value.toString(), XSDDatatype.XSDinteger);
        }
        if (value instanceof BigDecimal d) return ResourceFactory.createTypedLiteral(d.toPlainString(), XSDDatatype.XSDdecimal);
        if (value instanceof Double d) return ResourceFactory.createTypedLiteral(d.toString(), XSDDatatype.XSDdouble);
        if (value instanceof Boolean b) return ResourceFactory.createTypedLiteral(b.toString(), XSDDatatype.XSDboolean);
        throw new IllegalArgumentException("SPARQL parameter $" + name + " must be a String, Long, Double, BigDecimal"
                + " or Boolean, was " + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
