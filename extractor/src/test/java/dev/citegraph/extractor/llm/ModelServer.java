package dev.citegraph.extractor.llm;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A model server on 127.0.0.1 speaking the OpenAI chat-completions or the Ollama {@code /api/chat} protocol, answering
 * a scripted sequence of responses (the last one repeats), with bodies shaped like those real servers send.
 */
final class ModelServer implements AutoCloseable {

    enum Protocol { OPENAI, OLLAMA, ANTHROPIC }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WireMockServer server;
    private final Protocol protocol;

    ModelServer(Protocol protocol) {
        this.protocol = protocol;
        this.server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    String baseUrl() {
        return protocol == Protocol.OLLAMA ? server.baseUrl() : server.baseUrl() + "/v1";
    }

    /** Settings for this server; the timeout is generous because test machines can be heavily loaded. */
    LlmSettings settings(Path cacheDir) {
        LlmSpec spec = switch (protocol) {
            case OPENAI -> new LlmSpec(LlmProvider.OPENAI, "gpt-4o-mini");
            case OLLAMA -> new LlmSpec(LlmProvider.OLLAMA, "qwen3:14b");
            case ANTHROPIC -> new LlmSpec(LlmProvider.ANTHROPIC, "claude-sonnet-4-5");
        };
        return new LlmSettings(spec, baseUrl(), protocol == Protocol.OLLAMA ? null : "sk-test",
                Duration.ofSeconds(30), 2, true, cacheDir);
    }

    /** Answers the given responses in turn, the last one for every further call. */
    void answers(ResponseDefinitionBuilder... responses) {
        server.resetAll();
        for (int i = 0; i < responses.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "call " + (i + 1);
            var mapping = WireMock.post(path()).inScenario("calls").whenScenarioStateIs(state);
            if (i < responses.length - 1) mapping = mapping.willSetStateTo("call " + (i + 2));
            server.stubFor(mapping.willReturn(responses[i]));
        }
    }

    /** Answers {@code response} whenever the user message contains {@code text}: for parts asked concurrently. */
    void answerWhenAsked(String text, ResponseDefinitionBuilder response) {
        server.stubFor(WireMock.post(path()).withRequestBody(WireMock.containing(text)).willReturn(response));
    }

    /** A successful answer whose message content is {@code content}, with token counts as the server reports them. */
    ResponseDefinitionBuilder ok(String content, int promptTokens, int completionTokens) {
        return WireMock.aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(switch (protocol) {
                    case OPENAI -> openAiBody(content, promptTokens, completionTokens);
                    case OLLAMA -> ollamaBody(content, promptTokens, completionTokens);
                    case ANTHROPIC -> anthropicBody(content, promptTokens, completionTokens);
                });
    }

    static ResponseDefinitionBuilder status(int status, String body) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder rateLimited(String retryAfter) {
        return status(429, "{\"error\":{\"message\":\"Rate limit reached for gpt-4o-mini in organization org-x on "
                + "requests per min (RPM): Limit 3, Used 3, Requested 1.\",\"type\":\"requests\","
                + "\"param\":null,\"code\":\"rate_limit_exceeded\"}}").withHeader("Retry-After", retryAfter);
    }

    ResponseDefinitionBuilder slow(String content, Duration delay) {
        return ok(content, 10, 10).withFixedDelay((int) delay.toMillis());
    }

    List<LoggedRequest> requests() {
        return server.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo(path())));
    }

    int port() {
        return server.port();
    }

    private String path() {
        return switch (protocol) {
            case OPENAI -> "/v1/chat/completions";
            case OLLAMA -> "/api/chat";
            case ANTHROPIC -> "/v1/messages";
        };
    }

    private static String openAiBody(String content, int promptTokens, int completionTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-AY3kQ2c7").put("object", "chat.completion").put("created", 1764363600)
                .put("model", "gpt-4o-mini-2024-07-18").put("system_fingerprint", "fp_0ba0d124f1");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return root.toString();
    }

    private static String anthropicBody(String content, int inputTokens, int outputTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "msg_01XFDUDYJgAACzvnptvVoYEL").put("type", "message").put("role", "assistant")
                .put("model", "claude-sonnet-4-5-20250929");
        root.putArray("content").addObject().put("type", "text").put("text", content);
        root.put("stop_reason", "end_turn").putNull("stop_sequence");
        root.putObject("usage").put("input_tokens", inputTokens).put("output_tokens", outputTokens);
        return root.toString();
    }

    private static String ollamaBody(String content, int promptTokens, int completionTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", "qwen3:14b").put("created_at", "2026-11-28T21:40:12.184915Z");
        root.putObject("message").put("role", "assistant").put("content", content);
        root.put("done_reason", "stop").put("done", true).put("total_duration", 9_480_120_458L)
                .put("load_duration", 21_349_875L).put("prompt_eval_count", promptTokens)
                .put("prompt_eval_duration", 812_000_000L).put("eval_count", completionTokens)
                .put("eval_duration", 8_600_000_000L);
        return root.toString();
    }

    @Override
    public void close() {
        server.stop();
    }
}
