package dev.citegraph.queries.serve;

import dev.citegraph.dsl.QueryCompiler;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.answer.ask.Asker;
import dev.citegraph.queries.answer.compare.ComparisonService;
import dev.citegraph.queries.answer.review.RejectedFacts;
import dev.citegraph.queries.answer.retrieval.FactRetriever;
import dev.citegraph.queries.answer.retrieval.ScoredFact;
import dev.citegraph.queries.query.Answer;
import dev.citegraph.queries.query.QueryService;
import dev.langchain4j.model.chat.ChatModel;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The graph one server holds, and every question it answers about it, through the same services the CLI uses. Fact
 * search goes through the store's full-text index; what needs every fact at hand (typeahead, neighbourhoods, review)
 * or a report's sections (the proof view) reads a snapshot of them, taken again after a build through this server
 * and, for a store others may write to, once it is older than {@code freshness}.
 */
public final class ServedGraph {
    static final int SECTIONS_KEPT = 32;

    private final GraphStore store;
    private final PredicateVocabulary vocabulary;
    private final QueryCompiler compiler;
    private final Optional<AskModel> model;
    private final Duration freshness;
    private final Clock clock;
    private volatile Snapshot snapshot;

    /** A chat model for {@code ask}, with the label answers and the Q&A log name it by. */
    public record AskModel(ChatModel model, String label) {
        public AskModel {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(label, "label");
        }
    }

    public ServedGraph(GraphStore store, PredicateVocabulary vocabulary, Optional<AskModel> model, Duration freshness) {
        this.store = Objects.requireNonNull(store, "store");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.compiler = new QueryCompiler(vocabulary);
        this.model = Objects.requireNonNull(model, "model");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        this.clock = Clock.systemUTC();
    }

    public GraphStore store() {
        return store;
    }

    public PredicateVocabulary vocabulary() {
        return vocabulary;
    }

    public boolean hasModel() {
        return model.isPresent();
    }

    /** Tells the graph that its store changed (a build finished): the next snapshot is read afresh. */
    public void changed() {
        snapshot = null;
    }

    public Answer query(String text, Map<String, String> parameters, StatusFilter status) {
        return new QueryService(store, compiler).answer(text, parameters, status);
    }

    /** Plan, Cypher and SPARQL of a query; the store is not touched. */
    public Answer explain(String text, Map<String, String> parameters) {
        return QueryService.explanation(compiler.compile(text, StatusFilter.VERIFIED_ONLY), parameters);
    }

    public ComparisonService.Outcome compare(List<String> names, List<String> predicates) {
        return new ComparisonService(store, vocabulary).compare(names, predicates);
    }

    /** With the server's model when it has one and {@code useModel}; extractive otherwise. */
    public dev.citegraph.queries.answer.ask.Answer ask(String question, boolean useModel) {
        Asker asker = new Asker(store, vocabulary, clock);
        if (useModel && model.isPresent()) return asker.ask(question, model.get().model(), model.get().label());
        return asker.ask(question);
    }

    public List<ScoredFact> search(String question, int limit) {
        return FactRetriever.over(store, vocabulary).search(question, limit);
    }

    public Optional<Fact> fact(String id) {
        return store.facts(List.of(id)).stream().findFirst();
    }

    /** Rejected facts, optionally only those cited from a document or failing for one reason, ordered by id. */
    public List<Fact> rejected(String documentId, String reasonCode) {
        return RejectedFacts.select(snapshot().facts(), documentId, reasonCode);
    }

    /**
     * Entities of verified facts whose name or an alias matches {@code text}: whole key first, then names starting
     * with it, then names containing it; by fact count within each.
     */
    public List<AnswerJson.EntityHitJson> entities(String text, int limit) {
        String needle = Entity.keyOf(text);
        String plain = text.strip().toLowerCase(Locale.ROOT);
        record Hit(int rank, Snapshot.EntityInfo info, String matched) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Snapshot.EntityInfo info : snapshot().entities().values()) {
            int best = Integer.MAX_VALUE;
            String matched = null;
            List<String> spellings = new ArrayList<>();
            spellings.add(info.entity().name());
            spellings.addAll(info.entity().aliases());
            for (String spelling : spellings) {
                int rank = rank(spelling, needle, plain);
                if (rank < best) {
                    best = rank;
                    matched = spelling;
                }
            }
            if (best < Integer.MAX_VALUE) hits.add(new Hit(best, info, matched));
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(h -> -h.info().facts())
                .thenComparing(h -> h.info().entity().name()));
        return hits.stream().limit(limit).map(h -> new AnswerJson.EntityHitJson(h.info().entity().id(),
                h.info().entity().name(), AnswerJson.lower(h.info().entity().kind().name()),
                List.copyOf(h.info().entity().aliases()), h.matched(), h.info().facts())).toList();
    }

    private static int rank(String spelling, String needle, String plain) {
        String key = Entity.keyOf(spelling);
        String lower = spelling.toLowerCase(Locale.ROOT);
        if (key.equals(needle)) return 0;
        if (key.startsWith(needle) || lower.startsWith(plain)) return 1;
        if (key.contains(needle) || lower.contains(plain)) return 2;
        return Integer.MAX_VALUE;
    }

    /** The verified facts in and out of an entity (named by key, name or alias), as nodes and edges. */
    public Optional<AnswerJson.NeighbourhoodJson> neighbourhood(String name, int limit) {
        Snapshot current = snapshot();
        Optional<Entity> found = resolve(current, name);
        if (found.isEmpty()) return Optional.empty();
        Entity entity = found.get();
        Map<String, AnswerJson.NodeJson> nodes = new LinkedHashMap<>();
        nodes.put(entity.id(), new AnswerJson.NodeJson(entity.id(), entity.name(), "entity"));
        List<AnswerJson.EdgeJson> edges = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (Fact fact : current.facts()) {
            if (!fact.isVerified() || facts.size() >= limit) continue;
            boolean out = fact.subject().id().equals(entity.id());
            boolean in = fact.object() instanceof FactObject.EntityObject o && o.entity().id().equals(entity.id());
            if (!out && !in) continue;
            facts.add(fact);
            String from = fact.subject().id();
            nodes.putIfAbsent(from, new AnswerJson.NodeJson(from, fact.subject().name(), "entity"));
            String to;
            if (fact.object() instanceof FactObject.EntityObject o) {
                to = o.entity().id();
                nodes.putIfAbsent(to, new AnswerJson.NodeJson(to, o.entity().name(), "entity"));
            } else {
                to = "value:" + fact.id();
                String kind = fact.object() instanceof FactObject.QuantityObject ? "quantity" : "text";
                nodes.put(to, new AnswerJson.NodeJson(to, dev.citegraph.queries.query.FactValues.display(fact), kind));
            }
            edges.add(new AnswerJson.EdgeJson(fact.id(), from, to, fact.predicate().name(), out ? "out" : "in"));
        }
        return Optional.of(new AnswerJson.NeighbourhoodJson(AnswerJson.entity(entity), List.copyOf(nodes.values()),
                edges, AnswerJson.facts(facts)));
    }

    /** The entity of verified facts that {@code name} names (its key, name or an alias). */
    public Optional<Entity> resolve(String name) {
        return resolve(snapshot(), name);
    }

    private static Optional<Entity> resolve(Snapshot current, String name) {
        String key = Entity.keyOf(name);
        return current.entities().values().stream().map(Snapshot.EntityInfo::entity)
                .filter(e -> e.id().equals(key) || e.aliases().stream().anyMatch(a -> Entity.keyOf(a).equals(key)))
                .findFirst();
    }

    /**
     * The sections of a document, as of the current snapshot: read from the store once per document and snapshot, so
     * the proof view's two requests for one section do not each read every section's text of its report. The sections
     * of the {@value #SECTIONS_KEPT} documents last asked for are kept, so a large graph's text is not all held.
     */
    public List<Section> sections(String documentId) {
        Map<String, List<Section>> kept = snapshot().sections();
        List<Section> sections = kept.get(documentId);
        if (sections == null) {
            sections = store.sections(documentId);
            kept.put(documentId, sections);
        }
        return sections;
    }

    /** Every fact of the store, any status, as of the current snapshot. */
    List<Fact> facts() {
        return snapshot().facts();
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null || current.olderThan(freshness, clock)) {
            synchronized (this) {
                current = snapshot;
                if (current == null || current.olderThan(freshness, clock)) {
                    current = Snapshot.of(store.allFacts(), clock.instant());
                    snapshot = current;
                }
            }
        }
        return current;
    }

    /**
     * Every fact of the store at one moment, with what is derived from it once; the sections of the documents last
     * asked for, which change only with the facts (a build), are read as they are first asked for.
     */
    private record Snapshot(List<Fact> facts, Map<String, EntityInfo> entities,
                            Map<String, List<Section>> sections, java.time.Instant takenAt) {

        record EntityInfo(Entity entity, long facts) {
        }

        static Snapshot of(List<Fact> facts, java.time.Instant now) {
            Map<String, Entity> byId = new LinkedHashMap<>();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Fact fact : facts) {
                if (!fact.isVerified()) continue;
                add(byId, counts, fact.subject());
                if (fact.object() instanceof FactObject.EntityObject o) add(byId, counts, o.entity());
            }
            Map<String, EntityInfo> entities = new LinkedHashMap<>();
            byId.forEach((id, e) -> entities.put(id, new EntityInfo(e, counts.get(id))));
            return new Snapshot(facts, entities, Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Section>> eldest) {
                    return size() > SECTIONS_KEPT;
                }
            }), now);
        }

        private static void add(Map<String, Entity> byId, Map<String, Long> counts, Entity entity) {
            byId.merge(entity.id(), entity, (a, b) -> a.withAliases(b.aliases()));
            counts.merge(entity.id(), 1L, Long::sum);
        }

        boolean olderThan(Duration freshness, Clock clock) {
            return !freshness.isZero() && takenAt.plus(freshness).isBefore(clock.instant());
        }
    }
}
