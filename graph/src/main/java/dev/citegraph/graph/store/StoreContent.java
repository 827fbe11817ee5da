package dev.citegraph.graph.store;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A store's content as one batch per document, the unit exports write and imports replace. A fact cited by two
 * documents appears in both batches; each batch writes its own document's citations.
 */
public record StoreContent(List<DocumentBatch> batches) {
    public StoreContent {
        batches = List.copyOf(batches);
    }

    public static StoreContent of(GraphStore store) {
        Map<String, List<Fact>> factsByDocument = new LinkedHashMap<>();
        for (Fact fact : store.allFacts()) {
            fact.citations().stream().map(Citation::documentId).distinct()
                    .forEach(id -> factsByDocument.computeIfAbsent(id, k -> new ArrayList<>()).add(fact));
        }
        List<DocumentBatch> batches = new ArrayList<>();
        for (Document document : store.documents()) {
            batches.add(new DocumentBatch(document, store.sections(document.id()),
                    factsByDocument.getOrDefault(document.id(), List.of())));
        }
        return new StoreContent(batches);
    }

    /** Rebuilt from documents, their sections and facts (as read from a file); checks every batch first. */
    public static StoreContent of(List<Document> documents, Map<String, List<dev.citegraph.graph.model.Section>> sections,
                                  List<Fact> facts) {
        Map<String, List<Fact>> factsByDocument = new LinkedHashMap<>();
        for (Fact fact : facts) {
            fact.citations().stream().map(Citation::documentId).distinct()
                    .forEach(id -> factsByDocument.computeIfAbsent(id, k -> new ArrayList<>()).add(fact));
        }
        for (String id : factsByDocument.keySet()) {
            if (documents.stream().noneMatch(d -> d.id().equals(id))) {
                throw new ImportException("a fact cites document '" + id + "', which the file does not describe");
            }
        }
        List<DocumentBatch> batches = new ArrayList<>();
        for (Document document : documents) {
            try {
                batches.add(new DocumentBatch(document, sections.getOrDefault(document.id(), List.of()),
                        factsByDocument.getOrDefault(document.id(), List.of())));
            } catch (IllegalArgumentException e) {
                throw new ImportException("document '" + document.id() + "' is inconsistent: " + e.getMessage(), e);
            }
        }
        return new StoreContent(batches);
    }

    /** Writes every batch into {@code store}, one transaction a document; other documents stay as they are. */
    public void replaceInto(GraphStore store) {
        for (DocumentBatch batch : batches) store.replaceDocument(batch.document(), batch.sections(), batch.facts());
    }

    public long facts() {
        return batches.stream().flatMap(b -> b.facts().stream()).map(Fact::id).distinct().count();
    }
}
