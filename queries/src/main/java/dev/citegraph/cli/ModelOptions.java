package dev.citegraph.cli;

import dev.citegraph.extractor.llm.LlmSettings;
import dev.citegraph.extractor.llm.LlmSettingsResolver;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Which language model to use and how to reach it: mix into a command with {@code @Mixin ModelOptions model;}.
 * Flags win over environment variables (API keys come only from there or the config file, never from the command
 * line, where {@code ps} would show them), which win over the config file. Commands that extract facts use
 * {@link LlmOptions}, which adds what only extraction needs.
 */
public final class ModelOptions {

    @Option(names = "--llm", paramLabel = "PROVIDER:MODEL",
            description = "Language model: ollama:qwen2.5:14b, openai:gpt-4o-mini, anthropic:claude-sonnet-4-5 "
                    + "(env CITEGRAPH_LLM, config key llm). Without one, kg build uses the offline rules "
                    + "extractor and kg ask answers with the best-matching facts.")
    String llm;

    @Option(names = "--llm-base-url", paramLabel = "URL",
            description = "Model server: any OpenAI-compatible server (vLLM, llama.cpp, LM Studio) for openai:, "
                    + "the Ollama host for ollama: (env OPENAI_BASE_URL, OLLAMA_HOST, ANTHROPIC_BASE_URL).")
    String baseUrl;

    @Option(names = "--llm-timeout", paramLabel = "SECONDS",
            description = "Longest wait for one answer before retrying (default 300, config llm.timeout-seconds).")
    Integer timeoutSeconds;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file (default ~/.config/citegraph/config.properties).")
    Path configFile;

    /** The model settings, caching nothing, or empty when no model is configured; a mistake is a UserFault. */
    public Optional<LlmSettings> settings() {
        return settings(System.getenv());
    }

    Optional<LlmSettings> settings(Map<String, String> env) {
        return settings(env, null, null, true);
    }

    /** The model settings with extraction's own flags (each may be null: not given). */
    Optional<LlmSettings> settings(Map<String, String> env, Integer concurrency, Path cacheDir, boolean noCache) {
        if (timeoutSeconds != null && timeoutSeconds < 1) {
            throw new UserException("--llm-timeout must be at least 1 second, was " + timeoutSeconds);
        }
        LlmSettingsResolver.Flags flags = new LlmSettingsResolver.Flags(llm, baseUrl, concurrency,
                timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds), cacheDir, noCache, configFile);
        return new LlmSettingsResolver(env).resolve(flags);
    }
}
