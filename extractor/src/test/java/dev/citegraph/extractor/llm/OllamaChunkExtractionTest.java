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

/** One section part through a real HTTP exchange with a server speaking Ollama's {@code /api/chat} protocol. */
class OllamaChunkExtractionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path cacheDir;

    private final ModelServer server = new ModelServer(ModelServer.Protocol.OLLAMA);
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsTheSchemaAsFormatAndReadsAnAnswerThatThinksFirst() throws Exception {
        server.answers(server.ok(Fixtures.answer("qwen3-think-then-fenced.txt"), 1234, 310));

        ChunkOutcome outcome = extractor(server.settings(cacheDir)).extract(Fixtures.costChunk());

        JsonNode request = JSON.readTree(server.requests().get(0).getBodyAsString());
        assertThat(request.at("/model").asText()).isEqualTo("qwen3:14b");
        assertThat(request.at("/stream").asBoolean()).isFalse();
        assertThat(request.at("/format/type").asText()).isEqualTo("object");
        assertThat(request.at("/format/properties/facts/type").asText()).isEqualTo("array");
        assertThat(request.at("/options/num_ctx").asInt()).isEqualTo(ChatModels.OLLAMA_CONTEXT);
        assertThat(request.at("/messages/1/content").asText()).contains(Fixtures.COST_TEXT);
        assertThat(outcome).isInstanceOfSatisfying(ChunkOutcome.Extracted.class, extracted -> {
            assertThat(extracted.facts()).extracting(CandidateFact::predicate)
                    .containsExactly("gpu_hours_per_trillion_tokens", "training_cost");
            assertThat(extracted.tokens()).isEqualTo(new TokenCount(1234, 310, 0));
        });
    }

    @Test
    void retriesWhenOllamaFailsWhileLoadingTheModel() {
        server.answers(ModelServer.status(500, "{\"error\":\"llama runner process has terminated: signal: killed\"}"),
                server.ok(Fixtures.answer("llama-prose-around-json.txt"), 900, 120));

        ChunkOutcome outcome = extractor(server.settings(cacheDir)).extract(Fixtures.costChunk());

        assertThat(sleeps).hasSize(1);
        assertThat(outcome).isInstanceOf(ChunkOutcome.Extracted.class);
    }

    @Test
    void namesTheModelWhenOllamaDoesNotHaveIt() {
        server.answers(ModelServer.status(404, "{\"error\":\"model \\\"qwen3:14b\\\" not found, try pulling it "
                + "first\"}"));

        assertThatThrownBy(() -> extractor(server.settings(cacheDir)).extract(Fixtures.costChunk()))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("does not know model 'qwen3:14b'");
    }

    @Test
    void tellsToStartOllamaWhenNothingListens() {
        LlmSettings nowhere = server.settings(cacheDir)
                .withBaseUrl("http://127.0.0.1:" + OpenAiChunkExtractionTest.freePort());

        assertThatThrownBy(() -> extractor(nowhere).extract(Fixtures.costChunk()))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageEndingWith("(is Ollama running? set OLLAMA_HOST or --llm-base-url)");
    }

    private ChunkExtractor extractor(LlmSettings settings) {
        RetryingChat chat = new RetryingChat(ChatModels.create(settings), OpenAiChunkExtractionTest.FAST, sleeps::add);
        return new ChunkExtractor(settings, chat, ExtractionCache.at(settings.cacheDir()));
    }
}
