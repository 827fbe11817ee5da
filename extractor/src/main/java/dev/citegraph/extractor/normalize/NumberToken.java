package dev.citegraph.extractor.normalize;

import java.math.BigDecimal;

/**
 * A number as printed in a text: {@code mantissa} is the digits as written ("2664" in "2664K"), {@code value} the
 * number meant (2664000), {@code suffix} "%" or "x" when the number is a percentage or a factor. {@code scaled} tells
 * whether a multiplier (K/M/B/T, "trillion", "× 10^n") made value differ from mantissa.
 */
public record NumberToken(int start, int end, String text, BigDecimal mantissa, BigDecimal value, String suffix,
                          String multiplier, boolean dollars) {

    public boolean scaled() {
        return !multiplier.isEmpty();
    }

    public boolean isPercent() {
        return suffix.equals("%");
    }
}
