package dev.citegraph.queries.answer.compare;

import dev.citegraph.graph.vocab.UnitVocabulary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/**
 * Values as people read them in a comparison. Spellings of one unit meet under its name in the unit vocabulary ("GPU
 * hours", "gpu-hours" → "GPU hour"), and the values of one row are shown at one scale (K, M, B, T) so 172.8K and
 * 2.788M GPU hours read as 172.8K and 2788K: the scale of the row's (lower) median value, so most values read naturally
 * and none turns into long decimals.
 */
public final class UnitFormat {
    private static final String[] SUFFIXES = {"", "K", "M", "B", "T"};

    private UnitFormat() {
    }

    /** The power of 1000 a row of values is shown at: that of its lower median absolute value. */
    public static int scaleOf(Collection<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().map(BigDecimal::abs).filter(v -> v.signum() > 0).sorted().toList();
        BigDecimal median = sorted.isEmpty() ? BigDecimal.ZERO : sorted.get((sorted.size() - 1) / 2);
        int scale = 0;
        BigDecimal thousand = BigDecimal.valueOf(1000);
        while (scale < SUFFIXES.length - 1 && median.compareTo(thousand.pow(scale + 1)) >= 0) scale++;
        return scale;
    }

    /** "2788K GPU hours", "236B parameters", "42.5%", "$5.576M", "88.5" (scores go bare). */
    public static String format(BigDecimal value, String unit, int scale) {
        BigDecimal scaled = value.divide(BigDecimal.valueOf(1000).pow(scale), MathContext.DECIMAL64)
                .setScale(Math.max(0, Math.min(4, value.scale() + 3 * scale)), RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        String number = scaled.toPlainString() + SUFFIXES[scale];
        String canonical = UnitVocabulary.builtIn().canonicalOrSelf(unit);
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
