package dev.citegraph.extractor.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A benchmark as a table labels it: "MMLU (Acc.)" is the benchmark MMLU measured by accuracy. */
record BenchmarkLabel(String benchmark, String metric) {
    private static final Pattern TRAILING_BRACKET = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");

    static BenchmarkLabel parse(String label) {
        String text = label.strip();
        Matcher m = TRAILING_BRACKET.matcher(text);
        return m.matches() ? new BenchmarkLabel(m.group(1), m.group(2)) : new BenchmarkLabel(text, "");
    }

    BenchmarkLabel withMetric(String metric) {
        return new BenchmarkLabel(benchmark, metric);
    }

    /** The qualifiers of a score on this benchmark, in the gold convention: benchmark, metric, shots. */
    Map<String, String> qualifiers(String shots) {
        Map<String, String> qualifiers = new LinkedHashMap<>();
        qualifiers.put("benchmark", benchmark);
        if (!metric.isEmpty()) qualifiers.put("metric", metric);
        if (!shots.isEmpty()) qualifiers.put("shots", shots);
        return qualifiers;
    }
}
