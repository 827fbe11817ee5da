package dev.citegraph.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.queries.query.GoldenGraph;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kg mcp} as chat clients run it: a child JVM launched by the SDK's stdio client, on a data directory holding
 * the golden graph. Also, read raw: standard output carries JSON-RPC messages and nothing else, and the server exits
 * cleanly when its input closes.
 */
class McpStdioTest extends McpToolsContract {
    @TempDir
    static Path dataDir;
    private static McpSyncClient client;

    @BeforeAll
    static void start() {
        GoldenGraph.storeIn(dataDir.resolve("graph"));
        client = McpClient.sync(new StdioClientTransport(ServerParameters.builder(java())
                        .args(kgMcp()).build(), McpJsonDefaults.getMapper()))
                // a child JVM starting an embedded Neo4j on a busy 2-core machine: minutes, not seconds
                .requestTimeout(Duration.ofMinutes(4))
                .initializationTimeout(Duration.ofMinutes(4))
                .enableCallToolSchemaCaching(true)
                .build();
        client.initialize();
    }

    @AfterAll
    static void stop() {
        if (client != null) client.closeGracefully();
    }

    @Override
    protected McpSyncClient client() {
        return client;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The kg main class with this test's class path, on its own data directory (one process per store). */
    private static List<String> kgMcp() {
        return kgMcp(dataDir.resolve("graph"));
    }

    private static List<String> kgMcp(Path data) {
        return List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.citegraph.cli.Kg", "mcp",
                "--data", data.toString());
    }

    @Test
    void standardOutputCarriesOnlyJsonRpcAndTheServerExitsWhenInputCloses() throws Exception {
        Path data = dataDir.resolve("raw");
        GoldenGraph.storeIn(data);
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(kgMcp(data));
        Path stderr = dataDir.resolve("raw-stderr.txt");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        CompletableFuture.runAsync(process::destroyForcibly, CompletableFuture.delayedExecutor(5, TimeUnit.MINUTES));
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
             BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                     StandardCharsets.UTF_8))) {
            in.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                    + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}\n");
            in.write("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n");
            in.write("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"query\","
                    + "\"arguments\":{\"query\":\"match \\\"DeepSeek-V3\\\" uses ?x\"}}}\n");
            in.flush();
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
                JsonNode message = json.readTree(line);
                if (message.path("id").asInt() == 2) break;
            }
        }
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("kg mcp exits when its input closes").isTrue();
        assertThat(process.exitValue()).as(Files.readString(stderr)).isZero();
        assertThat(lines).isNotEmpty().allSatisfy(line ->
                assertThat(json.readTree(line).path("jsonrpc").asText()).as(line).isEqualTo("2.0"));
        assertThat(lines.get(lines.size() - 1)).contains(FP8_CITATION.replace("\"", "\\\""));
        assertThat(Files.readString(stderr)).contains("kg mcp: serving the graph over stdio");
    }
}
