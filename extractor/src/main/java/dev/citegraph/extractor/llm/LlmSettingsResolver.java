package dev.citegraph.extractor.llm;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Resolves model settings: a command-line flag wins over an environment variable, which wins over the config file,
 * which wins over the default. The environment is passed in (not read from {@link System#getenv}) so the rules are
 * testable.
 *
 * <p>Config file keys: {@code llm}, {@code llm.base-url}, {@code llm.timeout-seconds}, {@code llm.concurrency},
 * {@code llm.cache-dir}, {@code llm.structured-output}, {@code openai.api-key}, {@code openai.base-url},
 * {@code ollama.host}, {@code anthropic.api-key}, {@code anthropic.base-url}.
 */
public final class LlmSettingsResolver {

    public static final int DEFAULT_CONCURRENCY = 4;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    /** What the command line said; every field may be null (not given). */
    public record Flags(String llm, String baseUrl, Integer concurrency, Duration timeout, Path cacheDir,
                        Boolean noCache, Path configFile) {
    }

    private final Map<String, String> env;

    public LlmSettingsResolver(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The settings, or empty when no model is configured anywhere (the rules extractor is used then). */
    public Optional<LlmSettings> resolve(Flags flags) {
        Properties file = loadConfig(flags.configFile());
        String llm = first(flags.llm(), env.get("CITEGRAPH_LLM"), file.getProperty("llm"));
        if (llm == null) return Optional.empty();
        LlmSpec spec = LlmSpec.parse(llm);
        String baseUrl = baseUrl(spec.provider(), flags.baseUrl(), file);
        String apiKey = apiKey(spec, baseUrl, file);
        int concurrency = flags.concurrency() != null ? flags.concurrency()
                : intProperty(file, "llm.concurrency", DEFAULT_CONCURRENCY);
        Duration timeout = flags.timeout() != null ? flags.timeout()
                : Duration.ofSeconds(intProperty(file, "llm.timeout-seconds", (int) DEFAULT_TIMEOUT.toSeconds()));
        boolean structured = !"false".equalsIgnoreCase(file.getProperty("llm.structured-output", "true").trim());
        Path cacheDir = Boolean.TRUE.equals(flags.noCache()) ? null : cacheDir(flags.cacheDir(), file);
        return Optional.of(new LlmSettings(spec, baseUrl, apiKey, timeout, concurrency, structured, cacheDir));
    }

    /** {@code --config FILE} if given (must exist), else {@code $XDG_CONFIG_HOME/citegraph/config.properties}. */
    Properties loadConfig(Path explicit) {
        Path path = explicit != null ? explicit : defaultConfigFile();
        Properties properties = new Properties();
        if (path == null || !Files.isRegularFile(path)) {
            if (explicit != null) throw new LlmConfigException("config file " + explicit + " does not exist");
            return properties;
        }
        try (Reader reader = Files.newBufferedReader(path)) {
            properties.load(reader);
            return properties;
        } catch (IOException | IllegalArgumentException e) {
            throw new LlmConfigException("cannot read config file " + path + ": " + e.getMessage(), e);
        }
    }

    private Path defaultConfigFile() {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "citegraph", "config.properties");
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return home == null ? null : Path.of(home, ".config", "citegraph", "config.properties");
    }

    private Path cacheDir(Path flag, Properties file) {
        if (flag != null) return flag;
        String configured = file.getProperty("llm.cache-dir");
        if (configured != null && !configured.isBlank()) return Path.of(configured.trim());
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "citegraph", "llm");
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".cache", "citegraph", "llm");
    }

    private String baseUrl(LlmProvider provider, String flag, Properties file) {
        String url = switch (provider) {
            case OPENAI -> first(flag, env.get("OPENAI_BASE_URL"), file.getProperty("openai.base-url"),
                    file.getProperty("llm.base-url"));
            case OLLAMA -> first(flag, env.get("OLLAMA_HOST"), file.getProperty("ollama.host"),
                    file.getProperty("llm.base-url"));
            case ANTHROPIC -> first(flag, env.get("ANTHROPIC_BASE_URL"), file.getProperty("anthropic.base-url"),
                    file.getProperty("llm.base-url"));
        };
        if (url == null) return provider.defaultBaseUrl();
        // OLLAMA_HOST is often written without a scheme ("0.0.0.0:11434"), as the ollama CLI accepts it.
        return url.contains("://") ? url : "http://" + url;
    }

    private String apiKey(LlmSpec spec, String baseUrl, Properties file) {
        switch (spec.provider()) {
            case OPENAI -> {
                String key = first(env.get("OPENAI_API_KEY"), file.getProperty("openai.api-key"));
                if (key == null && baseUrl.equals(LlmProvider.OPENAI.defaultBaseUrl())) {
                    throw new LlmConfigException("--llm " + spec + " needs an API key for " + baseUrl
                            + ": set OPENAI_API_KEY (or openai.api-key in the config file), or point --llm-base-url"
                            + " / OPENAI_BASE_URL at an OpenAI-compatible server that needs none");
                }
                return key;
            }
            case ANTHROPIC -> {
                String key = first(env.get("ANTHROPIC_API_KEY"), file.getProperty("anthropic.api-key"));
                if (key == null) {
                    throw new LlmConfigException("--llm " + spec + " needs an API key: set ANTHROPIC_API_KEY"
                            + " (or anthropic.api-key in the config file)");
                }
                return key;
            }
            default -> {
                return null;
            }
        }
    }

    private static int intProperty(Properties file, String key, int fallback) {
        String value = file.getProperty(key);
        if (value == null || value.isBlank()) return fallback;
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new LlmConfigException("config file: " + key + " must be a whole number, was '" + value + "'");
        }
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) if (candidate != null && !candidate.isBlank()) return candidate.trim();
        return null;
    }
}
