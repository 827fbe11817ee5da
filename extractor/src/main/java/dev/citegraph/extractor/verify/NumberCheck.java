package dev.citegraph.extractor.verify;

import dev.citegraph.extractor.normalize.NumberScanner;
import dev.citegraph.extractor.normalize.NumberToken;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether every number of a fact's object is in its quote, in some spelling: 2664K, 2,664K, 2.664M and 2664000 are
 * one number; 14.8T and 14.8 trillion too; 93.3% matches 93.3 and 0.933; "two" matches 2. A multiplier is part of the
 * number: an object's 37B is not the quote's 37.
 */
public final class NumberCheck {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("twenty", 20), Map.entry("hundred", 100), Map.entry("thousand", 1000),
            Map.entry("single", 1), Map.entry("double", 2), Map.entry("twice", 2), Map.entry("half", 2));
    private static final Pattern WORD = Pattern.compile("\\b\\p{L}+\\b");

    private NumberCheck() {
    }

    /** The numbers of {@code object}, as written there, that {@code quote} does not state. */
    public static List<String> missing(String object, String quote) {
        List<BigDecimal> stated = stated(quote);
        List<String> missing = new ArrayList<>();
        for (NumberToken number : NumberScanner.scan(object)) {
            if (stated.stream().noneMatch(v -> v.compareTo(number.value()) == 0)) missing.add(number.text().strip());
        }
        return missing;
    }

    private static List<BigDecimal> stated(String quote) {
        List<BigDecimal> values = new ArrayList<>();
        for (NumberToken number : NumberScanner.scan(quote)) {
            values.add(number.value());
            if (!number.scaled()) values.add(number.mantissa());
            if (number.isPercent()) values.add(number.value().movePointLeft(2));
        }
        Matcher m = WORD.matcher(quote.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            Integer n = WORDS.get(m.group());
            if (n != null) values.add(BigDecimal.valueOf(n));
        }
        return values;
    }
}
