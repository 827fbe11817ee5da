package dev.citegraph.queries.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.mcp.transport.McpHttpEndpoint;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Warm latency of one question asked of a running kg serve three ways, alternating in one run: the query language over
 * HTTP ({@code POST /api/v1/query}), the same query through the MCP {@code query} tool (the SDK's client over
 * streamable HTTP), and the same question as hand-written Cypher over the server's open Bolt port (the Java driver).
 * Each way gets a fresh warm-up, then {@code runs} rounds; p50 and p95 in ms. Arguments: the data directory of a
 * {@code kg serve --bolt} (its serve.json names URL, Bolt URI and password), runs, the query, the Cypher, then the
 * Cypher's string parameters as name=value. Run by bench/serve-latency.sh.
 */
public final class ServeLatencyBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARM_UP = 30;

    private ServeLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<?, ?> serve = JSON.readValue(Files.readAllBytes(Path.of(args[0], "serve.json")), Map.class);
        int runs = Integer.parseInt(args[1]);
        String query = args[2];
        String cypher = args[3];
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 4; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            parameters.put(pair[0], pair[1]);
        }
        URI url = URI.create((String) serve.get("url"));
        Map<?, ?> bolt = (Map<?, ?>) serve.get("bolt");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/api/v1/query"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))).build();
        try (McpSyncClient mcp = McpClient.sync(HttpClientStreamableHttpTransport.builder(url.toString())
                .endpoint(McpHttpEndpoint.PATH).build()).requestTimeout(Duration.ofMinutes(2)).build();
             Driver driver = GraphDatabase.driver((String) bolt.get("uri"),
                     AuthTokens.basic((String) bolt.get("user"), (String) bolt.get("password")))) {
            mcp.initialize();
            McpSchema.CallToolRequest call = McpSchema.CallToolRequest.builder("query")
                    .arguments(Map.of("query", query)).build();
            Map<String, Supplier<Integer>> ways = new LinkedHashMap<>();
            ways.put("HTTP POST /api/v1/query", () -> {
                HttpResponse<String> response = send(http, request);
                if (response.statusCode() != 200) throw new IllegalStateException(response.body());
                return response.body().length();
            });
            ways.put("MCP tool query (SDK client)", () -> {
                McpSchema.CallToolResult result = mcp.callTool(call);
                if (Boolean.TRUE.equals(result.isError())) throw new IllegalStateException(result.content().toString());
                return result.content().size();
            });
            ways.put("hand-written Cypher over Bolt", () -> {
                try (Session session = driver.session()) {
                    return session.executeRead(tx -> tx.run(cypher, parameters).list()).size();
                }
            });
            Map<String, List<Long>> times = new LinkedHashMap<>();
            ways.forEach((name, way) -> {
                for (int i = 0; i < WARM_UP; i++) way.get();
                times.put(name, new ArrayList<>());
            });
            for (int r = 0; r < runs; r++) {
                for (Map.Entry<String, Supplier<Integer>> way : ways.entrySet()) {
                    long start = System.nanoTime();
                    way.getValue().get();
                    times.get(way.getKey()).add(System.nanoTime() - start);
                }
            }
            System.out.printf(Locale.ROOT, "%-32s %9s %9s   (%d runs each, alternating; %s)%n", "way", "p50 ms",
                    "p95 ms", runs, query);
            times.forEach((name, list) -> System.out.printf(Locale.ROOT, "%-32s %9.2f %9.2f%n", name,
                    percentile(list, 50), percentile(list, 95)));
        }
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
