package dev.citegraph.extractor.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** The formats citegraph reads, told apart by content first and by the file name's extension only as a tie-breaker. */
public enum ReportFormat {
    PDF, HTML, MARKDOWN, TEXT;

    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html|<head|<body)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^(#{1,6}\\s+\\S|\\|?\\s*:?-{3,}:?\\s*\\||```|\\S.*\\n(=+|-+)\\s*$)");

    /** What the file holds, whatever its name says. */
    public static ReportFormat sniff(SourceFile source) {
        byte[] head = source.head();
        if (isPdf(head)) return PDF;
        String text = new String(head, StandardCharsets.UTF_8);
        if (HTML_START.matcher(text).find()) return HTML;
        String extension = source.extension();
        if (extension.equals("html") || extension.equals("htm")) {
            if (text.toLowerCase(Locale.ROOT).contains("<h1") || text.toLowerCase(Locale.ROOT).contains("<p")) return HTML;
        }
        if (extension.equals("md") || extension.equals("markdown") || MARKDOWN_SIGNS.matcher(text).find()) return MARKDOWN;
        return TEXT;
    }

    /** A few words on what the first bytes look like, for error messages. */
    static String describe(byte[] head) {
        for (byte b : head) {
            if (b == 0) return "binary data";
        }
        return "text";
    }

    /** PDF readers accept the header anywhere in the first kilobyte. */
    static boolean isPdf(byte[] head) {
        int limit = Math.min(head.length, 1024) - 5;
        for (int i = 0; i <= limit; i++) {
            if (head[i] == '%' && head[i + 1] == 'P' && head[i + 2] == 'D' && head[i + 3] == 'F' && head[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }
}
