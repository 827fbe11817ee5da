package dev.citegraph.graph.rdf;

import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.query.ListingKind;
import dev.citegraph.graph.query.Param;
import dev.citegraph.graph.query.StatusFilter;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.vocabulary.RDFS;

import java.util.List;
import java.util.Optional;

import static dev.citegraph.graph.rdf.CgVocabulary.DOCUMENT;
import static dev.citegraph.graph.rdf.CgVocabulary.DOCUMENT_OF;
import static dev.citegraph.graph.rdf.CgVocabulary.ENTITY;
import static dev.citegraph.graph.rdf.CgVocabulary.FACT;
import static dev.citegraph.graph.rdf.CgVocabulary.ID;
import static dev.citegraph.graph.rdf.CgVocabulary.KIND;
import static dev.citegraph.graph.rdf.CgVocabulary.NUMBER;
import static dev.citegraph.graph.rdf.CgVocabulary.PAGES;
import static dev.citegraph.graph.rdf.CgVocabulary.PAGE_START;
import static dev.citegraph.graph.rdf.CgVocabulary.PREDICATE;
import static dev.citegraph.graph.rdf.CgVocabulary.SECTION;
import static dev.citegraph.graph.rdf.CgVocabulary.TEXT;
import static dev.citegraph.graph.rdf.SparqlBody.lcase;
import static dev.citegraph.graph.rdf.SparqlBody.status;

/** The SPARQL of {@code show ...} (what the graph holds) and of the name catalogs behind "did you mean". */
final class SparqlListings {
    private final SparqlVars vars;

    SparqlListings(SparqlVars vars) {
        this.vars = vars;
    }

    Query listing(GraphQuery.Listing plan) {
        SparqlGroup q = new SparqlGroup();
        Optional<Expr> matching = plan.matching().map(vars::paramExpr);
        Query query = SparqlRenderer.select();
        switch (plan.kind()) {
            case PREDICATES -> predicates(q, query, matching, plan.status());
            case ENTITIES -> entities(q, query, matching, plan.status());
            case DOCUMENTS -> documents(q, query, matching);
            case SECTIONS -> sections(q, query, matching, plan.document());
        }
        query.setQueryPattern(q.element());
        // Sections are sorted by their numbering (3.2 before 3.10) and cut to the limit by the reader, not here.
        if (plan.kind() != ListingKind.SECTIONS) plan.limit().ifPresent(query::setLimit);
        return query;
    }

    private void predicates(SparqlGroup q, Query query, Optional<Expr> matching, StatusFilter status) {
        Var fact = vars.own("fn");
        Var predicate = vars.own("predicate");
        q.triple(fact, PREDICATE, predicate);
        status(q, fact, status);
        matching.ifPresent(m -> q.filter(new E_StrContains(new ExprVar(predicate), m)));
        counted(query, List.of(predicate), fact);
    }

    private void entities(SparqlGroup q, Query query, Optional<Expr> matching, StatusFilter status) {
        Var fact = vars.own("fn");
        Var entity = vars.own("e");
        Var name = vars.own("name");
        Var kind = vars.own("kind");
        q.path(fact, SparqlBody.SUBJECT_OR_OBJECT, entity);
        status(q, fact, status);
        q.triple(entity, RDFS.label, name).triple(entity, KIND, kind);
        matching.ifPresent(m -> q.filter(new E_StrContains(lcase(name), m)));
        counted(query, List.of(name, kind), fact);
    }

    private void documents(SparqlGroup q, Query query, Optional<Expr> matching) {
        Var document = vars.own("d");
        Var id = vars.own("id");
        Var title = vars.own("title");
        Var pages = vars.own("pages");
        q.type(document, DOCUMENT).triple(document, ID, id).triple(document, RDFS.label, title)
                .optional(new SparqlGroup().triple(document, PAGES, pages));
        matching.ifPresent(m -> q.filter(new E_LogicalOr(new E_StrContains(lcase(id), m),
                new E_StrContains(lcase(title), m))));
        List.of(id, title, pages).forEach(query::addResultVar);
        query.addOrderBy(id, Query.ORDER_DEFAULT);
    }

    private void sections(SparqlGroup q, Query query, Optional<Expr> matching, Optional<Param> ofDocument) {
        Var section = vars.own("s");
        Var document = vars.own("d");
        Var documentId = vars.own("document");
        Var number = vars.own("number");
        Var title = vars.own("title");
        Var text = vars.own("text");
        Var page = vars.own("page");
        q.type(section, SECTION).triple(section, DOCUMENT_OF, document).triple(document, ID, documentId)
                .triple(section, NUMBER, number).triple(section, RDFS.label, title).triple(section, TEXT, text)
                .optional(new SparqlGroup().triple(section, PAGE_START, page));
        ofDocument.ifPresent(d -> q.filter(new E_Equals(lcase(documentId), vars.paramExpr(d))));
        matching.ifPresent(m -> q.filter(new E_LogicalOr(new E_StrContains(lcase(title), m),
                new E_StrContains(lcase(text), m))));
        List.of(documentId, number, title, page, text).forEach(query::addResultVar);
        List.of(documentId, number, title).forEach(v -> query.addOrderBy(v, Query.ORDER_DEFAULT));
    }

    /** Every distinct name of one kind. */
    Query names(GraphQuery.NameKind kind) {
        Var name = vars.own("name");
        SparqlGroup q = new SparqlGroup();
        switch (kind) {
            case ENTITY_NAMES -> {
                Var entity = vars.own("e");
                q.type(entity, ENTITY).triple(entity, RDFS.label, name);
            }
            case PREDICATES -> {
                Var fact = vars.own("f");
                q.type(fact, FACT).triple(fact, PREDICATE, name);
            }
            case DOCUMENT_IDS -> {
                Var document = vars.own("d");
                q.type(document, DOCUMENT).triple(document, ID, name);
            }
        }
        Query query = SparqlRenderer.select();
        query.setDistinct(true);
        query.addResultVar(name);
        query.setQueryPattern(q.element());
        return query;
    }

    /** Selects the keys and how many distinct facts each has, grouped and ordered by the keys. */
    private void counted(Query query, List<Var> keys, Var fact) {
        keys.forEach(query::addResultVar);
        query.addResultVar(vars.own("facts"), query.allocAggregate(
                AggregatorFactory.createCountExpr(true, new ExprVar(fact))));
        keys.forEach(query::addGroupBy);
        keys.forEach(k -> query.addOrderBy(k, Query.ORDER_DEFAULT));
    }
}
