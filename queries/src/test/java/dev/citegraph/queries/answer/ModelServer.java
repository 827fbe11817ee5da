package dev.citegraph.queries.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.citegraph.extractor.llm.ChatModels;
import dev.citegraph.extractor.llm.LlmSettings;
import dev.citegraph.extractor.llm.LlmSpec;
import dev.langchain4j.model.chat.ChatModel;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A model server on 127.0.0.1 speaking the OpenAI or Ollama chat protocol, answering with the bodies real models
 * send (reasoning preambles included), chosen by what the request contains. Chat models are built the way citegraph
 * builds them ({@link ChatModels}).
 */
public final class ModelServer implements AutoCloseable {
    public enum Protocol { OPENAI, OLLAMA }

    /** What the query-drafting request says, so a stub can answer it and not the answer-writing one. */
    public static final String QUERY_REQUEST = "translate a question about technical reports";
    /** What the answer-writing request says. */
    public static final String ANSWER_REQUEST = "using only the facts given below";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final WireMockServer server;
    private final Protocol protocol;

    public ModelServer(Protocol protocol) {
        this.protocol = protocol;
        this.server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    public WireMockServer wireMock() {
        return server;
    }

    public ChatModel chatModel() {
        String base = "http://127.0.0.1:" + server.port() + (protocol == Protocol.OPENAI ? "/v1" : "");
        LlmSpec spec = LlmSpec.parse(label());
        return ChatModels.create(new LlmSettings(spec, base, protocol == Protocol.OPENAI ? "test-key" : null,
                Duration.ofSeconds(20), 1, true, null));
    }

    public String label() {
        return protocol == Protocol.OPENAI ? "openai:qwen3-8b" : "ollama:qwen3:8b";
    }

    /** Answers every request containing all of {@code fragments} with {@code content} as the assistant message. */
    public void reply(String content, String... fragments) {
        MappingBuilder mapping = post(urlEqualTo(protocol == Protocol.OPENAI ? "/v1/chat/completions" : "/api/chat"));
        for (String fragment : fragments) mapping = mapping.withRequestBody(containing(fragment));
        server.stubFor(mapping.willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body(content))));
    }

    private String body(String content) {
        Map<String, Object> message = Map.of("role", "assistant", "content", content);
        Map<String, Object> body = new LinkedHashMap<>();
        if (protocol == Protocol.OPENAI) {
            body.put("id", "chatcmpl-7f3a");
            body.put("object", "chat.completion");
            body.put("created", 1764363600);
            body.put("model", "qwen3-8b");
            body.put("choices", List.of(Map.of("index", 0, "message", message, "finish_reason", "stop")));
            body.put("usage", Map.of("prompt_tokens", 812, "completion_tokens", 96, "total_tokens", 908));
        } else {
            body.put("model", "qwen3:8b");
            body.put("created_at", "2026-11-28T21:40:00.000Z");
            body.put("message", message);
            body.put("done", true);
            body.put("done_reason", "stop");
            body.put("total_duration", 5_191_566_416L);
            body.put("prompt_eval_count", 812);
            body.put("eval_count", 96);
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
