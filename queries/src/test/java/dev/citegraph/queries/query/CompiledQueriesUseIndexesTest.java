package dev.citegraph.queries.query;

import dev.citegraph.dsl.CompiledQuery;
import dev.citegraph.dsl.GoldenCase;
import dev.citegraph.dsl.QueryCompiler;
import dev.citegraph.graph.query.GraphQuery;
import dev.citegraph.graph.neo4j.EmbeddedNeo4j;
import dev.citegraph.graph.neo4j.Neo4jConnections;
import dev.citegraph.graph.neo4j.Neo4jGraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neo4j's EXPLAIN of every compiled golden query (but the {@code show} listings, which read everything by design)
 * starts from an index and never scans a label or all nodes. Queries anchored on a name seek the Name index; those
 * anchored only on a predicate read the predicate index, by seek or, where the planner's statistics of a small
 * graph favour it, by scanning that index. This test alone in the queries module speaks to
 * the driver: the plan is not part of the GraphStore contract.
 */
class CompiledQueriesUseIndexesTest {
    @TempDir
    static Path dataDir;
    private static EmbeddedNeo4j server;
    private static Driver driver;
    private static Neo4jGraphStore store;

    @BeforeAll
    static void load() {
        server = EmbeddedNeo4j.start(dataDir);
        driver = Neo4jConnections.embedded(server);
        store = new Neo4jGraphStore(driver, server.database(), server);
        GoldenGraph.load(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<GoldenCase> cases() {
        QueryCompiler compiler = new QueryCompiler(PredicateVocabulary.builtIn());
        return GoldenCase.all().stream()
                .filter(c -> !(compiler.compile(c.query()).graphQuery() instanceof GraphQuery.Listing)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void startsFromAnIndex(GoldenCase golden) {
        CompiledQuery compiled = new QueryCompiler(PredicateVocabulary.builtIn()).compile(golden.query());
        Map<String, Object> parameters = compiled.bind(parameters(golden));
        List<String> operators = new ArrayList<>();
        try (var session = driver.session(SessionConfig.forDatabase(server.database()))) {
            collect(session.run("EXPLAIN " + compiled.cypher(), parameters).consume().plan(), operators);
        }
        assertThat(operators).as(String.join(" / ", operators))
                .anyMatch(o -> o.contains("IndexSeek") || o.contains("NodeIndexScan"))
                .noneMatch(o -> o.contains("LabelScan") || o.contains("AllNodesScan"));
    }

    private static void collect(org.neo4j.driver.summary.Plan plan, List<String> operators) {
        operators.add(plan.operatorType());
        plan.children().forEach(child -> collect(child, operators));
    }

    private static Map<String, String> parameters(GoldenCase golden) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String line : golden.section("params").lines().toList()) {
            int eq = line.indexOf('=');
            if (eq > 0) parameters.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return parameters;
    }
}
