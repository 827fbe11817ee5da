package dev.citegraph.extractor.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.citegraph.extractor.extract.CandidateFact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One section part through a real HTTP exchange with a server speaking the OpenAI chat-completions protocol. */
class OpenAiChunkExtractionTest {

    static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(30));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path cacheDir;

    private final ModelServer server = new ModelServer(ModelServer.Protocol.OPENAI);
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsInstructionsAndTheSectionVerbatimWithTablesAndAJsonSchema() throws Exception {
        server.answers(server.ok(Fixtures.answer("qwen3-think-then-fenced.txt"), 812, 96));

        ChunkOutcome outcome = extractor(server.settings(cacheDir)).extract(Fixtures.costChunk());

        JsonNode request = JSON.readTree(server.requests().get(0).getBodyAsString());
        assertThat(request.at("/model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(request.at("/messages/0/role").asText()).isEqualTo("system");
        assertThat(request.at("/messages/0/content").asText()).isEqualTo(ExtractionPrompt.INSTRUCTIONS);
        String user = request.at("/messages/1/content").asText();
        assertThat(user).contains(Fixtures.COST_TEXT)
                .contains("Table 1: Training costs of DeepSeek-V3")
                .contains("in USD $5.328M $0.238M $0.01M $5.576M");
        assertThat(request.at("/response_format/type").asText()).isEqualTo("json_schema");
        assertThat(request.at("/response_format/json_schema/schema/required/0").asText()).isEqualTo("facts");
        assertThat(server.requests().get(0).getHeader("Authorization")).isEqualTo("Bearer sk-test");

        assertThat(outcome).isInstanceOfSatisfying(ChunkOutcome.Extracted.class, extracted -> {
            assertThat(extracted.facts()).extracting(CandidateFact::object)
                    .containsExactly("180K H800 GPU hours", "2.788M GPU hours");
            assertThat(extracted.cached()).isFalse();
            assertThat(extracted.calls()).isEqualTo(1);
            assertThat(extracted.tokens()).isEqualTo(new TokenCount(812, 96, 0));
        });
    }

    @Test
    void asksOnceMoreWithTheParseErrorWhenTheAnswerIsCutOff() throws Exception {
        server.answers(server.ok(Fixtures.answer("truncated-json.txt"), 800, 4096),
                server.ok(Fixtures.answer("llama-prose-around-json.txt"), 900, 120));

        ChunkOutcome outcome = extractor(server.settings(cacheDir)).extract(Fixtures.costChunk());

        JsonNode retry = JSON.readTree(server.requests().get(1).getBodyAsString());
        assertThat(retry.at("/messages/2/role").asText()).isEqualTo("assistant");
        assertThat(retry.at("/messages/3/content").asText()).contains("the JSON is cut off before it ends");
        assertThat(outcome).isInstanceOfSatisfying(ChunkOutcome.Extracted.class, extracted -> {
            assertThat(extracted.facts()).hasSize(2);
            assertThat(extracted.calls()).isEqualTo(2);
            assertThat(extracted.tokens()).isEqualTo(new TokenCount(1700, 4216, 0));
        });
    }

    @Test
    void recordsTheSectionAsFailedWhenTheAnswerIsUnreadableTwice() {
        server.answers(server.ok(Fixtures.answer("r1-unclosed-think.txt"), 800, 4096));

        ChunkOutcome outcome = extractor(server.settings(cacheDir)).extract(Fixtures.costChunk());

        assertThat(server.requests()).hasSize(2);
        assertThat(outcome).isInstanceOfSatisfying(ChunkOutcome.Failed.class, failed -> assertThat(failed.reason())
                .isEqualTo("unreadable answer, also when asked again: the answer ended inside its reasoning block;"
                        + " no JSON followed"));
    }

    @Test
    void waitsAsLongAsRetryAfterSaysOnA429() {
        server.answers(ModelServer.rateLimited("7"), server.ok(Fixtures.answer("single-fact-object.txt"), 10, 10));

        ChunkOutcome outcome = extractor(server.settings(cacheDir)).extract(Fixtures.costChunk());

        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(outcome).isInstanceOf(ChunkOutcome.Extracted.class);
    }

    @Test
    void backsOffAndRetriesServerErrors() {
        server.answers(ModelServer.status(500, "{\"error\":{\"message\":\"The server had an error while processing "
                        + "your request. Sorry about that!\",\"type\":\"server_error\"}}"),
                ModelServer.status(503, "{\"error\":{\"message\":\"The engine is currently overloaded\"}}"),
                server.ok(Fixtures.answer("single-fact-object.txt"), 10, 10));

        ChunkOutcome outcome = extractor(server.settings(cacheDir)).extract(Fixtures.costChunk());

        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(outcome).isInstanceOf(ChunkOutcome.Extracted.class);
    }

    @Test
    void retriesACallThatTimesOut() {
        server.answers(server.slow(Fixtures.answer("single-fact-object.txt"), Duration.ofMillis(1500)),
                server.ok(Fixtures.answer("single-fact-object.txt"), 10, 10));

        ChunkOutcome outcome = extractor(server.settings(cacheDir).withTimeout(Duration.ofMillis(400)))
                .extract(Fixtures.costChunk());

        assertThat(sleeps).hasSize(1);
        assertThat(outcome).isInstanceOf(ChunkOutcome.Extracted.class);
    }

    @Test
    void retriesWhenTheConnectionIsResetMidway() {
        server.answers(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER),
                server.ok(Fixtures.answer("single-fact-object.txt"), 10, 10));

        ChunkOutcome outcome = extractor(server.settings(cacheDir)).extract(Fixtures.costChunk());

        assertThat(sleeps).containsExactly(Duration.ofMillis(100));
        assertThat(outcome).isInstanceOf(ChunkOutcome.Extracted.class);
    }

    @Test
    void recordsTheSectionAsFailedWhenRetriesAreSpent() {
        server.answers(ModelServer.status(500, "{\"error\":{\"message\":\"internal error\"}}"));

        ChunkOutcome outcome = extractor(server.settings(cacheDir)).extract(Fixtures.costChunk());

        assertThat(server.requests()).hasSize(FAST.maxAttempts());
        assertThat(outcome).isInstanceOfSatisfying(ChunkOutcome.Failed.class,
                failed -> assertThat(failed.reason()).startsWith("HTTP 500: "));
    }

    @Test
    void asksWithoutTheSchemaWhenTheServerRefusesIt() throws Exception {
        server.answers(ModelServer.status(400, "{\"error\":{\"message\":\"'response_format.type' must be "
                        + "'json_object' or 'text'\",\"type\":\"invalid_request_error\"}}"),
                server.ok(Fixtures.answer("single-fact-object.txt"), 10, 10));
        ChunkExtractor extractor = extractor(server.settings(cacheDir));

        ChunkOutcome outcome = extractor.extract(Fixtures.costChunk());

        assertThat(JSON.readTree(server.requests().get(1).getBodyAsString()).has("response_format")).isFalse();
        assertThat(outcome).isInstanceOf(ChunkOutcome.Extracted.class);
    }

    @Test
    void stopsTheRunWhenTheServerCannotBeReached() {
        LlmSettings nowhere = server.settings(cacheDir).withBaseUrl("http://127.0.0.1:" + freePort() + "/v1");

        assertThatThrownBy(() -> extractor(nowhere).extract(Fixtures.costChunk()))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageStartingWith("cannot reach the model server at http://127.0.0.1:")
                .hasMessageEndingWith("(check OPENAI_BASE_URL or --llm-base-url)");
    }

    @Test
    void stopsTheRunWhenTheKeyIsRefused() {
        server.answers(ModelServer.status(401, "{\"error\":{\"message\":\"Incorrect API key provided: sk-test.\","
                + "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));

        assertThatThrownBy(() -> extractor(server.settings(cacheDir)).extract(Fixtures.costChunk()))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("refused the API key");
    }

    @Test
    void answersAnUnchangedSectionFromTheCacheAndAChangedOneFromTheModel() {
        server.answers(server.ok(Fixtures.answer("qwen3-think-then-fenced.txt"), 812, 96));
        LlmSettings settings = server.settings(cacheDir);
        extractor(settings).extract(Fixtures.costChunk());

        ChunkOutcome again = extractor(settings).extract(Fixtures.costChunk());
        SectionChunk edited = new SectionChunk(Fixtures.V3.title(), Fixtures.costSection(), 1, 1,
                Fixtures.COST_TEXT.replace("Lastly", "Finally"), List.of(Fixtures.COST_TABLE));
        ChunkOutcome changed = extractor(settings).extract(edited);

        assertThat(again).isInstanceOfSatisfying(ChunkOutcome.Extracted.class, extracted -> {
            assertThat(extracted.cached()).isTrue();
            assertThat(extracted.calls()).isZero();
            assertThat(extracted.facts()).hasSize(2);
        });
        assertThat(changed).isInstanceOfSatisfying(ChunkOutcome.Extracted.class,
                extracted -> assertThat(extracted.cached()).isFalse());
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void keysTheCacheByModelSoAnotherModelAsksAgain() {
        server.answers(server.ok(Fixtures.answer("single-fact-object.txt"), 10, 10));
        LlmSettings settings = server.settings(cacheDir);
        extractor(settings).extract(Fixtures.costChunk());

        LlmSettings other = new LlmSettings(new LlmSpec(LlmProvider.OPENAI, "gpt-4o"), settings.baseUrl(),
                settings.apiKey(), settings.timeout(), 1, true, cacheDir);
        extractor(other).extract(Fixtures.costChunk());

        assertThat(server.requests()).hasSize(2);
    }

    private ChunkExtractor extractor(LlmSettings settings) {
        RetryingChat chat = new RetryingChat(ChatModels.create(settings), FAST, sleeps::add);
        return new ChunkExtractor(settings, chat, ExtractionCache.at(settings.cacheDir()));
    }

    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
