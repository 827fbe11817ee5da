package dev.citegraph.cli;

import dev.citegraph.extractor.extract.FactAssembler;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.llm.DryRun;
import dev.citegraph.extractor.llm.DryRunEstimate;
import dev.citegraph.extractor.llm.LlmExtractor;
import dev.citegraph.extractor.llm.LlmSettings;
import dev.citegraph.extractor.llm.LlmSettingsResolver;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which language model extracts facts, and how: mix into a command with {@code @Mixin LlmOptions llm;}. The model
 * flags are {@link ModelOptions}, shared with {@code kg ask}; the rest only matter to extraction. Flags win over
 * environment variables, which win over the config file ({@code ~/.config/citegraph/config.properties} or
 * {@code --config FILE}). With no model configured anywhere, {@link #extractor} is empty and the caller uses the
 * offline rules extractor.
 */
public final class LlmOptions {

    @Mixin
    ModelOptions model;

    @Option(names = "--concurrency", paramLabel = "N",
            description = "Model calls at a time (default " + LlmSettingsResolver.DEFAULT_CONCURRENCY
                    + ", config key llm.concurrency).")
    Integer concurrency;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where model answers are kept so unchanged sections cost no call "
                    + "(default ~/.cache/citegraph/llm, config llm.cache-dir).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Ask the model again for every section and keep nothing.")
    boolean noCache;

    @Option(names = "--dry-run",
            description = "Count the calls and estimate the prompt tokens an extraction would need; call nothing.")
    boolean dryRun;

    public boolean dryRun() {
        return dryRun;
    }

    /** The model settings, or empty when no model is configured; a bad spec or missing key is a UserFault. */
    public Optional<LlmSettings> settings() {
        return settings(System.getenv());
    }

    Optional<LlmSettings> settings(Map<String, String> env) {
        if (concurrency != null && concurrency < 1) {
            throw new UserException("--concurrency must be at least 1, was " + concurrency);
        }
        return model.settings(env, concurrency, cacheDir, noCache);
    }

    /**
     * The LLM extractor when a model is configured, drawing its progress on {@code err} (a bar on a terminal, plain
     * lines when piped). After the build, print {@link LlmExtractor#runReport()}{@code .render()}.
     */
    public Optional<LlmExtractor> extractor(FactAssembler assembler, PrintWriter err) {
        return settings().map(s -> LlmExtractor.create(s, assembler, new ConsoleProgress(err,
                System.console() != null)));
    }

    /** For {@code --dry-run}: what extracting these reports would cost; empty when no model is configured. */
    public Optional<DryRunEstimate> estimate(List<IngestedReport> reports) {
        return settings().map(s -> {
            DryRun dryRun = new DryRun(s);
            reports.forEach(dryRun::add);
            return dryRun.estimate();
        });
    }
}
