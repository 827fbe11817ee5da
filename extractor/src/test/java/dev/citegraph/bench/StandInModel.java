package dev.citegraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A model server on 127.0.0.1 speaking the OpenAI chat-completions protocol, whose answers come from a function of
 * the user message, after a fixed latency. Every request is served on its own thread, as a real server serves
 * concurrent requests. Token counts in its answers are characters / 4 (it has no tokenizer).
 */
public final class StandInModel implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Function<String, String> answerer;
    private final Duration latency;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    public StandInModel(Function<String, String> answerer, Duration latency) throws IOException {
        // The JDK server writes headers and body separately; with Nagle's algorithm and delayed ACKs that adds about
        // 40 ms to every answer, a delay of the stand-in, not of the client under measurement.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.answerer = answerer;
        this.latency = latency;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public int requests() {
        return requests.get();
    }

    /** The most requests the server was answering at one moment. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    public void resetPeak() {
        maxInFlight.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            requests.incrementAndGet();
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            String user = "";
            int promptChars = 0;
            for (JsonNode message : request.get("messages")) {
                String content = message.path("content").asText();
                promptChars += content.length();
                if (message.path("role").asText().equals("user")) user = content;
            }
            sleep(latency);
            String answer = answerer.apply(user);
            byte[] body = completion(request.path("model").asText(), answer, promptChars)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static String completion(String model, String answer, int promptChars) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-standin").put("object", "chat.completion").put("created", 1764363600)
                .put("model", model);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", answer);
        int prompt = (promptChars + 3) / 4;
        int completion = (answer.length() + 3) / 4;
        root.putObject("usage").put("prompt_tokens", prompt).put("completion_tokens", completion)
                .put("total_tokens", prompt + completion);
        return root.toString();
    }

    private static void sleep(Duration latency) {
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
