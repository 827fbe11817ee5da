package dev.citegraph.graph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Conversions between plain Java values and RDF terms for query parameters and results. */
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

    /** A result term as Java: numbers by their XSD type, IRIs and other literals as strings. */
    static Object toJava(RDFNode node) {
        if (node == null) return null;
        if (node.isURIResource()) return node.asResource().getURI();
        if (node.isAnon()) return "_:" + node.asResource().getId().getLabelString();
        if (!node.isLiteral()) return node.toString();
        Literal literal = node.asLiteral();
        String type = literal.getDatatypeURI();
        try {
            if (isInteger(type)) return Long.parseLong(literal.getLexicalForm());
            if (XSDDatatype.XSDdecimal.getURI().equals(type)) return new BigDecimal(literal.getLexicalForm());
            if (XSDDatatype.XSDdouble.getURI().equals(type) || XSDDatatype.XSDfloat.getURI().equals(type)) {
                return literal.getDouble();
            }
            if (XSDDatatype.XSDboolean.getURI().equals(type)) return literal.getBoolean();
        } catch (RuntimeException malformed) {
            return literal.getLexicalForm();
        }
        return literal.getLexicalForm();
    }

    private static boolean isInteger(String type) {
        return type != null && (type.equals(XSDDatatype.XSDinteger.getURI()) || type.equals(XSDDatatype.XSDlong.getURI())
                || type.equals(XSDDatatype.XSDint.getURI()) || type.equals(XSDDatatype.XSDshort.getURI())
                || type.equals(XSDDatatype.XSDnonNegativeInteger.getURI()));
    }
}
