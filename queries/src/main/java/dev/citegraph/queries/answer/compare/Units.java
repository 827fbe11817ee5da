package dev.citegraph.queries.answer.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Units as people read them. Spellings of one unit meet under one name ("GPU hours", "gpu-hours" → "GPU hour"), and
 * the values of one row are shown at one scale (K, M, B, T) so 172.8K and 2.788M GPU hours read as 172.8K and 2788K:
 * the scale of the row's smallest value, so no value in the row turns into a fraction.
 */
public final class Units {
    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("gpu hour", "GPU hour"), Map.entry("gpu hours", "GPU hour"), Map.entry("gpu-hour", "GPU hour"),
            Map.entry("gpu-hours", "GPU hour"), Map.entry("h800 gpu hour", "GPU hour"),
            Map.entry("h800 gpu hours", "GPU hour"),
            Map.entry("token", "token"), Map.entry("tokens", "token"),
            Map.entry("parameter", "parameter"), Map.entry("parameters", "parameter"), Map.entry("params", "parameter"),
            Map.entry("usd", "USD"), Map.entry("$", "USD"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
            Map.entry("%", "%"), Map.entry("percent", "%"), Map.entry("score", "score"));
    private static final String[] SUFFIXES = {"", "K", "M", "B", "T"};

    private Units() {
    }

    /** One name for every spelling of a unit; unknown units are kept as written. */
    public static String canonical(String unit) {
        String key = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return CANONICAL.getOrDefault(key, unit == null ? "" : unit.strip());
    }

    /** The power of 1000 a row of values is shown at: that of its smallest absolute value (0 for none below 1000). */
    public static int scaleOf(Collection<BigDecimal> values) {
        BigDecimal smallest = values.stream().map(BigDecimal::abs).filter(v -> v.signum() > 0)
                .min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        int scale = 0;
        BigDecimal thousand = BigDecimal.valueOf(1000);
        while (scale < SUFFIXES.length - 1 && smallest.compareTo(thousand.pow(scale + 1)) >= 0) scale++;
        return scale;
    }

    /** "2788K GPU hours", "236B parameters", "42.5%", "$5.576M", "88.5" (scores go bare). */
    public static String format(BigDecimal value, String unit, int scale) {
        BigDecimal scaled = value.divide(BigDecimal.valueOf(1000).pow(scale), MathContext.DECIMAL64)
                .setScale(Math.max(0, Math.min(4, value.scale() + 3 * scale)), RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        String number = scaled.toPlainString() + SUFFIXES[scale];
        String canonical = canonical(unit);
        return switch (canonical) {
            case "", "score" -> number;
            case "%" -> number + "%";
            case "USD" -> "$" + number;
            default -> number + " " + (scaled.compareTo(BigDecimal.ONE) == 0 && scale == 0
                    ? canonical : plural(canonical));
        };
    }

    private static String plural(String unit) {
        return unit.endsWith("s") ? unit : unit + "s";
    }
}
