package dev.citegraph.graph.store;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Section;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link GraphStore#replaceDocument} receives, checked before any store is touched: section ids unique and of
 * this document, every fact cited at least once in this document, every citation of this document pointing at one of
 * its sections. Facts with the same id are merged (their citations united). Citations a fact carries for other
 * documents are left to those documents.
 */
public record DocumentBatch(Document document, List<Section> sections, List<Fact> facts) {

    public DocumentBatch {
        Objects.requireNonNull(document, "document");
        sections = List.copyOf(sections);
        facts = mergeById(facts);
        Set<String> sectionIds = sectionIds(document, sections);
        for (Fact fact : facts) checkCitations(document, fact, sectionIds);
    }

    /** The citations of {@code fact} that belong to this batch's document, without duplicates. */
    public List<Citation> citationsInDocument(Fact fact) {
        return fact.citations().stream().filter(c -> c.documentId().equals(document.id())).distinct().toList();
    }

    private static List<Fact> mergeById(List<Fact> facts) {
        Map<String, Fact> byId = new LinkedHashMap<>();
        for (Fact fact : facts) byId.merge(fact.id(), fact, Fact::mergedWith);
        return List.copyOf(byId.values());
    }

    private static Set<String> sectionIds(Document document, List<Section> sections) {
        Set<String> ids = new HashSet<>();
        for (Section section : sections) {
            if (!section.documentId().equals(document.id())) {
                throw new IllegalArgumentException("section " + section.id() + " belongs to document "
                        + section.documentId() + ", not " + document.id());
            }
            if (!ids.add(section.id())) {
                throw new IllegalArgumentException("section id " + section.id() + " appears twice in " + document.id());
            }
        }
        return ids;
    }

    private static void checkCitations(Document document, Fact fact, Set<String> sectionIds) {
        boolean cited = false;
        for (Citation citation : fact.citations()) {
            if (!citation.documentId().equals(document.id())) continue;
            if (!sectionIds.contains(citation.sectionId())) {
                throw new IllegalArgumentException("fact " + fact.id() + " cites section " + citation.sectionId()
                        + ", which is not among the sections of " + document.id());
            }
            cited = true;
        }
        if (!cited) {
            throw new IllegalArgumentException("fact " + fact.id() + " has no citation in " + document.id());
        }
    }
}
