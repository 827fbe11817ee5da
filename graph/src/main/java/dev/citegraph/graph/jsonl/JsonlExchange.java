package dev.citegraph.graph.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.EntityKind;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Predicate;
import dev.citegraph.graph.model.Quantity;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.store.DocumentBatch;
import dev.citegraph.graph.store.GraphSchema;
import dev.citegraph.graph.store.ImportException;
import dev.citegraph.graph.store.SectionLayout;
import dev.citegraph.graph.store.StoreContent;
import dev.citegraph.graph.store.StoredVerdict;
import dev.citegraph.graph.jsonl.JsonlLine.CitationJson;
import dev.citegraph.graph.jsonl.JsonlLine.DocumentLine;
import dev.citegraph.graph.jsonl.JsonlLine.EntityJson;
import dev.citegraph.graph.jsonl.JsonlLine.FactLine;
import dev.citegraph.graph.jsonl.JsonlLine.SectionLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JSON Lines export and import: a document line per document, a section line per section, then a fact line per
 * fact with subject, predicate, object, value, unit, qualifiers, status (and reason) and its citations (document id,
 * section number, page, quote). Import reads and checks the whole file before anything is stored.
 */
public final class JsonlExchange {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private JsonlExchange() {
    }

    public static void export(StoreContent content, Writer out) throws IOException {
        for (DocumentBatch batch : content.batches()) line(out, documentLine(batch.document()));
        for (DocumentBatch batch : content.batches()) {
            for (Section section : batch.sections()) line(out, sectionLine(section));
        }
        Set<String> written = new HashSet<>();
        for (DocumentBatch batch : content.batches()) {
            for (Fact fact : batch.facts()) if (written.add(fact.id())) line(out, factLine(fact));
        }
        out.flush();
    }

    public static StoreContent read(Reader in, String source) {
        List<Document> documents = new ArrayList<>();
        Map<String, List<Section>> sections = new LinkedHashMap<>();
        List<Fact> facts = new ArrayList<>();
        BufferedReader lines = new BufferedReader(in);
        int number = 0;
        try {
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                number++;
                if (text.isBlank()) continue;
                JsonlLine line = parse(text, source, number);
                try {
                    if (line instanceof DocumentLine d) documents.add(document(d));
                    else if (line instanceof SectionLine s) sections.computeIfAbsent(s.document(), k -> new ArrayList<>()).add(section(s));
                    else facts.add(fact((FactLine) line));
                } catch (RuntimeException e) {
                    throw new ImportException(source + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return StoreContent.of(documents, sections, facts);
        } catch (ImportException e) {
            throw new ImportException(source + ": " + e.getMessage(), e);
        }
    }

    private static JsonlLine parse(String text, String source, int number) {
        try {
            return JSON.readValue(text, JsonlLine.class);
        } catch (JsonProcessingException e) {
            throw new ImportException(source + " line " + number + ": not a citegraph JSONL line ("
                    + e.getOriginalMessage() + "); each line must be a document, section or fact object", e);
        }
    }

    private static void line(Writer out, JsonlLine line) throws IOException {
        out.write(JSON.writerFor(JsonlLine.class).writeValueAsString(line));
        out.write('\n');
    }

    private static DocumentLine documentLine(Document d) {
        return new DocumentLine(d.id(), d.title(), d.sourcePath(), d.sha256(), d.pages());
    }

    private static Document document(DocumentLine d) {
        return new Document(d.id(), d.title(), d.sourcePath(), d.sha256(), d.pages());
    }

    private static SectionLine sectionLine(Section s) {
        return new SectionLine(s.id(), s.documentId(), s.number(), s.title(), s.level(), s.pageStart(), s.pageEnd(),
                s.parentId(), s.text(), SectionLayout.pageStartsJson(s.pageStarts()),
                SectionLayout.tablesJson(s.tables()));
    }

    private static Section section(SectionLine s) {
        return new Section(s.id(), s.document(), s.number(), s.title(), s.level(), s.pageStart(), s.pageEnd(),
                s.text(), s.parentId(), SectionLayout.pageStarts(s.pageStarts()), SectionLayout.tables(s.tables()));
    }

    private static FactLine factLine(Fact f) {
        EntityJson objectEntity = null;
        String value = null;
        String unit = null;
        String kind = GraphSchema.OBJECT_KIND_TEXT;
        if (f.object() instanceof FactObject.EntityObject o) {
            kind = GraphSchema.OBJECT_KIND_ENTITY;
            objectEntity = entityJson(o.entity());
        } else if (f.object() instanceof FactObject.QuantityObject o) {
            kind = GraphSchema.OBJECT_KIND_QUANTITY;
            value = o.quantity().value().toPlainString();
            unit = o.quantity().unit();
        }
        StoredVerdict verdict = StoredVerdict.of(f.verdict());
        List<CitationJson> citations = f.citations().stream().map(c -> new CitationJson(c.documentId(),
                c.sectionId(), c.sectionNumber(), c.sectionTitle(), c.page(), c.quote(), c.start(), c.end())).toList();
        return new FactLine(f.id(), f.subject().name(), entityJson(f.subject()), f.predicate().name(),
                f.predicate().surface(), kind, f.object().display(), objectEntity, value, unit, new TreeMap<>(f.qualifiers()),
                verdict.status(), verdict.reason(), f.method(), citations);
    }

    private static Fact fact(FactLine f) {
        List<Citation> citations = f.citations() == null ? List.of() : f.citations().stream()
                .map(c -> new Citation(c.document(), c.sectionId(), c.section(), c.sectionTitle(), c.page(),
                        c.quote(), c.start(), c.end())).toList();
        return new Fact(f.id(), entity(f.subjectEntity(), f.subject()), new Predicate(f.predicate(), f.surface()),
                object(f), f.qualifiers(), new StoredVerdict(f.status(), f.reason()).verdict(), f.method(), citations);
    }

    private static FactObject object(FactLine f) {
        if (GraphSchema.OBJECT_KIND_ENTITY.equals(f.objectKind())) {
            return new FactObject.EntityObject(entity(f.objectEntity(), f.object()));
        }
        if (GraphSchema.OBJECT_KIND_QUANTITY.equals(f.objectKind())) {
            return new FactObject.QuantityObject(new Quantity(new BigDecimal(f.value()), f.unit(), f.object()));
        }
        return new FactObject.TextObject(f.object());
    }

    private static EntityJson entityJson(Entity e) {
        return new EntityJson(e.id(), e.name(), e.kind().name(), List.copyOf(new TreeSet<>(e.aliases())));
    }

    private static Entity entity(EntityJson e, String name) {
        if (e == null) return Entity.named(name);
        return new Entity(e.id(), e.name(), EntityKind.parse(e.kind()), e.aliases() == null ? Set.of() : new HashSet<>(e.aliases()));
    }
}
