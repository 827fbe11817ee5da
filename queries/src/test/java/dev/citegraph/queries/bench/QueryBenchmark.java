package dev.citegraph.queries.bench;

import dev.citegraph.dsl.CompiledQuery;
import dev.citegraph.dsl.GoldenCase;
import dev.citegraph.dsl.QueryCompiler;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.neo4j.EmbeddedNeo4j;
import dev.citegraph.graph.neo4j.Neo4jConnections;
import dev.citegraph.graph.neo4j.Neo4jGraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The query language's costs: parse + compile time per golden query, and on a synthetic graph the latency of each
 * compiled query against hand-written Cypher for the same question, alternating in the same run, through the same
 * store and driver. The hand-written Cypher returns the same answer: the ids of the facts its citations need, in the
 * same deterministic order (ties broken as the compiled query breaks them), qualifiers compared without case as the
 * language compares them, or the comparison would flatter it. Arguments: facts (default 100000), runs per query
 * (default 200; fewer for a question whose runs would take over two minutes, printed beside it). Run by
 * bench/query.sh.
 */
public final class QueryBenchmark {
    private static final QueryCompiler COMPILER = new QueryCompiler(PredicateVocabulary.builtIn());

    private record Question(String query, String cypher, Map<String, Object> parameters) {
    }

    /** What the comparison's two attributes are stored as: total_parameters is a synonym of has_total_parameters. */
    private static final List<String> COMPARED_PREDICATES = List.of("has_total_parameters", "pretraining_tokens");

    /** The predicate family the vocabulary gives training_cost: a query on it finds its kinds too. */
    private static final List<String> TRAINING_COST_KINDS = List.of("training_cost", "training_cost_gpu_hours",
            "training_cost_usd");

    private static final List<Question> QUESTIONS = List.of(
            new Question("facts about \"model-17\"",
                    "MATCH (:Name {key: $k})-[:NAMES]->(e:Entity)<-[:SUBJECT|OBJECT]-(f:Fact {status: 'VERIFIED'}) "
                            + "RETURN f.id AS id ORDER BY f.predicate, id",
                    Map.of("k", "model-17")),
            new Question("match \"model-17\" uses ?x",
                    "MATCH (:Name {key: $k})-[:NAMES]->(:Entity)<-[:SUBJECT]-(f:Fact {predicate: 'uses', "
                            + "status: 'VERIFIED'}) RETURN f.id AS id ORDER BY id",
                    Map.of("k", "model-17")),
            new Question("match ?m uses \"technique-3\" . ?m pretraining_tokens ?t order by ?t desc limit 10",
                    "MATCH (:Name {key: $k})-[:NAMES]->(:Entity)<-[:OBJECT]-(u:Fact {predicate: 'uses', "
                            + "status: 'VERIFIED'})-[:SUBJECT]->(m:Entity)<-[:SUBJECT]-(t:Fact {predicate: "
                            + "'pretraining_tokens', status: 'VERIFIED'}) RETURN DISTINCT u.id AS u, t.id AS t, "
                            + "coalesce(t.value, -1.0E308) AS v, toLower(t.objectText) AS vt "
                            + "ORDER BY v DESC, vt DESC, u, t LIMIT 10",
                    Map.of("k", "technique-3")),
            new Question("compare \"model-1\", \"model-2\" on total_parameters, pretraining_tokens",
                    "UNWIND range(0, size($keys) - 1) AS col MATCH (:Name {key: $keys[col]})-[:NAMES]->(:Entity)"
                            + "<-[:SUBJECT]-(f:Fact {status: 'VERIFIED'}) WHERE f.predicate IN $predicates "
                            + "RETURN col, f.predicate AS row, f.id AS id ORDER BY col, row, id",
                    Map.of("keys", List.of("model-1", "model-2"), "predicates", COMPARED_PREDICATES)),
            new Question("count ?m where ?m uses \"technique-3\" group by document",
                    "MATCH (:Name {key: $k})-[:NAMES]->(:Entity)<-[:OBJECT]-(f:Fact {predicate: 'uses', "
                            + "status: 'VERIFIED'})-[:SUBJECT]->(m:Entity), (f)-[c:CITES]->() "
                            + "RETURN c.documentId AS document, count(DISTINCT m) AS n, "
                            + "collect(DISTINCT f.id) AS facts ORDER BY document",
                    Map.of("k", "technique-3")),
            new Question("match ?m training_cost ?c where ?c > 2990K \"GPU hours\" order by ?c desc limit 5",
                    "MATCH (m:Entity)<-[:SUBJECT]-(f:Fact {status: 'VERIFIED'}) WHERE f.predicate IN $kinds "
                            + "AND f.value > $v AND toLower(f.unit) IN ['gpu hours', 'gpu hour'] "
                            + "RETURN DISTINCT f.id AS id, f.value AS v ORDER BY v DESC, id LIMIT 5",
                    Map.of("v", 2_990_000.0, "kinds", TRAINING_COST_KINDS)),
            new Question("match ?m training_cost ?c [stage = \"pre-training\"] where ?c > 2990K \"GPU hours\" "
                    + "order by ?c desc limit 5",
                    "MATCH (m:Entity)<-[:SUBJECT]-(f:Fact {status: 'VERIFIED'}) WHERE f.predicate IN $kinds "
                            + "AND any(q IN f.qualifiers WHERE toLower(q) = $stage) AND f.value > $v "
                            + "AND toLower(f.unit) IN ['gpu hours', 'gpu hour'] "
                            + "RETURN DISTINCT f.id AS id, f.value AS v ORDER BY v DESC, id LIMIT 5",
                    Map.of("v", 2_990_000.0, "kinds", TRAINING_COST_KINDS, "stage", "stage=pre-training")),
            new Question("match ?m uses \"technique-3\" return distinct ?m order by ?m",
                    "MATCH (:Name {key: $k})-[:NAMES]->(:Entity)<-[:OBJECT]-(f:Fact {predicate: 'uses', "
                            + "status: 'VERIFIED'})-[:SUBJECT]->(m:Entity) "
                            + "RETURN m.name AS m, collect(DISTINCT f.id) AS facts ORDER BY m",
                    Map.of("k", "technique-3")),
            new Question("match ?m uses \"technique-3\" . optional ?m training_cost ?c [stage = \"post-training\"] "
                    + "return ?m, ?c",
                    "MATCH (:Name {key: $k})-[:NAMES]->(:Entity)<-[:OBJECT]-(u:Fact {predicate: 'uses', "
                            + "status: 'VERIFIED'})-[:SUBJECT]->(m:Entity) "
                            + "OPTIONAL MATCH (m)<-[:SUBJECT]-(c:Fact {status: 'VERIFIED'}) WHERE c.predicate IN $kinds "
                            + "AND any(q IN c.qualifiers WHERE toLower(q) = $stage) "
                            + "RETURN DISTINCT u.id AS u, c.id AS c ORDER BY u, c",
                    Map.of("k", "technique-3", "kinds", TRAINING_COST_KINDS, "stage", "stage=post-training")),
            new Question("match ?m uses \"technique-3\" . not ?m training_cost ?c [stage = \"post-training\"]",
                    "MATCH (:Name {key: $k})-[:NAMES]->(:Entity)<-[:OBJECT]-(u:Fact {predicate: 'uses', "
                            + "status: 'VERIFIED'})-[:SUBJECT]->(m:Entity) "
                            + "WHERE NOT EXISTS { MATCH (m)<-[:SUBJECT]-(c:Fact {status: 'VERIFIED'}) "
                            + "WHERE c.predicate IN $kinds AND any(q IN c.qualifiers WHERE toLower(q) = $stage) } "
                            + "RETURN DISTINCT u.id AS u ORDER BY u",
                    Map.of("k", "technique-3", "kinds", TRAINING_COST_KINDS, "stage", "stage=post-training")),
            new Question("match \"model-17\" training_cost ?c or \"model-17\" pretraining_tokens ?c",
                    "MATCH (:Name {key: $k})-[:NAMES]->(:Entity)<-[:SUBJECT]-(f:Fact {status: 'VERIFIED'}) "
                            + "WHERE f.predicate IN $predicates RETURN DISTINCT f.id AS id ORDER BY id",
                    Map.of("k", "model-17", "predicates", Stream.concat(TRAINING_COST_KINDS.stream(),
                            Stream.of("pretraining_tokens")).toList())),
            new Question("match ?m uses \"technique-3\" or ?m uses \"technique-5\"",
                    "MATCH (n:Name)-[:NAMES]->(:Entity)<-[:OBJECT]-(f:Fact {predicate: 'uses', status: 'VERIFIED'})"
                            + "-[:SUBJECT]->(m:Entity) WHERE n.key IN $keys RETURN DISTINCT f.id AS id ORDER BY id",
                    Map.of("keys", List.of("technique-3", "technique-5"))),
            new Question("match (?m uses \"technique-3\" . ?m uses \"technique-5\") or ?m uses \"technique-7\" "
                    + "order by ?m",
                    "CALL () { MATCH (:Name {key: $a})-[:NAMES]->(:Entity)<-[:OBJECT]-(u:Fact {predicate: 'uses', "
                            + "status: 'VERIFIED'})-[:SUBJECT]->(m:Entity)<-[:SUBJECT]-(v:Fact {predicate: 'uses', "
                            + "status: 'VERIFIED'})-[:OBJECT]->(:Entity)<-[:NAMES]-(:Name {key: $b}) "
                            + "RETURN m, u.id AS u, v.id AS v, '' AS w UNION ALL "
                            + "MATCH (:Name {key: $c})-[:NAMES]->(:Entity)<-[:OBJECT]-(w:Fact {predicate: 'uses', "
                            + "status: 'VERIFIED'})-[:SUBJECT]->(m:Entity) RETURN m, '' AS u, '' AS v, w.id AS w } "
                            + "RETURN DISTINCT u, v, w, m.name AS name ORDER BY name, u, v, w",
                    Map.of("a", "technique-3", "b", "technique-5", "c", "technique-7")),
            new Question("conflicts about \"model-10\"",
                    "MATCH (:Name {key: $k})-[:NAMES]->(e:Entity)<-[:SUBJECT]-(f:Fact {status: 'VERIFIED'}) "
                            + "WHERE f.objectKind <> 'entity' WITH e, f.predicate AS k, collect(f.id) AS ids "
                            + "WHERE size(ids) > 1 UNWIND ids AS id RETURN k, id ORDER BY k, id",
                    Map.of("k", "model-10")),
            new Question("conflicts on pretraining_tokens",
                    "MATCH (e:Entity)<-[:SUBJECT]-(f:Fact {predicate: 'pretraining_tokens', status: 'VERIFIED'}) "
                            + "WHERE f.objectKind <> 'entity' WITH e, collect(f.id) AS ids "
                            + "WHERE size(ids) > 1 UNWIND ids AS id RETURN e.id AS e, id ORDER BY e, id",
                    Map.of()));

    private static final int WARM_UP_PAIRS = 20;
    private static final long BUDGET_NANOS = 120_000_000_000L;
    private static final int MIN_RUNS = 60;

    private QueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int facts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        compileTimes();
        Path dir = Files.createTempDirectory("kg-bench");
        EmbeddedNeo4j server = EmbeddedNeo4j.start(dir);
        Driver driver = Neo4jConnections.embedded(server);
        try (GraphStore store = new Neo4jGraphStore(driver, server.database(), server)) {
            long start = System.nanoTime();
            new SyntheticGraph(facts).load(store);
            System.out.printf(Locale.ROOT, "%nloaded %,d synthetic facts in %.0f s%n", store.stats().facts(),
                    (System.nanoTime() - start) / 1e9);
            System.out.printf(Locale.ROOT, "%-88s %10s %10s %7s%n", "question (median ms over " + runs + " runs)",
                    "compiled", "by hand", "ratio");
            for (Question question : QUESTIONS) latency(store, driver, server.database(), question, runs);
        }
    }

    private static void compileTimes() {
        List<GoldenCase> cases = GoldenCase.all();
        for (int i = 0; i < 2_000; i++) for (GoldenCase c : cases) COMPILER.compile(c.query());
        System.out.printf(Locale.ROOT, "%-100s %10s%n", "parse + compile (mean µs over 2000 runs)", "µs");
        for (GoldenCase c : cases) {
            long start = System.nanoTime();
            for (int i = 0; i < 2_000; i++) COMPILER.compile(c.query());
            System.out.printf(Locale.ROOT, "%-100s %10.1f%n", c.query().replace('\n', ' '),
                    (System.nanoTime() - start) / 2_000 / 1e3);
        }
    }

    /**
     * The compiled query goes through the store (rendering, typed rows included); the hand-written Cypher through
     * the same driver, reading the same records, so the ratio is what the query model costs.
     */
    private static void latency(GraphStore store, Driver driver, String database, Question question, int runs) {
        CompiledQuery compiled = COMPILER.compile(question.query());
        Map<String, Object> bound = compiled.bind(Map.of());
        Runnable ours = () -> store.run(compiled.graphQuery(), bound);
        Runnable hand = () -> {
            try (Session session = driver.session(SessionConfig.forDatabase(database))) {
                session.executeRead(tx -> tx.run(question.cypher(), question.parameters()).list());
            }
        };
        long warmUp = System.nanoTime();
        for (int i = 0; i < WARM_UP_PAIRS; i++) {
            ours.run();
            hand.run();
        }
        int measured = runsWithin(runs, (System.nanoTime() - warmUp) / WARM_UP_PAIRS);
        List<Long> oursTimes = new ArrayList<>();
        List<Long> handTimes = new ArrayList<>();
        for (int i = 0; i < measured; i++) {
            oursTimes.add(time(ours));
            handTimes.add(time(hand));
        }
        double a = median(oursTimes) / 1e6;
        double b = median(handTimes) / 1e6;
        String label = measured == runs ? question.query() : question.query() + " (" + measured + " runs)";
        System.out.printf(Locale.ROOT, "%-88s %10.2f %10.2f %7.2f%n", label, a, b, a / b);
    }

    /**
     * The runs asked for, or fewer for a question so slow that they would take over {@link #BUDGET_NANOS}: a second-long
     * question's median over 60 pairs is as steady as a millisecond one's over 300, and the run ends minutes sooner.
     */
    private static int runsWithin(int runs, long nanosPerPair) {
        long affordable = BUDGET_NANOS / Math.max(1, nanosPerPair);
        return (int) Math.max(Math.min(runs, MIN_RUNS), Math.min(runs, affordable));
    }

    private static long time(Runnable query) {
        long start = System.nanoTime();
        query.run();
        return System.nanoTime() - start;
    }

    private static double median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
