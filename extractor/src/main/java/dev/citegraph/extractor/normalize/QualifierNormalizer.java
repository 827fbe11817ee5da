package dev.citegraph.extractor.normalize;

import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.util.Map;
import java.util.TreeMap;

/**
 * Qualifier keys in one spelling ("Benchmark", "dataset" → benchmark; "n_shot", "shot" → shots; "gpu", "device" →
 * hardware; "phase", "training_stage" → stage), values stripped, training stages in one spelling
 * ("Pre-Training", "pretraining" → "pre-training"). Empty values are dropped.
 */
public final class QualifierNormalizer {
    private static final Map<String, String> KEY_SYNONYMS = Map.ofEntries(
            Map.entry("dataset", "benchmark"), Map.entry("eval", "benchmark"), Map.entry("evaluation", "benchmark"),
            Map.entry("task", "benchmark"), Map.entry("benchmarks", "benchmark"),
            Map.entry("shot", "shots"), Map.entry("n_shot", "shots"), Map.entry("num_shots", "shots"),
            Map.entry("few_shot", "shots"),
            Map.entry("gpu", "hardware"), Map.entry("gpus", "hardware"), Map.entry("device", "hardware"),
            Map.entry("accelerator", "hardware"),
            Map.entry("phase", "stage"), Map.entry("training_stage", "stage"), Map.entry("training_phase", "stage"),
            Map.entry("measure", "metric"), Map.entry("metrics", "metric"));
    private static final Map<String, String> STAGES = Map.of(
            "pretraining", "pre-training", "pre training", "pre-training",
            "posttraining", "post-training", "post training", "post-training",
            "context extension", "context extension", "total", "total");

    private QualifierNormalizer() {
    }

    public static Map<String, String> normalise(Map<String, String> qualifiers) {
        Map<String, String> out = new TreeMap<>();
        qualifiers.forEach((rawKey, rawValue) -> {
            String key = PredicateVocabulary.normalise(rawKey);
            key = KEY_SYNONYMS.getOrDefault(key, key);
            String value = rawValue == null ? "" : rawValue.strip().replaceAll("\\s+", " ");
            if (key.isEmpty() || value.isEmpty()) return;
            if (key.equals("stage")) value = stage(value);
            out.put(key, value);
        });
        return out;
    }

    /** "Pre-Training", "pretraining", "pre training" → "pre-training"; other stages lower-cased as said. */
    public static String stage(String said) {
        String lower = said.strip().toLowerCase(java.util.Locale.ROOT);
        return STAGES.getOrDefault(lower.replace('-', ' ').replaceAll("\\s+", " "),
                STAGES.getOrDefault(lower.replace("-", ""), lower));
    }
}
