package dev.citegraph.extractor.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name as said, made the name of the thing: articles, surrounding quotes and reference brackets dropped
 * ("the AdamW optimizer (Loshchilov and Hutter, 2017)" → "AdamW"), a vendor before a part number dropped
 * ("NVIDIA H800 GPUs" → "H800"). A generic head noun goes only when what is left is a single name-like token
 * ("HAI-LLM framework" → "HAI-LLM"), so "Mixture-of-Experts language model" keeps its words.
 */
public final class NameCleaner {
    private static final Pattern REFERENCE = Pattern.compile("\\s*\\([^()]*(?:et al\\.|\\d{4}[a-z]?)\\)\\s*$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i:the|a|an|our|its|their)\\s+");
    private static final Pattern VENDOR = Pattern.compile("^(?:NVIDIA|Nvidia|AMD|Intel)\\s+(?=[A-Z]+\\d)");
    private static final Pattern QUOTES = Pattern.compile("^[\"'“”‘’`]+|[\"'“”‘’`]+$");
    private static final Set<String> HEAD_NOUNS = Set.of(
            "framework", "architecture", "optimizer", "optimiser", "algorithm", "model", "models", "gpu", "gpus",
            "method", "technique", "strategy", "library", "benchmark", "dataset", "series", "cluster", "clusters");

    private NameCleaner() {
    }

    public static String clean(String name) {
        String s = QUOTES.matcher(name.strip()).replaceAll("").strip();
        s = REFERENCE.matcher(s).replaceFirst("").strip();
        s = LEADING_ARTICLE.matcher(s).replaceFirst("");
        s = VENDOR.matcher(s).replaceFirst("");
        int lastSpace = s.lastIndexOf(' ');
        if (lastSpace > 0 && HEAD_NOUNS.contains(s.substring(lastSpace + 1).toLowerCase(Locale.ROOT))) {
            String rest = s.substring(0, lastSpace).strip();
            if (!rest.contains(" ") && looksLikeName(rest)) s = rest;
        }
        return s.isBlank() ? name.strip() : s.strip();
    }

    /** A token written like a proper name: a capital or digit after its first letter (AdamW, H800, YaRN, HAI-LLM). */
    public static boolean looksLikeName(String token) {
        return token.length() > 1 && token.substring(1).chars()
                .anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }
}
