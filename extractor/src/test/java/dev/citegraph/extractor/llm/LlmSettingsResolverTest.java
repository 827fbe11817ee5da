package dev.citegraph.extractor.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlmSettingsResolverTest {

    @TempDir
    Path home;

    @Test
    void keepsTheOllamaTagInTheModelName() {
        assertThat(LlmSpec.parse("ollama:qwen2.5:14b")).isEqualTo(new LlmSpec(LlmProvider.OLLAMA, "qwen2.5:14b"));
        assertThat(LlmSpec.parse("openai:gpt-4o-mini").toString()).isEqualTo("openai:gpt-4o-mini");
    }

    @Test
    void explainsABadLlmSpec() {
        assertThatThrownBy(() -> LlmSpec.parse("gpt-4o-mini")).isInstanceOf(LlmConfigException.class)
                .hasMessage("--llm 'gpt-4o-mini': no provider; write PROVIDER:MODEL, e.g. ollama:qwen2.5:14b or "
                        + "openai:gpt-4o-mini (providers: openai, ollama, anthropic)");
        assertThatThrownBy(() -> LlmSpec.parse("olama:qwen2.5:14b"))
                .hasMessage("--llm 'olama:qwen2.5:14b': unknown provider 'olama' (did you mean ollama?); "
                        + "providers: openai, ollama, anthropic");
        assertThatThrownBy(() -> LlmSpec.parse("ollama:"))
                .hasMessage("--llm 'ollama:': no model name after 'ollama:', e.g. ollama:qwen2.5:14b or "
                        + "openai:gpt-4o-mini");
    }

    @Test
    void findsNoModelWhenNoneIsConfigured() {
        assertThat(resolver(Map.of()).resolve(flags(null))).isEmpty();
    }

    @Test
    void honoursOllamaHostWithoutAScheme() {
        LlmSettings settings = resolver(Map.of("OLLAMA_HOST", "10.0.0.5:11434"))
                .resolve(flags("ollama:qwen2.5:14b")).orElseThrow();

        assertThat(settings.baseUrl()).isEqualTo("http://10.0.0.5:11434");
        assertThat(settings.apiKey()).isNull();
        assertThat(settings.concurrency()).isEqualTo(LlmSettingsResolver.DEFAULT_CONCURRENCY);
        assertThat(settings.cacheDir()).isEqualTo(home.resolve(".cache/citegraph/llm"));
    }

    @Test
    void needsAnOpenAiKeyOnlyForOpenAiItself() {
        assertThatThrownBy(() -> resolver(Map.of()).resolve(flags("openai:gpt-4o-mini")))
                .isInstanceOf(LlmConfigException.class)
                .hasMessageStartingWith("--llm openai:gpt-4o-mini needs an API key for https://api.openai.com/v1: "
                        + "set OPENAI_API_KEY");

        LlmSettings local = resolver(Map.of("OPENAI_BASE_URL", "http://127.0.0.1:8000/v1"))
                .resolve(flags("openai:Qwen/Qwen2.5-14B-Instruct")).orElseThrow();
        assertThat(local.baseUrl()).isEqualTo("http://127.0.0.1:8000/v1");
        assertThat(local.apiKey()).isNull();
    }

    @Test
    void needsAnAnthropicKey() {
        assertThatThrownBy(() -> resolver(Map.of()).resolve(flags("anthropic:claude-sonnet-4-5")))
                .hasMessage("--llm anthropic:claude-sonnet-4-5 needs an API key: set ANTHROPIC_API_KEY "
                        + "(or anthropic.api-key in the config file)");
    }

    @Test
    void flagsWinOverEnvironmentWhichWinsOverTheConfigFile() throws IOException {
        Path config = home.resolve(".config/citegraph/config.properties");
        Files.createDirectories(config.getParent());
        Files.writeString(config, """
                llm = openai:gpt-4o-mini
                openai.api-key = sk-from-file
                openai.base-url = http://file:1/v1
                llm.concurrency = 6
                llm.timeout-seconds = 90
                llm.cache-dir = /var/cache/citegraph
                """);
        LlmSettingsResolver resolver = resolver(Map.of("OPENAI_API_KEY", "sk-from-env",
                "OPENAI_BASE_URL", "http://env:2/v1"));

        LlmSettings fromFile = resolver.resolve(flags(null)).orElseThrow();
        LlmSettings flagged = resolver.resolve(new LlmSettingsResolver.Flags("openai:gpt-4o", "http://flag:3/v1", 8,
                null, null, true, null)).orElseThrow();

        assertThat(fromFile.spec().toString()).isEqualTo("openai:gpt-4o-mini");
        assertThat(fromFile.apiKey()).isEqualTo("sk-from-env");
        assertThat(fromFile.baseUrl()).isEqualTo("http://env:2/v1");
        assertThat(fromFile.concurrency()).isEqualTo(6);
        assertThat(fromFile.timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(fromFile.cacheDir()).isEqualTo(Path.of("/var/cache/citegraph"));
        assertThat(flagged.spec().model()).isEqualTo("gpt-4o");
        assertThat(flagged.baseUrl()).isEqualTo("http://flag:3/v1");
        assertThat(flagged.concurrency()).isEqualTo(8);
        assertThat(flagged.cacheDir()).isNull();
        assertThat(flagged.toString()).doesNotContain("sk-from-env");
    }

    @Test
    void refusesAMissingExplicitConfigFile() {
        Path missing = home.resolve("nope.properties");

        assertThatThrownBy(() -> resolver(Map.of()).resolve(new LlmSettingsResolver.Flags(null, null, null, null,
                null, null, missing))).hasMessage("config file " + missing + " does not exist");
    }

    private LlmSettingsResolver resolver(Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("HOME", home.toString());
        return new LlmSettingsResolver(all);
    }

    private static LlmSettingsResolver.Flags flags(String llm) {
        return new LlmSettingsResolver.Flags(llm, null, null, null, null, null, null);
    }
}
