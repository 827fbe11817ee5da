package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.TextJoint;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how consecutive printed lines join: a word hyphenated at a line end is rejoined ("architec-" "tures"),
 * a real hyphen is kept ("DeepSeek-" "V3", or "auxiliary-" "loss" when the report prints "auxiliary-loss" elsewhere),
 * lines of a paragraph join with a space, table rows and paragraphs stay apart.
 */
final class LineJoiner {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*[\\p{L}\\p{N}]");
    private static final Pattern SPLIT_END = Pattern.compile("([\\p{L}\\p{N}-]*\\p{L})-$");
    private static final Pattern BULLET = Pattern.compile("^[•◦▪‣∙·–—*-]\\s|^\\(?(\\d{1,2}|[a-z]|[ivx]{1,4})\\)\\s");
    private static final Pattern NEXT_START = Pattern.compile("^([\\p{L}\\p{N}]+)");

    private final LayoutMetrics metrics;
    private final Set<String> hyphenatedWords;

    private LineJoiner(LayoutMetrics metrics, Set<String> hyphenatedWords) {
        this.metrics = metrics;
        this.hyphenatedWords = hyphenatedWords;
    }

    /** Learns from the whole report which words it prints with a hyphen inside a line. */
    static LineJoiner forReport(LayoutMetrics metrics, List<PdfPage> pages) {
        Set<String> hyphenated = new HashSet<>();
        for (PdfPage page : pages) {
            for (PdfLine line : page.lines()) {
                if (line.text().indexOf('-') < 0) continue;
                Matcher m = WORD.matcher(line.text());
                while (m.find()) {
                    if (m.group().indexOf('-') > 0 && m.end() < line.text().length()) addPairs(m.group(), hyphenated);
                }
            }
        }
        return new LineJoiner(metrics, hyphenated);
    }

    /** "auxiliary-loss-free" teaches "auxiliary-loss" and "loss-free". */
    private static void addPairs(String compound, Set<String> pairs) {
        String[] parts = compound.toLowerCase(Locale.ROOT).split("-");
        for (int i = 0; i + 1 < parts.length; i++) pairs.add(parts[i] + "-" + parts[i + 1]);
    }

    /** Whether the hyphen that ends {@code line} splits a word that {@code next} completes, so it must go. */
    boolean dropsHyphen(PdfLine line, PdfLine next) {
        if (next == null || line.isTabular() || next.isTabular() || !line.text().endsWith("-")) return false;
        Matcher end = SPLIT_END.matcher(line.text());
        Matcher start = NEXT_START.matcher(next.text());
        if (!end.find() || !start.find() || !Character.isLowerCase(start.group(1).charAt(0))) return false;
        String head = end.group(1);
        String lastPart = head.substring(head.lastIndexOf('-') + 1);
        String hyphenated = (lastPart + "-" + start.group(1)).toLowerCase(Locale.ROOT);
        return !hyphenatedWords.contains(hyphenated);
    }

    /** What stands between {@code previous} (already appended) and {@code line}. */
    TextJoint between(PdfLine previous, PdfLine line, boolean hyphenDropped) {
        if (previous == null) return TextJoint.PARAGRAPH;
        if (hyphenDropped) return TextJoint.NONE;
        if (previous.isTabular() || line.isTabular()) return TextJoint.LINE;
        if (endsWithWordHyphen(previous.text()) && startsWithLetterOrDigit(line.text())) return TextJoint.NONE;
        if (BULLET.matcher(line.text()).find() || !metrics.reachesRightEdge(previous)) return TextJoint.PARAGRAPH;
        if (previous.page() != line.page()) return TextJoint.SPACE;
        float step = line.y() - previous.y();
        return step < 0 || step > 1.45f * metrics.linePitch() ? TextJoint.PARAGRAPH : TextJoint.SPACE;
    }

    /** A heading title and its wrapped second line, joined the same way body lines are. */
    static String joinWrapped(String first, String second) {
        if (endsWithWordHyphen(first)) {
            boolean lower = !second.isEmpty() && Character.isLowerCase(second.charAt(0));
            return lower ? first.substring(0, first.length() - 1) + second : first + second;
        }
        return first + " " + second;
    }

    private static boolean endsWithWordHyphen(String text) {
        return text.length() > 1 && text.endsWith("-") && Character.isLetterOrDigit(text.charAt(text.length() - 2));
    }

    private static boolean startsWithLetterOrDigit(String text) {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }
}
