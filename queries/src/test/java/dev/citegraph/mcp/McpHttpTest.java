package dev.citegraph.mcp;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.mcp.transport.HttpOrigins;
import dev.citegraph.mcp.transport.McpHttpEndpoint;
import dev.citegraph.queries.query.GoldenGraph;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streamable-HTTP transport mounted in a plain Jetty 12 ee10 server on a loopback port, as kg serve mounts it:
 * the tool contract through the SDK's HTTP client, requests from other origins and hosts refused, and the ask tool
 * where a language model is configured.
 */
class McpHttpTest extends McpToolsContract {
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

    @TempDir
    static Path dataDir;
    private static GraphStore store;
    private static McpHttpEndpoint plain;
    private static McpHttpEndpoint withModel;
    private static Server jetty;
    private static int port;
    private static McpSyncClient client;

    @BeforeAll
    static void serve() throws Exception {
        store = GraphStores.open(StoreConfig.embedded(dataDir));
        GoldenGraph.load(store);
        PredicateVocabulary vocabulary = PredicateVocabulary.builtIn();
        plain = McpHttpEndpoint.create(new CitegraphTools(store, vocabulary, Optional.empty()), HttpOrigins.loopback());
        withModel = McpHttpEndpoint.create(new CitegraphTools(store, vocabulary,
                Optional.of(new CitegraphTools.LanguageModel(new StandInModel(), "stand-in:model"))),
                HttpOrigins.loopback(), "/ask/mcp");
        jetty = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        ServletContextHandler context = new ServletContextHandler();
        mount(context, plain, McpHttpEndpoint.PATH);
        mount(context, withModel, "/ask/mcp");
        jetty.setHandler(context);
        jetty.start();
        port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
        client = connect(McpHttpEndpoint.PATH);
    }

    private static void mount(ServletContextHandler context, McpHttpEndpoint endpoint, String path) {
        ServletHolder holder = new ServletHolder(endpoint.servlet());
        holder.setAsyncSupported(true);
        context.addServlet(holder, path);
    }

    private static McpSyncClient connect(String path) {
        McpSyncClient connected = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port)
                        .endpoint(path).build())
                .requestTimeout(Duration.ofSeconds(60))
                .enableCallToolSchemaCaching(true)
                .build();
        connected.initialize();
        return connected;
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) client.closeGracefully();
        if (plain != null) plain.close();
        if (withModel != null) withModel.close();
        if (jetty != null) jetty.stop();
        if (store != null) store.close();
    }

    @Override
    protected McpSyncClient client() {
        return client;
    }

    @Test
    void refusesARequestFromAnotherOrigin() throws Exception {
        HttpResponse<String> response = post("http://evil.example");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("serverInfo");
    }

    @Test
    void acceptsARequestFromALoopbackOrigin() throws Exception {
        HttpResponse<String> response = post("http://localhost:" + port);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"citegraph\"");
    }

    @Test
    void refusesARequestForAnotherHost() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            byte[] body = INITIALIZE.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /mcp HTTP/1.1\r\nHost: rebound.example:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json, text/event-stream\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            assertThat(status).startsWith("HTTP/1.1 421");
        }
    }

    @Test
    void theAskToolIsListedOnlyWithALanguageModelAndAnswersCitingItsFacts() {
        McpSyncClient asking = connect("/ask/mcp");
        try {
            assertThat(asking.listTools().tools()).extracting(McpSchema.Tool::name).contains("ask");
            McpSchema.CallToolResult result = asking.callTool(McpSchema.CallToolRequest.builder("ask")
                    .arguments(Map.of("question", "How many total parameters does DeepSeek-V3 have?")).build());

            assertCites(result, "deepseek-v3", "2.1", 6, "671B total parameters");
            assertThat(text(result)).startsWith("DeepSeek-V3 has 671B total parameters [1].").doesNotContain("[f-");
            assertThat(structured(result)).containsEntry("kind", "answer").containsEntry("model", "stand-in:model")
                    .containsEntry("notInDocuments", false).containsEntry("query", "facts about \"DeepSeek-V3\"");
        } finally {
            asking.closeGracefully();
        }
        assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).doesNotContain("ask");
    }

    private HttpResponse<String> post(String origin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
                .header("Origin", origin)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A language model that drafts a facts query, then answers citing the total-parameters fact it was given. */
    private static final class StandInModel implements ChatModel {
        private static final Pattern TOTAL = Pattern.compile("\\[(f-[0-9a-f]+)] DeepSeek-V3 \\| has_total_parameters");

        @Override
        public ChatResponse doChat(ChatRequest request) {
            String prompt = request.messages().toString();
            Matcher fact = TOTAL.matcher(prompt);
            String reply = fact.find() ? "DeepSeek-V3 has 671B total parameters [" + fact.group(1) + "]."
                    : "facts about \"DeepSeek-V3\"";
            return ChatResponse.builder().aiMessage(AiMessage.from(reply)).build();
        }
    }
}
