package dev.citegraph.extractor.ingest.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PDFBox writes a font cache to {@code ~/.pdfbox.cache} unless told otherwise. citegraph keeps it in the user's cache
 * directory ({@code $XDG_CACHE_HOME/citegraph}, else {@code ~/.cache/citegraph}); a {@code -Dpdfbox.fontcache} given
 * by the caller (as the test build does) wins.
 */
final class PdfBoxSettings {

    private static final String FONT_CACHE = "pdfbox.fontcache";

    private PdfBoxSettings() {
    }

    static void keepFontCacheOutOfHome() {
        if (System.getProperty(FONT_CACHE) != null) return;
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path dir = base.resolve("citegraph");
        try {
            Files.createDirectories(dir);
            System.setProperty(FONT_CACHE, dir.toString());
        } catch (java.io.IOException | SecurityException e) {
            System.setProperty(FONT_CACHE, System.getProperty("java.io.tmpdir"));
        }
    }
}
