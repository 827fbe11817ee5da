package dev.citegraph.graph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.vocabulary.RDF;

/**
 * A SPARQL group pattern ({@code { ... }}) built element by element with Jena's syntax objects, in the order given.
 * Consecutive triples share one block and any other element starts a new one, as Jena's parser builds a group, so
 * the same text parses to the same algebra.
 */
final class SparqlGroup {
    private final ElementGroup group = new ElementGroup();
    private ElementPathBlock block;

    SparqlGroup triple(Node subject, Property property, Node object) {
        block().addTriple(Triple.create(subject, property.asNode(), object));
        return this;
    }

    /** {@code subject a type}. */
    SparqlGroup type(Node subject, Resource type) {
        block().addTriple(Triple.create(subject, RDF.type.asNode(), type.asNode()));
        return this;
    }

    SparqlGroup path(Node subject, Path path, Node object) {
        block().addTriplePath(new TriplePath(subject, path, object));
        return this;
    }

    SparqlGroup filter(Expr condition) {
        return element(new ElementFilter(condition));
    }

    SparqlGroup bind(Var variable, Expr value) {
        return element(new ElementBind(variable, value));
    }

    SparqlGroup optional(SparqlGroup group) {
        return element(new ElementOptional(group.element()));
    }

    SparqlGroup minus(SparqlGroup group) {
        return element(new ElementMinus(group.element()));
    }

    /** Any other element: a nested group, a union, a sub-select. */
    SparqlGroup element(Element element) {
        block = null;
        group.addElement(element);
        return this;
    }

    ElementGroup element() {
        return group;
    }

    private ElementPathBlock block() {
        if (block == null) {
            block = new ElementPathBlock();
            group.addElement(block);
        }
        return block;
    }
}
