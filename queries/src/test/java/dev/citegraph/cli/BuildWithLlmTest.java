package dev.citegraph.cli;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kg build --llm ...} against a model server on 127.0.0.1 speaking the OpenAI protocol. Re-runs from the cache are
 * specified in LlmExtractorTest: a second build here would add another embedded store start.
 */
class BuildWithLlmTest {

    private static final String REPORT = "# DeepSeek-V3 Technical Report\n\n## 1 Introduction\n\n"
            + "During the pre-training stage, training DeepSeek-V3 on each trillion tokens requires only 180K H800 "
            + "GPU hours. DeepSeek-V3 costs only 2.788M GPU hours for its full training.\n\n"
            + "## 2 Architecture\n\nDeepSeek-V3 adopts MLA and DeepSeekMoE.\n";

    private static final String ANSWER = "<think>The cost is stated.</think>\n```json\n{\"facts\": [{\"subject\": "
            + "\"DeepSeek-V3\", \"predicate\": \"training_cost\", \"object\": \"2.788M GPU hours\", \"quote\": "
            + "\"DeepSeek-V3 costs only 2.788M GPU hours for its full training\"}, {\"subject\": \"DeepSeek-V3\", "
            + "\"predicate\": \"training_cost\", \"object\": \"3.1M GPU hours\", \"quote\": \"DeepSeek-V3 costs only "
            + "2.788M GPU hours for its full training\"},]}\n```";

    @TempDir
    Path dir;

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void dryRunCountsCallsAndTokensWithoutCallingTheModel() throws IOException {
        server.start();
        Path report = Files.writeString(dir.resolve("v3.md"), REPORT);

        int status = run("build", "--llm", "openai:gpt-4o-mini", "--llm-base-url", server.baseUrl() + "/v1",
                "--cache-dir", dir.resolve("cache").toString(), "--dry-run", report.toString());

        assertThat(status).isZero();
        assertThat(out.toString()).contains("dry run with openai:gpt-4o-mini: 1 report(s)")
                .contains("calls needed: 2 (0 parts already in the cache)");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void buildsWithTheModelAndPrintsTheRunReport() throws IOException {
        server.start();
        server.stubFor(WireMock.post("/v1/chat/completions").withRequestBody(WireMock.containing("2.788M"))
                .willReturn(completion(ANSWER)));
        server.stubFor(WireMock.post("/v1/chat/completions").withRequestBody(WireMock.containing("adopts MLA"))
                .willReturn(completion("{\"facts\": []}")));
        Path report = Files.writeString(dir.resolve("v3.md"), REPORT);

        int status = run("build", "--data", dir.resolve("data").toString(), "--llm", "openai:gpt-4o-mini",
                "--llm-base-url", server.baseUrl() + "/v1", "--cache-dir", dir.resolve("cache").toString(),
                report.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 facts verified, 1 rejected")
                .contains("LLM extraction with openai:gpt-4o-mini")
                .contains("calls: 2 to the model, 0 answered from the cache")
                .contains("tokens: 1280 in, 180 out")
                .contains("rejected 1: number_not_in_quote");
        assertThat(server.getAllServeEvents()).hasSize(2);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder completion(String content) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return WireMock.aResponse().withHeader("Content-Type", "application/json").withBody(
                "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1764363600,\"model\":"
                        + "\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                        + "\"content\":\"" + escaped + "\"},\"finish_reason\":\"stop\"}],\"usage\":"
                        + "{\"prompt_tokens\":640,\"completion_tokens\":90,\"total_tokens\":730}}");
    }

    private int run(String... args) {
        return new Kg().execute(new PrintWriter(out), new PrintWriter(err), args);
    }
}
