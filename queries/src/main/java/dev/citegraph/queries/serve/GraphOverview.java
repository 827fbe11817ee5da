package dev.citegraph.queries.serve;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.model.Section;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the web console shows around the answers: each document with its counts, the facts cited in one section, and
 * the attributes a set of entities has facts on. Read from the served graph's snapshot of all facts, so none of it
 * sends a query to the store beyond the documents and their sections.
 */
final class GraphOverview {
    private final ServedGraph graph;
    private final SourcePdfs sources;

    GraphOverview(ServedGraph graph, SourcePdfs sources) {
        this.graph = graph;
        this.sources = sources;
    }

    /**
     * A document with its counts. A fact counts for every document that cites it; {@code subject} is the entity most
     * of its verified facts are about (what picking the document compares), {@code source} whether its PDF is served.
     */
    record DocumentCountsJson(String id, String title, int pages, int sections, long verified, long rejected,
                              long unverified, String subject, boolean source) {
        DocumentCountsJson withSource(boolean readable) {
            return new DocumentCountsJson(id, title, pages, sections, verified, rejected, unverified, subject, readable);
        }
    }

    /**
     * The counts of one snapshot of the facts (documents and sections change only with them); whether a source is
     * readable is asked afresh each time, since files move on their own.
     */
    private record Counted(List<Fact> facts, List<Document> documents, List<DocumentCountsJson> counts) {
    }

    private volatile Counted counted;

    List<DocumentCountsJson> documents() {
        List<Fact> facts = graph.facts();
        Counted last = counted;
        if (last == null || last.facts() != facts) {
            List<Document> documents = graph.store().documents();
            last = new Counted(facts, documents, documents.stream().map(d -> counts(d, facts)).toList());
            counted = last;
        }
        List<DocumentCountsJson> out = new java.util.ArrayList<>();
        for (int i = 0; i < last.documents().size(); i++) {
            out.add(last.counts().get(i).withSource(sources.readable(last.documents().get(i)).isPresent()));
        }
        return out;
    }

    /** The counts of a document; {@code source} is left false, for the caller to ask. */
    private DocumentCountsJson counts(Document document, List<Fact> facts) {
        Map<FactStatus, Long> byStatus = new LinkedHashMap<>();
        Map<String, Long> subjects = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Fact fact : facts) {
            if (fact.citations().stream().noneMatch(c -> c.documentId().equals(document.id()))) continue;
            byStatus.merge(fact.status(), 1L, Long::sum);
            if (fact.isVerified()) {
                subjects.merge(fact.subject().id(), 1L, Long::sum);
                names.putIfAbsent(fact.subject().id(), fact.subject().name());
            }
        }
        String subject = subjects.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> names.get(e.getKey())).orElse(null);
        return new DocumentCountsJson(document.id(), document.title(), document.pages(),
                graph.sections(document.id()).size(), byStatus.getOrDefault(FactStatus.VERIFIED, 0L),
                byStatus.getOrDefault(FactStatus.REJECTED, 0L), byStatus.getOrDefault(FactStatus.UNVERIFIED, 0L),
                subject, false);
    }

    /** The facts cited in a section, any status; {@code source} the path of its document's PDF when served. */
    record SectionFactsJson(String document, String section, String sourcePdf, List<AnswerJson.FactJson> facts) {
    }

    SectionFactsJson sectionFacts(Document document, Section section) {
        List<Fact> cited = graph.facts().stream()
                .filter(f -> f.citations().stream().anyMatch(c -> cites(c, section)))
                .sorted(Comparator.comparing((Fact f) -> !f.isVerified()).thenComparing(f -> firstStart(f, section)))
                .toList();
        String source = sources.readable(document).isPresent()
                ? ApiRoutes.BASE + "/documents/" + document.id() + "/source" : null;
        return new SectionFactsJson(document.id(), AnswerJson.key(section), source, AnswerJson.facts(cited));
    }

    private static boolean cites(Citation citation, Section section) {
        return citation.sectionId().equals(section.id());
    }

    private static int firstStart(Fact fact, Section section) {
        return fact.citations().stream().filter(c -> cites(c, section)).mapToInt(Citation::start).min().orElse(0);
    }

    /** An attribute the graph holds for the entities asked about: how many of them have it, in how many facts. */
    record AttributeJson(String predicate, int entities, long facts) {
    }

    record AttributesJson(List<String> names, List<String> unknown, List<AttributeJson> attributes) {
    }

    /**
     * The predicates of verified facts about any of {@code names} (every entity when none), most shared first: what a
     * comparison of them can be made on.
     */
    AttributesJson attributes(List<String> names) {
        Map<String, String> ids = new LinkedHashMap<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (String name : names) {
            Optional<Entity> entity = graph.resolve(name);
            if (entity.isPresent()) ids.put(entity.get().id(), name);
            else unknown.add(name);
        }
        Map<String, Set<String>> holders = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Fact fact : graph.facts()) {
            if (!fact.isVerified() || (!names.isEmpty() && !ids.containsKey(fact.subject().id()))) continue;
            String predicate = fact.predicate().name();
            holders.computeIfAbsent(predicate, p -> new LinkedHashSet<>()).add(fact.subject().id());
            counts.merge(predicate, 1L, Long::sum);
        }
        List<AttributeJson> attributes = holders.entrySet().stream()
                .map(e -> new AttributeJson(e.getKey(), e.getValue().size(), counts.get(e.getKey())))
                .sorted(Comparator.comparingInt(AttributeJson::entities).reversed()
                        .thenComparing(Comparator.comparingLong(AttributeJson::facts).reversed())
                        .thenComparing(AttributeJson::predicate))
                .toList();
        return new AttributesJson(List.copyOf(names), unknown, attributes);
    }
}
