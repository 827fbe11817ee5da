package dev.citegraph.queries.answer;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.EntityKind;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Predicate;
import dev.citegraph.graph.model.Quantity;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Verdict;
import dev.citegraph.graph.neo4j.EmbeddedNeo4j;
import dev.citegraph.graph.neo4j.Neo4jConnections;
import dev.citegraph.graph.neo4j.Neo4jGraphStore;
import dev.citegraph.graph.store.GraphStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One embedded Neo4j for the answer tests of a test run (starting one takes seconds), holding the gold facts of the
 * test corpus and a small DeepSeek-V3 report, so comparisons have two model generations to put side by side.
 * Tests only read it.
 */
public final class AnswerFixtures {
    public static final String V3 = "deepseek-v3";
    public static final String V3_INTRO = "We present DeepSeek-V3, a strong Mixture-of-Experts (MoE) language model "
            + "with 671B total parameters with 37B activated for each token. We pre-train DeepSeek-V3 on 14.8 trillion "
            + "diverse and high-quality tokens. DeepSeek-V3 requires only 2.788M H800 GPU hours for its full training. "
            + "DeepSeek-V3 adopts Multi-head Latent Attention (MLA) for efficient inference.";

    private static EmbeddedNeo4j server;
    private static GraphStore store;
    private static Map<String, GoldCorpus.GoldFact> gold;

    private AnswerFixtures() {
    }

    public static synchronized GraphStore store() {
        if (store == null) {
            try {
                server = EmbeddedNeo4j.start(Files.createTempDirectory("answers-neo4j"));
                GraphStore opened = new Neo4jGraphStore(Neo4jConnections.embedded(server), server.database(), server);
                Runtime.getRuntime().addShutdownHook(new Thread(opened::close));
                gold = loadInto(opened);
                store = opened;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    /** The Bolt URI of the fixture's server, for commands that open the store themselves ({@code --neo4j}). */
    public static synchronized String boltUri() {
        store();
        return server.boltUri();
    }

    public static synchronized Map<String, GoldCorpus.GoldFact> gold() {
        store();
        return gold;
    }

    /** Loads the gold facts and the DeepSeek-V3 report into {@code target}; returns the gold facts by gold id. */
    public static Map<String, GoldCorpus.GoldFact> loadInto(GraphStore target) {
        Map<String, GoldCorpus.GoldFact> loaded = GoldCorpus.loadInto(target);
        loadV3(target);
        return loaded;
    }

    private static void loadV3(GraphStore target) {
        Section intro = new Section(Section.idFor(V3, "1", "Introduction"), V3, "1", "Introduction", 1, 4, 5,
                V3_INTRO, null, List.of(), List.of());
        Entity v3 = new Entity(null, "DeepSeek-V3", EntityKind.MODEL, Set.of("DeepSeek V3"));
        List<Fact> facts = List.of(
                quantity(v3, "has_total_parameters", "671000000000", "parameter", "671B", intro, "671B total parameters"),
                quantity(v3, "has_activated_parameters_per_token", "37000000000", "parameter", "37B", intro,
                        "37B activated for each token"),
                quantity(v3, "pretraining_tokens", "14800000000000", "token", "14.8 trillion", intro,
                        "14.8 trillion diverse and high-quality tokens"),
                quantity(v3, "gpu_hours", "2788000", "GPU hours", "2.788M", intro, "2.788M H800 GPU hours"),
                Fact.of(v3, new Predicate("uses", "adopts"), new FactObject.EntityObject(new Entity(null,
                                "Multi-head Latent Attention", EntityKind.METHOD, Set.of("MLA"))), Map.of(),
                        Verdict.verified(), "rules", cite(intro, "adopts Multi-head Latent Attention (MLA)")));
        target.replaceDocument(new Document(V3, "DeepSeek-V3 Technical Report", "DeepSeek_V3.pdf", "", 53),
                List.of(intro), facts);
    }

    private static Fact quantity(Entity subject, String predicate, String value, String unit, String text,
                                 Section section, String quote) {
        return Fact.of(subject, Predicate.of(predicate), new FactObject.QuantityObject(
                        new Quantity(new BigDecimal(value), unit, text)), Map.of(), Verdict.verified(), "rules",
                cite(section, quote));
    }

    private static Citation cite(Section section, String quote) {
        int start = section.text().indexOf(quote);
        if (start < 0) throw new IllegalArgumentException("quote not in section: " + quote);
        return Citation.of(section, quote, start, start + quote.length());
    }
}
