package dev.citegraph.extractor.llm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything needed to talk to one model, resolved from flags, environment and config file
 * ({@link LlmSettingsResolver}). {@code apiKey} is null where the server needs none (Ollama, most local servers).
 * {@code cacheDir} is null when caching is off.
 */
public record LlmSettings(
        LlmSpec spec,
        String baseUrl,
        String apiKey,
        Duration timeout,
        int concurrency,
        boolean structuredOutput,
        Path cacheDir) {

    public LlmSettings {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeout, "timeout");
        if (concurrency < 1) throw new LlmConfigException("concurrency must be at least 1, was " + concurrency);
        if (timeout.isNegative() || timeout.isZero()) throw new LlmConfigException("timeout must be positive");
    }

    public LlmSettings withBaseUrl(String url) {
        return new LlmSettings(spec, url, apiKey, timeout, concurrency, structuredOutput, cacheDir);
    }

    public LlmSettings withConcurrency(int n) {
        return new LlmSettings(spec, baseUrl, apiKey, timeout, n, structuredOutput, cacheDir);
    }

    public LlmSettings withTimeout(Duration t) {
        return new LlmSettings(spec, baseUrl, apiKey, t, concurrency, structuredOutput, cacheDir);
    }

    public LlmSettings withCacheDir(Path dir) {
        return new LlmSettings(spec, baseUrl, apiKey, timeout, concurrency, structuredOutput, dir);
    }

    /** The settings as a person may see them: the key never printed. */
    @Override
    public String toString() {
        return spec + " at " + baseUrl + (apiKey == null ? "" : " (key set)") + ", concurrency " + concurrency
                + ", timeout " + timeout.toSeconds() + " s" + (cacheDir == null ? ", no cache" : ", cache " + cacheDir);
    }
}
