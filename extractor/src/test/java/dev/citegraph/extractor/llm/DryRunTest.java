package dev.citegraph.extractor.llm;

import dev.citegraph.graph.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DryRunTest {

    @TempDir
    Path cacheDir;

    private final LlmSettings settings = new LlmSettings(LlmSpec.parse("ollama:qwen2.5:14b"),
            "http://127.0.0.1:9", null, Duration.ofSeconds(5), 4, true, null);

    @Test
    void countsOneCallPerSectionPartAndEstimatesPromptTokensFromCharacters() {
        Section architecture = Fixtures.section("3.1", "Basic Architecture", "DeepSeek-V3 adopts MLA.", List.of());

        DryRunEstimate estimate = new DryRun(settings.withCacheDir(cacheDir))
                .add(Fixtures.report(Fixtures.costSection(), architecture)).estimate();

        long instructions = (ExtractionPrompt.INSTRUCTIONS.length() + 3) / 4;
        assertThat(estimate.parts()).isEqualTo(2);
        assertThat(estimate.callsNeeded()).isEqualTo(2);
        assertThat(estimate.instructionTokensPerCall()).isEqualTo(instructions);
        assertThat(estimate.messageTokens()).isGreaterThan((Fixtures.COST_TEXT.length() + 20) / 4);
        assertThat(estimate.promptTokens()).isEqualTo(2 * instructions + estimate.messageTokens());
        assertThat(estimate.render()).contains("calls needed: 2 (0 parts already in the cache)")
                .contains("estimated as characters / 4");
    }

    @Test
    void countsNoCallForAPartAlreadyInTheCache() {
        SectionChunk chunk = Fixtures.costChunk();
        ExtractionCache.at(cacheDir).put(ExtractionCache.key(settings, ExtractionPrompt.userMessage(chunk)),
                new ExtractionCache.Entry(settings.spec().toString(), ExtractionPrompt.VERSION, chunk.label(),
                        List.of(), 0));

        DryRunEstimate estimate = new DryRun(settings.withCacheDir(cacheDir))
                .add(Fixtures.report(Fixtures.costSection())).estimate();

        assertThat(estimate.cachedParts()).isEqualTo(1);
        assertThat(estimate.callsNeeded()).isZero();
        assertThat(estimate.promptTokens()).isZero();
    }
}
