package dev.citegraph.cli;

import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import dev.citegraph.mcp.transport.McpHttpEndpoint;
import dev.citegraph.queries.query.GoldenGraph;
import dev.citegraph.queries.serve.ServerFile;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** kg serve as a process: prints its URL when ready, serves, stops cleanly on SIGTERM; one-line start errors. */
class ServeProcessTest {

    @Test
    void kgServeAnswersOverHttpAndMcpThenStopsOnSigtermLeavingNoLockAndNoFile(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        GoldenGraph.storeIn(data);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                Kg.class.getName(), "serve", "--data", data.toString(), "--port", "0")
                .redirectError(dir.resolve("serve.err").toFile()).start();
        try {
            BlockingQueue<String> lines = ProcessLines.of(process);
            String ready = lines.poll(3, TimeUnit.MINUTES);
            assertThat(ready).as("kg serve's first line").isNotNull()
                    .startsWith("citegraph serving " + data.toAbsolutePath().normalize() + " at http://127.0.0.1:");
            URI url = URI.create(ready.replaceAll(".* at (http://[^ ]+)/api/v1 .*", "$1"));
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    url.resolve("/api/v1/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            try (McpSyncClient mcp = McpClient.sync(HttpClientStreamableHttpTransport.builder(url.toString())
                    .endpoint(McpHttpEndpoint.PATH).build()).requestTimeout(Duration.ofSeconds(60)).build()) {
                mcp.initialize();
                McpSchema.CallToolResult documents = mcp.callTool(
                        McpSchema.CallToolRequest.builder("list_documents").arguments(Map.of()).build());
                assertThat(documents.isError()).as("MCP on kg serve: %s", documents.content()).isNotEqualTo(true);
                assertThat(documents.content().toString()).contains("deepseek-v3");
            }

            KgRun query = KgRun.of("query", "show documents", "--data", data.toString());
            assertThat(query.exitCode()).as(query.err()).isZero();
            assertThat(query.out()).contains("deepseek-v2").contains("deepseek-v3");

            KgRun second = KgRun.of("serve", "--data", data.toString(), "--port", "0");
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.errLines()).singleElement().asString().startsWith("error: kg serve (process "
                    + process.pid() + ") already serves ");

            process.destroy();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("stopped within 2 minutes").isTrue();
            assertThat(ServerFile.of(data)).doesNotExist();
            GraphStores.open(StoreConfig.embedded(data)).close();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aTakenPortAndABadUriAreOneLineErrors(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            KgRun run = KgRun.of("serve", "--data", dir.resolve("data").toString(), "--port",
                    Integer.toString(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly("error: port " + taken.getLocalPort()
                    + " on 127.0.0.1 is in use (or not allowed); stop what listens there or choose another with --port N");
            assertThat(ServerFile.of(dir.resolve("data"))).doesNotExist();
            GraphStores.open(StoreConfig.embedded(dir.resolve("data"))).close();
        }
        KgRun badUri = KgRun.of("serve", "--neo4j", "ftp://nowhere:7687");
        assertThat(badUri.exitCode()).isEqualTo(1);
        assertThat(badUri.errLines()).hasSize(1);
        assertThat(badUri.errLines().get(0)).startsWith("error: ");
        KgRun wide = KgRun.of("serve", "--data", dir.resolve("data").toString(), "--bind", "0.0.0.0");
        assertThat(wide.exitCode()).isEqualTo(1);
        assertThat(wide.errLines()).singleElement().asString().contains("needs a bearer token");
    }
}
