package dev.citegraph.extractor.llm;

import dev.citegraph.extractor.extract.DefaultFactAssembler;
import dev.citegraph.extractor.extract.ExtractionResult;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Verdict;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A report through the whole LLM extraction, over HTTP, with the project's fact assembler: what is stored verified,
 * what rejected and why, what failed, and what the run report says.
 */
class LlmExtractorTest {

    private static final String ARCHITECTURE = "The basic architecture of DeepSeek-V3 is still within the "
            + "Transformer framework. For efficient inference and economical training, DeepSeek-V3 also adopts MLA "
            + "and DeepSeekMoE, which have been thoroughly validated by DeepSeek-V2.";

    @TempDir
    Path cacheDir;

    private final ModelServer server = new ModelServer(ModelServer.Protocol.OPENAI);
    private final List<String> progress = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void storesVerifiedFactsAndKeepsRejectedOnesWithTheirReasons() {
        server.answerWhenAsked("economical training costs", server.ok(Fixtures.answer("mixed-verdicts.txt"), 900, 300));
        server.answerWhenAsked("basic architecture", server.ok(Fixtures.answer("truncated-json.txt"), 700, 4096));
        LlmExtractor extractor = extractor(server.settings(cacheDir));

        ExtractionResult result = extractor.extract(report());

        assertThat(verified(result)).containsExactlyInAnyOrder(
                "DeepSeek-V3 training_cost 2788000 GPU hour",
                "DeepSeek-V3 post_training_gpu_hours 5000 GPU hour");
        assertThat(rejected(result)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "training_hardware", "quote_not_in_section",
                "context_extension_gpu_hours", "number_not_in_quote"));
        assertThat(result.failedSections()).singleElement().asString()
                .startsWith("§3.1 Basic Architecture: unreadable answer, also when asked again: the JSON is cut off");

        LlmRunReport run = extractor.runReport();
        assertThat(run.sections()).isEqualTo(2);
        assertThat(run.modelCalls()).isEqualTo(3);
        assertThat(run.tokens()).isEqualTo(new TokenCount(2300, 8492, 0));
        assertThat(run.proposed()).isEqualTo(4);
        assertThat(run.incomplete()).isEqualTo(1);
        assertThat(run.verified()).isEqualTo(2);
        assertThat(run.rejectedByReason()).isEqualTo(Map.of("quote_not_in_section", 1, "number_not_in_quote", 1));
        assertThat(run.render()).contains("facts: 4 proposed, 2 verified, 2 rejected, 1 incomplete proposals dropped")
                .contains("failed parts: 1");
        assertThat(progress).containsExactlyInAnyOrder("EXTRACTED §1 Introduction", "FAILED §3.1 Basic Architecture");
    }

    @Test
    void rerunningAnUnchangedReportMakesNoModelCall() {
        server.answerWhenAsked("economical training costs", server.ok(Fixtures.answer("mixed-verdicts.txt"), 900, 300));
        server.answerWhenAsked("basic architecture", server.ok(
                "{\"facts\": [{\"subject\": \"DeepSeek-V3\", \"predicate\": \"adopts\", \"object\": \"MLA\", "
                        + "\"quote\": \"DeepSeek-V3 also adopts MLA and DeepSeekMoE\"}]}", 700, 40));
        extractor(server.settings(cacheDir)).extract(report());
        int callsBefore = server.requests().size();

        LlmExtractor again = extractor(server.settings(cacheDir));
        ExtractionResult result = again.extract(report());

        assertThat(server.requests()).hasSize(callsBefore);
        assertThat(again.runReport().modelCalls()).isZero();
        assertThat(again.runReport().cacheHits()).isEqualTo(2);
        assertThat(verified(result)).contains("DeepSeek-V3 adopts MLA");
    }

    @Test
    void stopsTheReportWhenTheModelServerCannotBeReached() {
        LlmSettings nowhere = server.settings(cacheDir)
                .withBaseUrl("http://127.0.0.1:" + OpenAiChunkExtractionTest.freePort() + "/v1");

        assertThatThrownBy(() -> extractor(nowhere).extract(report()))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("cannot reach the model server");
    }

    private LlmExtractor extractor(LlmSettings settings) {
        DefaultFactAssembler assembler = new DefaultFactAssembler(PredicateVocabulary.builtIn(), new EntityRegistry());
        return LlmExtractor.create(settings, assembler, new RecordingProgress(),
                OpenAiChunkExtractionTest.FAST, wait -> { });
    }

    private static IngestedReport report() {
        Section architecture = Fixtures.section("3.1", "Basic Architecture", ARCHITECTURE, List.of());
        return Fixtures.report(Fixtures.costSection(), architecture);
    }

    private static List<String> verified(ExtractionResult result) {
        return result.facts().stream().filter(Fact::isVerified)
                .map(f -> f.subject().name() + " " + f.predicate().surface() + " " + objectText(f.object()))
                .toList();
    }

    private static Map<String, String> rejected(ExtractionResult result) {
        return result.facts().stream().filter(f -> f.verdict() instanceof Verdict.Rejected)
                .collect(java.util.stream.Collectors.toMap(f -> f.predicate().surface(),
                        f -> ((Verdict.Rejected) f.verdict()).code().code()));
    }

    private static String objectText(FactObject object) {
        if (object instanceof FactObject.QuantityObject q) {
            BigDecimal value = q.quantity().value();
            return value.toPlainString() + " " + q.quantity().unit();
        }
        return object.display();
    }

    /** Collects "STATUS label" lines as the command line's progress display would hear them. */
    private final class RecordingProgress implements ExtractionProgress {
        @Override
        public void started(String documentId, int parts) {
        }

        @Override
        public void partDone(String documentId, SectionChunk chunk, Status status, int done, int total) {
            progress.add(status + " " + chunk.label());
        }

        @Override
        public void finished(String documentId) {
        }
    }
}
