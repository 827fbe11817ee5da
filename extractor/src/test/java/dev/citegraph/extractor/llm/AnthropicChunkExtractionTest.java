package dev.citegraph.extractor.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** One section part through a real HTTP exchange with a server speaking Anthropic's messages protocol. */
class AnthropicChunkExtractionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path cacheDir;

    private final ModelServer server = new ModelServer(ModelServer.Protocol.ANTHROPIC);
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsTheKeyAndInstructionsAndReadsProseWrappedJson() throws Exception {
        server.answers(server.ok(Fixtures.answer("llama-prose-around-json.txt"), 1050, 140));
        LlmSettings settings = server.settings(cacheDir);

        ChunkOutcome outcome = new ChunkExtractor(settings,
                new RetryingChat(ChatModels.create(settings), OpenAiChunkExtractionTest.FAST, sleeps::add),
                ExtractionCache.at(cacheDir)).extract(Fixtures.costChunk());

        var request = server.requests().get(0);
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(request.getHeader("x-api-key")).isEqualTo("sk-test");
        assertThat(body.at("/system").toString()).contains("You extract facts from one section");
        assertThat(body.at("/max_tokens").asInt()).isEqualTo(ChatModels.ANTHROPIC_MAX_TOKENS);
        assertThat(body.at("/messages/0/content").toString()).contains("requires only 180K H800 GPU hours");
        assertThat(outcome).isInstanceOfSatisfying(ChunkOutcome.Extracted.class, extracted -> {
            assertThat(extracted.facts()).hasSize(2);
            assertThat(extracted.tokens()).isEqualTo(new TokenCount(1050, 140, 0));
        });
    }
}
