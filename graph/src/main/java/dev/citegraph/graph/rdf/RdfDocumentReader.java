package dev.citegraph.graph.rdf;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.EntityKind;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.model.Predicate;
import dev.citegraph.graph.model.Quantity;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Verdict;
import dev.citegraph.graph.store.GraphSchema;
import dev.citegraph.graph.store.SectionLayout;
import dev.citegraph.graph.store.StoredVerdict;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static dev.citegraph.graph.rdf.CgVocabulary.*;

/**
 * Reads documents, sections and facts back from a model in GraphSchema's RDF shape: a store's union graph or an
 * imported file. Where documents disagree on a value (two spellings of an entity's name, two statuses of a fact) the
 * reading is deterministic: verified wins over unverified, a specific kind over CONCEPT, otherwise the smallest value.
 */
public final class RdfDocumentReader {
    /** Citations in reading order, as the Neo4j store returns them: document, section, span. */
    private static final Comparator<Placed> CITATION_ORDER = Comparator
            .comparing((Placed p) -> p.citation().documentId()).thenComparingLong(Placed::sectionOrdinal)
            .thenComparingInt(p -> p.citation().start()).thenComparingInt(p -> p.citation().end());

    private record Placed(long sectionOrdinal, Citation citation) {
    }

    private final Model model;

    public RdfDocumentReader(Model model) {
        this.model = model;
    }

    public List<Document> documents() {
        return model.listResourcesWithProperty(RDF.type, DOCUMENT).toList().stream()
                .map(this::document).sorted(Comparator.comparing(Document::id)).toList();
    }

    public Optional<Document> document(String id) {
        Resource d = model.createResource(documentIri(id));
        return model.contains(d, RDF.type, DOCUMENT) ? Optional.of(document(d)) : Optional.empty();
    }

    public List<Section> sections(String documentId) {
        Resource d = model.createResource(documentIri(documentId));
        return model.listResourcesWithProperty(DOCUMENT_OF, d).toList().stream()
                .filter(s -> s.hasProperty(RDF.type, SECTION))
                .sorted(Comparator.comparingLong(s -> s.getRequiredProperty(ORDINAL).getLong()))
                .map(this::section).toList();
    }

    public Optional<Fact> fact(String id) {
        Resource f = model.createResource(factIri(id));
        return model.contains(f, RDF.type, FACT) ? Optional.of(fact(f)) : Optional.empty();
    }

    public List<Fact> allFacts() {
        return model.listResourcesWithProperty(RDF.type, FACT).toList().stream()
                .map(this::fact).sorted(Comparator.comparing(Fact::id)).toList();
    }

    private Document document(Resource d) {
        return new Document(string(d, ID), string(d, RDFS.label), string(d, SOURCE_PATH), string(d, SHA256),
                (int) number(d, PAGES));
    }

    private Section section(Resource s) {
        Resource parent = s.getPropertyResourceValue(PARENT);
        return new Section(string(s, ID), string(s.getPropertyResourceValue(DOCUMENT_OF), ID), string(s, NUMBER),
                string(s, RDFS.label), (int) number(s, LEVEL), (int) number(s, PAGE_START), (int) number(s, PAGE_END),
                string(s, TEXT), parent == null ? null : string(parent, ID),
                SectionLayout.pageStarts(string(s, PAGE_STARTS)), SectionLayout.tables(string(s, TABLES)));
    }

    private Fact fact(Resource f) {
        Map<String, String> qualifiers = new LinkedHashMap<>();
        for (String pair : strings(f, QUALIFIER)) {
            int eq = pair.indexOf('=');
            qualifiers.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        Set<String> statuses = strings(f, STATUS);
        String status = statuses.contains(FactStatus.VERIFIED.name()) ? FactStatus.VERIFIED.name()
                : statuses.iterator().next();
        Verdict verdict = new StoredVerdict(status, string(f, REASON)).verdict();
        List<Placed> placed = new ArrayList<>();
        for (RDFNode c : model.listObjectsOfProperty(f, WAS_DERIVED_FROM).toList()) placed.add(citation(c.asResource()));
        placed.sort(CITATION_ORDER);
        List<Citation> citations = placed.stream().map(Placed::citation).toList();
        return new Fact(string(f, ID), entity(f.getPropertyResourceValue(SUBJECT)),
                new Predicate(string(f, PREDICATE), string(f, SURFACE)), object(f), qualifiers, verdict,
                string(f, METHOD), citations);
    }

    private FactObject object(Resource f) {
        String kind = string(f, OBJECT_KIND);
        if (GraphSchema.OBJECT_KIND_ENTITY.equals(kind)) {
            return new FactObject.EntityObject(entity(f.getPropertyResourceValue(OBJECT)));
        }
        if (GraphSchema.OBJECT_KIND_QUANTITY.equals(kind)) {
            return new FactObject.QuantityObject(new Quantity(new BigDecimal(string(f, VALUE_TEXT)), string(f, UNIT),
                    string(f, OBJECT_TEXT)));
        }
        return new FactObject.TextObject(string(f, OBJECT_TEXT));
    }

    private Entity entity(Resource e) {
        TreeSet<String> names = strings(e, RDFS.label);
        String name = names.first();
        Set<String> aliases = new TreeSet<>(strings(e, ALT_LABEL));
        aliases.addAll(names);
        aliases.remove(name);
        EntityKind kind = strings(e, KIND).stream().map(EntityKind::parse)
                .filter(k -> k != EntityKind.CONCEPT).findFirst().orElse(EntityKind.CONCEPT);
        return new Entity(string(e, ID), name, kind, aliases);
    }

    private Placed citation(Resource c) {
        Resource section = c.getPropertyResourceValue(SECTION_OF);
        return new Placed(number(section, ORDINAL), new Citation(string(c.getPropertyResourceValue(DOCUMENT_OF), ID), string(section, ID),
                string(section, NUMBER), string(section, RDFS.label),
                c.hasProperty(PAGE) ? (int) number(c, PAGE) : null, string(c, QUOTE),
                (int) number(c, START), (int) number(c, END)));
    }

    /** The smallest value, so that a resource described by two documents reads the same every time. */
    private static String string(Resource r, Property p) {
        TreeSet<String> values = strings(r, p);
        return values.isEmpty() ? null : values.first();
    }

    private static TreeSet<String> strings(Resource r, Property p) {
        TreeSet<String> values = new TreeSet<>();
        r.listProperties(p).forEach(s -> values.add(s.getObject().isLiteral() ? s.getString()
                : s.getObject().toString()));
        return values;
    }

    private static long number(Resource r, Property p) {
        return r.listProperties(p).toList().stream().mapToLong(s -> s.getLong()).min().orElse(0);
    }
}
