package dev.citegraph.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.store.StoreConfig;
import dev.citegraph.graph.store.StoreStats;
import dev.citegraph.queries.serve.ServerFile;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A kg command's way to a {@code kg serve} that holds its data directory: instead of failing on the store's lock, the
 * command asks the server, which answers with the same renderings the command would print. Found through the
 * server's {@link ServerFile}; a file left by a server that is gone is ignored.
 */
final class ServerClient {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Duration CONNECT = Duration.ofSeconds(2);
    // Nothing listening refuses a connection at once; a server that accepted it is alive, only slow when the machine
    // is loaded, and falling back to the store it holds would only fail on the lock.
    private static final Duration HEALTH = Duration.ofSeconds(30);

    private final ServerFile server;
    private final Path dataDir;
    private final HttpClient http;

    private ServerClient(ServerFile server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT).build();
    }

    /** The server holding the embedded store of {@code config}, when one is running and answers. */
    static Optional<ServerClient> forStore(StoreConfig config) {
        if (!config.isEmbedded()) return Optional.empty();
        Optional<ServerFile> file = ServerFile.read(config.dataDir());
        if (file.isEmpty() || !file.get().processAlive()) return Optional.empty();
        ServerClient client = new ServerClient(file.get(), config.dataDir().toAbsolutePath().normalize());
        return client.answers() ? Optional.of(client) : Optional.empty();
    }

    private boolean answers() {
        try {
            HttpResponse<String> response = http.send(request("/health").timeout(HEALTH).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String query(String query, Map<String, String> parameters, boolean includeRejected, String format) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("parameters", parameters);
        body.put("includeRejected", includeRejected);
        return text(post("/query?format=" + encode(format), body));
    }

    String compare(List<String> names, List<String> on, String format) {
        return text(post("/compare?format=" + encode(format), Map.of("names", names, "on", on)));
    }

    String ask(String question, boolean useModel, boolean log, String format) {
        return text(post("/ask?format=" + encode(format), Map.of("question", question, "useModel", useModel,
                "log", log)));
    }

    String review(String documentId, String reasonCode, int limit) {
        StringBuilder path = new StringBuilder("/review?format=text&limit=").append(limit);
        if (documentId != null) path.append("&document=").append(encode(documentId));
        if (reasonCode != null) path.append("&reason=").append(encode(reasonCode));
        return text(send(request(path.toString()).GET().build()));
    }

    StoreStats stats() {
        JsonNode stats = json(send(request("/stats").GET().build()));
        Map<FactStatus, Long> byStatus = new EnumMap<>(FactStatus.class);
        for (FactStatus status : FactStatus.values()) {
            byStatus.put(status, stats.path("factsByStatus").path(status.name().toLowerCase(Locale.ROOT)).asLong());
        }
        return new StoreStats(stats.path("documents").asLong(), stats.path("sections").asLong(),
                stats.path("entities").asLong(), stats.path("citations").asLong(), byStatus);
    }

    /** The whole graph in an exchange format, with how many documents and facts it holds. */
    record Export(byte[] content, int documents, long facts) {
    }

    Export export(String format) {
        HttpResponse<byte[]> response = send(request("/export?format=" + encode(format)).GET().build());
        return new Export(response.body(),
                Integer.parseInt(response.headers().firstValue("Citegraph-Documents").orElse("0")),
                Long.parseLong(response.headers().firstValue("Citegraph-Facts").orElse("0")));
    }

    private HttpResponse<byte[]> post(String path, Object body) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("request not writable as JSON", e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1" + path))
                .timeout(Duration.ofMinutes(10));
        if (server.token() != null) builder.header("Authorization", "Bearer " + server.token());
        return builder;
    }

    /** Sends; a problem answer becomes the UserException it describes, as if the command had met it itself. */
    private HttpResponse<byte[]> send(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw gone(e);
        } catch (IOException e) {
            throw new UserException("kg serve at " + server.url() + " (holding " + dataDir + ") did not answer: "
                    + e.getMessage() + "; check it is still running", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted while waiting for kg serve at " + server.url(), e);
        }
        if (response.statusCode() / 100 == 2) return response;
        String detail = detail(response);
        if (response.statusCode() >= 500) {
            throw new UserException("kg serve at " + server.url() + " failed: " + detail);
        }
        throw new UserException(detail);
    }

    private UserException gone(IOException e) {
        return new UserException("kg serve at " + server.url() + " (holding " + dataDir + ") stopped answering; "
                + "run the command again", e);
    }

    private static String detail(HttpResponse<byte[]> response) {
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.hasNonNull("detail")) return problem.get("detail").asText();
        } catch (IOException e) {
            // not a problem document: say what came
        }
        return "HTTP " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8).strip();
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UserException("kg serve answered with JSON citegraph cannot read: " + e.getMessage(), e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
