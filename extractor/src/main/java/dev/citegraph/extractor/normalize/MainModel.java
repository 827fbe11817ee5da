package dev.citegraph.extractor.normalize;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.graph.model.Section;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model a report is about, when the report makes it clear: the name its title opens with ("DeepSeek-V3
 * Technical Report", "DeepSeek-R1: Incentivizing ..."), else the name its opening sections introduce
 * ("We present DeepSeek-V3, a strong ...").
 */
public final class MainModel {
    /** A model-like name: a capitalised word with a capital or digit inside, optionally hyphenated parts. */
    static final String NAME = "[A-Z][A-Za-z0-9.]*(?:[A-Z0-9][A-Za-z0-9.]*)?(?:-[A-Za-z0-9.]+)*";
    private static final Pattern TITLE_OPENING = Pattern.compile("^\\s*(" + NAME + ")\\s*(?::|\\s+Technical Report)");
    private static final Pattern INTRODUCED = Pattern.compile(
            "\\b[Ww]e (?:introduce|present|propose|release|develop)\\s+(?:the\\s+)?(" + NAME + ")[\\s,.(]");
    private static final int OPENING_SECTIONS = 4;

    private MainModel() {
    }

    public static Optional<String> of(IngestedReport report) {
        Optional<String> fromTitle = nameIn(TITLE_OPENING, report.document().title());
        if (fromTitle.isPresent()) return fromTitle;
        return report.sections().stream().limit(OPENING_SECTIONS)
                .map(Section::text)
                .map(text -> nameIn(INTRODUCED, text))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> nameIn(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String name = m.group(1).replaceAll("[.]+$", "");
            if (NameCleaner.looksLikeName(name)) return Optional.of(name);
        }
        return Optional.empty();
    }
}
