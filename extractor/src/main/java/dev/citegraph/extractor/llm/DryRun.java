package dev.citegraph.extractor.llm;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.graph.model.Section;

import java.util.HashSet;
import java.util.Set;

/**
 * Estimates what extracting some reports would cost with some settings: the parts exactly as the extractor would
 * send them, and the cache consulted the same way, so "calls needed" is what a real run would make.
 */
public final class DryRun {

    private final LlmSettings settings;
    private final SectionChunker chunker;
    private final ExtractionCache cache;
    private int reports;
    private final Set<String> sections = new HashSet<>();
    private int parts;
    private int cached;
    private long messageChars;

    public DryRun(LlmSettings settings) {
        this.settings = settings;
        this.chunker = new SectionChunker(SectionChunker.DEFAULT_MAX_CHARS);
        this.cache = settings.cacheDir() == null ? ExtractionCache.disabled() : ExtractionCache.at(settings.cacheDir());
    }

    public DryRun add(IngestedReport report) {
        reports++;
        for (Section section : report.sections()) {
            for (SectionChunk chunk : chunker.chunks(report.document().title(), section)) {
                sections.add(section.id());
                parts++;
                String message = ExtractionPrompt.userMessage(chunk);
                if (cache.get(ExtractionCache.key(settings, message)).isPresent()) cached++;
                else messageChars += message.length();
            }
        }
        return this;
    }

    public DryRunEstimate estimate() {
        return new DryRunEstimate(settings.spec().toString(), reports, sections.size(), parts, cached,
                tokens(ExtractionPrompt.INSTRUCTIONS.length()), tokens(messageChars));
    }

    private static long tokens(long chars) {
        return (chars + DryRunEstimate.CHARS_PER_TOKEN - 1) / DryRunEstimate.CHARS_PER_TOKEN;
    }
}
